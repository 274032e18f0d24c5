using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// A fix a finding offers: what an editor shows (<see cref="Title"/>) and the edits to the article's text, in text
    /// order and never overlapping. Computed by <see cref="FixProvider"/> alone, whichever host applies it.
    /// </summary>
    internal sealed record TextFix(string RuleId, string Title, TextRange FindingRange, IReadOnlyList<TextEdit> Edits)
    {
        /// <summary>The text with this fix's edits applied.</summary>
        public string ApplyTo(string text) => TextEdits.Apply(text, Edits);
    }
}
