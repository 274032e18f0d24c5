namespace ContentGen.Text.Model
{
    /// <summary>The qualifier words of a figure, as the generated <c>Figure.Qualifier</c> spells them.</summary>
    internal static class FigureQualifier
    {
        public const string Exact = "exact";
        public const string Approximately = "approximately";
        public const string AtLeast = "at least";
        public const string MoreThan = "more than";
        public const string UpTo = "up to";
        public const string FewerThan = "fewer than";
    }
}
