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
        // The skeletons of recent names: an article names its people many times and compares each capitalised word
        // against them, so the same few names are folded again and again. A fixed table indexed by the name's hash
        // keeps the last (name, skeleton) pair per slot; an entry is one object, so a reader on another thread sees a
        // whole pair or none, and a hit is checked against the name itself.
        private const int CacheSlots = 1 << 12;
        private static readonly CacheEntry?[] Cache = new CacheEntry?[CacheSlots];

        public static string Of(string name)
        {
            var slot = (name.GetHashCode() & int.MaxValue) & (CacheSlots - 1);
            var entry = Cache[slot];
            if (entry is not null && string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry.Skeleton;
            }

            var skeleton = Compute(name);
            Cache[slot] = new CacheEntry(name, skeleton);
            return skeleton;
        }

        private static string Compute(string name)
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

        private sealed class CacheEntry
        {
            public CacheEntry(string name, string skeleton)
            {
                Name = name;
                Skeleton = skeleton;
            }

            public string Name { get; }

            public string Skeleton { get; }
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
