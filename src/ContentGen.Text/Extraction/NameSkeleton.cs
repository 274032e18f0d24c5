using System;
using System.Globalization;
using System.Text;

namespace ContentGen.Text.Extraction
{
    /// <summary>
    /// Reduces a name to a transliteration-neutral key, so that spellings of one name from different
    /// romanisations meet: y/i/iy, kh/h, ts/tz, dzh/j, ou/u, doubled letters, diacritics, al-/el- prefixes,
    /// and Q/G/K initials all fold together ("Pashinyan" and "Pashinian" → "pashinian").
    /// </summary>
    public static class NameSkeleton
    {
        public static string Of(string name)
        {
            var lower = name.ToLowerInvariant();
            var folded = IsAscii(lower) ? lower : FoldDiacritics(lower);
            var letters = new StringBuilder(folded.Length);
            foreach (var c in folded)
            {
                if (c >= 'a' && c <= 'z')
                {
                    letters.Append(c);
                }
                else if (char.IsLetter(c))
                {
                    letters.Append(c);
                }
            }

            var s = letters.ToString();
            if (folded.StartsWith("al-", StringComparison.Ordinal) || folded.StartsWith("el-", StringComparison.Ordinal))
            {
                s = s.Substring(2);
            }

            s = s.Replace("x", "ks").Replace("dzh", "j").Replace("kh", "h").Replace("tz", "ts").Replace("ou", "u").Replace("iy", "i").Replace("dh", "d").Replace("ph", "f").Replace('y', 'i');
            if (s.Length > 0 && (s[0] == 'q' || s[0] == 'g'))
            {
                s = "k" + s.Substring(1);
            }

            var collapsed = new StringBuilder(s.Length);
            foreach (var c in s)
            {
                if (collapsed.Length == 0 || collapsed[collapsed.Length - 1] != c)
                {
                    collapsed.Append(c);
                }
            }

            return collapsed.ToString();
        }

        /// <summary>
        /// True when two names are spellings of one name: equal skeletons, or (for names long enough that a
        /// coincidence is unlikely) skeletons one edit apart with the same first letter — "Mujahid"/"Mujahi".
        /// </summary>
        public static bool AreVariants(string a, string b)
        {
            return SkeletonsAreVariants(Of(a), Of(b));
        }

        /// <summary>True when skeletons of <paramref name="x"/> and <paramref name="y"/> (already computed) are spellings of one name.</summary>
        public static bool SkeletonsAreVariants(string x, string y) =>
            x == y ? x.Length > 0 : x.Length >= 6 && y.Length >= 6 && x[0] == y[0] && WithinOneEdit(x, y);

        /// <summary>The key under which possible variants of a name are looked for: its skeleton's first three letters.</summary>
        public static string BlockKey(string skeleton) => skeleton.Length <= 3 ? skeleton : skeleton.Substring(0, 3);

        private static bool IsAscii(string text)
        {
            foreach (var c in text)
            {
                if (c > 0x7F)
                {
                    return false;
                }
            }

            return true;
        }

        public static string FoldDiacritics(string text)
        {
            var decomposed = text.Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString().Normalize(NormalizationForm.FormC);
        }

        /// <summary>Levenshtein distance ≤ 1, in linear time.</summary>
        public static bool WithinOneEdit(string a, string b)
        {
            if (Math.Abs(a.Length - b.Length) > 1)
            {
                return false;
            }

            int i = 0, j = 0, edits = 0;
            while (i < a.Length && j < b.Length)
            {
                if (a[i] == b[j])
                {
                    i++;
                    j++;
                    continue;
                }

                if (++edits > 1)
                {
                    return false;
                }

                if (a.Length > b.Length)
                {
                    i++;
                }
                else if (b.Length > a.Length)
                {
                    j++;
                }
                else
                {
                    i++;
                    j++;
                }
            }

            return edits + (a.Length - i) + (b.Length - j) <= 1;
        }
    }
}
