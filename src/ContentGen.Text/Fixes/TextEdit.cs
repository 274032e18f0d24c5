using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>Replace the characters of <see cref="Range"/> in an article's text with <see cref="NewText"/> (an empty range inserts, empty text deletes).</summary>
    internal readonly record struct TextEdit(TextRange Range, string NewText);
}
