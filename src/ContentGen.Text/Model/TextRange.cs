using System;

namespace ContentGen.Text.Model
{
    /// <summary>A range of characters in an article's source text: the data a diagnostic location is made from.</summary>
    public readonly record struct TextRange(int Start, int Length)
    {
        public int End => Start + Length;

        public static TextRange FromBounds(int start, int end) => new(start, Math.Max(0, end - start));
    }
}
