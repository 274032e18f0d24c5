using ContentGen.Text.Checks;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// One kind of fix: the edits for a finding, computed from the finding and the article's text alone. What it
    /// does, in words, is the rule's metadata (<see cref="RuleInfo.Fix"/>).
    /// </summary>
    internal interface IFixer
    {
        /// <summary>The fix for the finding, or null when the text does not make it unambiguous.</summary>
        TextFix? For(Finding finding, string text);
    }
}
