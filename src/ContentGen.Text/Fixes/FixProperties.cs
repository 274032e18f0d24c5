using System.Collections.Generic;
using System.Globalization;
using ContentGen.Text.Model;

namespace ContentGen.Text.Fixes
{
    /// <summary>
    /// A fix written into a diagnostic's properties (string to string) by the analyzer and read back by the code
    /// fix, so the IDE applies exactly the edits <see cref="FixProvider"/> computed without running the engine again.
    /// Each edit carries the text it replaces: a code fix on text that changed since the analysis offers nothing.
    /// </summary>
    internal static class FixProperties
    {
        public const string Title = "ContentGen.Fix";
        private const string Count = "ContentGen.Fix.Edits";
        private const string Prefix = "ContentGen.Fix.";

        /// <summary>The properties that describe the fix, given the text it applies to.</summary>
        public static IEnumerable<KeyValuePair<string, string?>> Encode(TextFix fix, string text)
        {
            yield return new KeyValuePair<string, string?>(Title, fix.Title);
            yield return new KeyValuePair<string, string?>(Count, fix.Edits.Count.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < fix.Edits.Count; i++)
            {
                var edit = fix.Edits[i];
                var key = Prefix + i.ToString(CultureInfo.InvariantCulture);
                yield return new KeyValuePair<string, string?>(key + ".Start", edit.Range.Start.ToString(CultureInfo.InvariantCulture));
                yield return new KeyValuePair<string, string?>(key + ".Old", text.Substring(edit.Range.Start, edit.Range.Length));
                yield return new KeyValuePair<string, string?>(key + ".New", edit.NewText);
            }
        }

        /// <summary>The fix's title and edits from a diagnostic's properties, or null when they hold none (or a broken one).</summary>
        public static (string Title, List<(TextEdit Edit, string OldText)> Edits)? Decode(IReadOnlyDictionary<string, string?> properties)
        {
            if (!properties.TryGetValue(Title, out var title) || title is null
                || !properties.TryGetValue(Count, out var countText) || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return null;
            }

            var edits = new List<(TextEdit, string)>(count);
            for (var i = 0; i < count; i++)
            {
                var key = Prefix + i.ToString(CultureInfo.InvariantCulture);
                if (!properties.TryGetValue(key + ".Start", out var startText) || !int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                    || !properties.TryGetValue(key + ".Old", out var old) || old is null
                    || !properties.TryGetValue(key + ".New", out var replacement) || replacement is null)
                {
                    return null;
                }

                edits.Add((new TextEdit(new TextRange(start, old.Length), replacement), old));
            }

            return (title, edits);
        }
    }
}
