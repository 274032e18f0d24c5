using System;
using System.Collections.Generic;
using System.Text;

namespace ContentGen.Text.Fixes
{
    /// <summary>Applies edits to a text; every host (code fix, command line, language server) applies them this way.</summary>
    internal static class TextEdits
    {
        /// <summary>
        /// The text with the edits applied. Edits are taken in text order; one that overlaps an earlier one (or
        /// inserts where an earlier one inserted) is skipped, so the result never depends on which came first.
        /// </summary>
        public static string Apply(string text, IEnumerable<TextEdit> edits)
        {
            var sorted = new List<TextEdit>(edits);
            sorted.Sort(CompareByStart);
            var result = new StringBuilder(text.Length);
            var at = 0;
            var lastInsertion = -1;
            foreach (var edit in sorted)
            {
                var range = edit.Range;
                if (range.Start < at || range.End > text.Length || (range.Length == 0 && range.Start == lastInsertion))
                {
                    continue;
                }

                result.Append(text, at, range.Start - at).Append(edit.NewText);
                at = range.End;
                lastInsertion = range.Length == 0 ? range.Start : -1;
            }

            return result.Append(text, at, text.Length - at).ToString();
        }

        /// <summary>
        /// The fixes that can be applied together: in text order, each whose edits do not collide with an earlier
        /// kept fix's edits (two fixes of one place would each assume the other was not made).
        /// </summary>
        public static List<TextFix> Compatible(IEnumerable<TextFix> fixes)
        {
            var sorted = new List<TextFix>(fixes);
            sorted.Sort((a, b) => a.Edits.Count == 0 || b.Edits.Count == 0 ? 0 : CompareByStart(a.Edits[0], b.Edits[0]));
            var kept = new List<TextFix>();
            var taken = new List<(int Start, int End)>();
            foreach (var fix in sorted)
            {
                if (fix.Edits.Count == 0 || fix.Edits.Exists(edit => taken.Exists(t => Collide(edit.Range.Start, edit.Range.End, t.Start, t.End))))
                {
                    continue;
                }

                kept.Add(fix);
                foreach (var edit in fix.Edits)
                {
                    taken.Add((edit.Range.Start, edit.Range.End));
                }
            }

            return kept;
        }

        // Overlapping ranges collide; so does an insertion at the edge of, or inside, another edit (which goes
        // first is then a guess). Two deletions that only touch ("line 1", "line 2") do not.
        private static bool Collide(int start, int end, int otherStart, int otherEnd) =>
            start == end || otherStart == otherEnd
                ? start <= otherEnd && otherStart <= end
                : start < otherEnd && otherStart < end;

        private static int CompareByStart(TextEdit a, TextEdit b)
        {
            var byStart = a.Range.Start.CompareTo(b.Range.Start);
            return byStart != 0 ? byStart : a.Range.Length.CompareTo(b.Range.Length);
        }

        private static bool Exists<T>(this IReadOnlyList<T> list, Predicate<T> match)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (match(list[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
