namespace ContentGen.Text.Model
{
    /// <summary>Shortens text quoted in a message (diagnostics, front matter and glossary issues).</summary>
    internal static class MessageText
    {
        /// <summary>Words kept before the first difference when two texts are shown side by side.</summary>
        private const int WordsBeforeDifference = 3;

        public static string Short(string text, int max = 60) => text.Length <= max ? text : text.Substring(0, max - 3) + "...";

        /// <summary>
        /// Two texts that differ somewhere, each shortened to at most <paramref name="max"/> characters around where they
        /// first differ: a long shared opening is cut to its last few words ("...approval for live shows" against
        /// "...approval for live performances"), so the message shows the difference, not the same first 80 characters.
        /// </summary>
        public static (string First, string Second) Differing(string first, string second, int max = 80)
        {
            var common = 0;
            var limit = System.Math.Min(first.Length, second.Length);
            while (common < limit && first[common] == second[common])
            {
                common++;
            }

            // Back to the start of the word the difference is in, then a few whole words before it.
            var start = common;
            while (start > 0 && !char.IsWhiteSpace(first[start - 1]))
            {
                start--;
            }

            for (var words = 0; words < WordsBeforeDifference && start > 0; words++)
            {
                start--;
                while (start > 0 && char.IsWhiteSpace(first[start - 1]))
                {
                    start--;
                }

                while (start > 0 && !char.IsWhiteSpace(first[start - 1]))
                {
                    start--;
                }
            }

            // Shown from the start when the difference would show anyway.
            if (common < max - 3 || start == 0)
            {
                return (Short(first, max), Short(second, max));
            }

            return (Short("..." + first.Substring(start), max), Short("..." + second.Substring(start), max));
        }
    }
}
