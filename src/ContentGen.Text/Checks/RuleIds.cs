namespace ContentGen.Text.Checks
{
    /// <summary>The diagnostic IDs. They are fixed: tooling outside this repository checks them.</summary>
    internal static class RuleIds
    {
        public const string UnusableFile = "CG0001";
        public const string DuplicateName = "CG0002";
        public const string MalformedLine = "CG0003";
        public const string ProjectSettings = "CG0004";
        public const string Boilerplate = "CG1001";
        public const string RepeatedWord = "CG1002";
        public const string UnbalancedPair = "CG1003";
        public const string BrokenSentence = "CG1004";
        public const string WeekdayMismatch = "CG1005";
        public const string NameSpelledTwoWays = "CG1006";
        public const string HiddenCharacter = "CG1007";
        public const string NameVariant = "CG2001";
        public const string FigureConflict = "CG2002";
        public const string QuoteWording = "CG2003";
        public const string DateConflict = "CG2004";
        public const string GlossaryFact = "CG2005";
    }
}
