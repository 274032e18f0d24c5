using ContentGen.Text.Checks;

namespace ContentGen.Text.Fixes
{
    /// <summary>One kind of fix: the edits for a finding, computed from the finding and the article's text alone.</summary>
    internal interface IFixer
    {
        /// <summary>What the fix does, as the docs and rule metadata say it ("delete the line").</summary>
        string Description { get; }

        /// <summary>The fix for the finding, or null when the text does not make it unambiguous.</summary>
        TextFix? For(Finding finding, string text);
    }
}
