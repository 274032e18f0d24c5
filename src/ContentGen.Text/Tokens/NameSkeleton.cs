using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ContentGen.Text.Tokens
{
    /// <summary>
    /// Reduces a name to a transliteration-neutral key, so that spellings of one name from different
    /// romanisations meet: y/i/iy, kh/h, ts/tz, dzh/j, ou/u, doubled letters, diacritics, al-/el- prefixes,
    /// and Q/G/K initials all fold together ("Pashinyan" and "Pashinian" → "pashinian").
    /// </summary>
    internal static class NameSkeleton
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

            // A leading particle is not part of the name's spelling: "al-Bashir", "El-Sayed", "Al Homoud" → the core.
            if (s.Length > 5 && (folded.StartsWith("al-", StringComparison.Ordinal) || folded.StartsWith("el-", StringComparison.Ordinal)
                                  || folded.StartsWith("al ", StringComparison.Ordinal) || folded.StartsWith("el ", StringComparison.Ordinal)))
            {
                s = s.Substring(2);
            }

            s = s.Replace("x", "ks").Replace("dzh", "j").Replace("sch", "sh").Replace("kh", "h").Replace("ck", "k").Replace("tz", "ts")
                .Replace("ou", "u").Replace("iy", "i").Replace("dh", "d").Replace("ph", "f").Replace('y', 'i');

            var collapsed = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];

                // A hard c is a k: "Carolos"/"Karolos", "Macek"/"Makek" (before a, o, u or a consonant).
                if (c == 'c' && (i + 1 == s.Length || (s[i + 1] != 'e' && s[i + 1] != 'i' && s[i + 1] != 'h')))
                {
                    c = 'k';
                }

                if (collapsed.Length == 0 || collapsed[collapsed.Length - 1] != c)
                {
                    collapsed.Append(c);
                }
            }

            // Slavic endings written three ways: -ov/-off/-of, -ev/-eff/-ef; and the English -ie/-y of "Bettie"/"Betty".
            var n = collapsed.Length;
            if (n > 3 && collapsed[n - 1] == 'e' && collapsed[n - 2] == 'i')
            {
                collapsed.Length = --n;
            }

            if (n > 4 && collapsed[n - 1] == 'f' && (collapsed[n - 2] == 'o' || collapsed[n - 2] == 'e'))
            {
                collapsed[n - 1] = 'v';
            }

            return collapsed.ToString();
        }

        /// <summary>
        /// True when two names are spellings of one name: equal skeletons, or (for names long enough that a
        /// coincidence is unlikely) skeletons one edit apart — a letter changed, added, dropped, or two letters
        /// swapped ("Mujahid"/"Mujahi", "Shayne"/"Shane", "Reiner"/"Rienar"). A first letter may differ only
        /// within a class of letters transliterations swap (C/K/Q/G, Y/I/J/G, V/W/F/B).
        /// </summary>
        public static bool AreVariants(string a, string b) => SkeletonsAreVariants(Of(a), Of(b));

        /// <summary>
        /// As <see cref="AreVariants"/>, for a surname met alone in an article that already names someone with a
        /// similar one: equal skeletons, or one letter added, dropped or swapped inside the name, or a consonant
        /// changed for one of its class (b/v, c/k) — but not a vowel changed ("Nelson" is not "Nilson"), another
        /// consonant ("Khalifa" is not "Hanifa") nor an ending added ("Armenia"/"Armenian").
        /// </summary>
        public static bool AreCloseVariants(string a, string b) => SkeletonsAreCloseVariants(Of(a), Of(b));

        /// <summary><see cref="AreCloseVariants"/> on skeletons already computed.</summary>
        public static bool SkeletonsAreCloseVariants(string x, string y)
        {
            if (x == y || !SkeletonsAreVariants(x, y))
            {
                return x == y && x.Length > 0;
            }

            // An ending added is an inflection ("Primärsystem"/"Primärsysteme"), not a spelling.
            if (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal))
            {
                return false;
            }

            // A letter changed: only one transliterations swap for another consonant of its class ("Alishbandi"/"Alishvandi").
            var at = OneEdit(x, y);
            var substituted = x.Length == y.Length && x[at] != y[at] && (at + 1 >= x.Length || x[at + 1] == y[at + 1]);
            return !substituted || (SameClass(x[at], y[at]) && !IsVowel(x[at]));
        }

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

        /// <summary>
        /// As <see cref="AreVariants"/>, when the rest of the name already agrees (the same first name, the same
        /// article or story): then a short name one edit away is a variant too ("Wolff"/"Wolfe", "Lena"/"Lina").
        /// </summary>
        public static bool AreVariantsInContext(string a, string b) => SkeletonsAreVariants(Of(a), Of(b), MinLengthInContext);

        /// <summary>True when skeletons of <paramref name="x"/> and <paramref name="y"/> (already computed) are spellings of one name.</summary>
        public static bool SkeletonsAreVariants(string x, string y) => SkeletonsAreVariants(x, y, MinLength);

        /// <summary>The shortest skeleton for which one edit is a spelling on its own: shorter names clash too often ("Kim"/"Kin").</summary>
        public const int MinLength = 6;

        /// <summary>The shortest skeleton for which one edit makes given names one name when the surnames are spelled alike ("Iannis"/"Giannis").</summary>
        public const int MinLengthGivenName = 5;

        /// <summary>The shortest skeleton for which one edit is a spelling when the rest of the name agrees.</summary>
        public const int MinLengthInContext = 3;

        public static bool SkeletonsAreVariants(string x, string y, int minLength)
        {
            if (x == y)
            {
                return x.Length > 0;
            }

            if (Math.Min(x.Length, y.Length) < minLength || Math.Abs(x.Length - y.Length) > 1 || IsPlural(x, y) || IsPlural(y, x))
            {
                return false;
            }

            // An adjective made of a place is another word ("Armenia"/"Armenian", "Azerbaijan"/"Azerbaijani"), unless the
            // rest of the name agrees.
            if (minLength >= MinLength && (IsDemonym(x, y) || IsDemonym(y, x)))
            {
                return false;
            }

            var at = OneEdit(x, y);
            if (at < 0)
            {
                return false;
            }

            // An edit at the first letter: only letters transliterations swap, or a soft letter added ("Iannis"/"Giannis").
            if (at == 0 && x[0] != y[0])
            {
                return x.Length == y.Length ? SameClass(x[0], y[0]) : Soft(x.Length > y.Length ? x[0] : y[0]);
            }

            return true;
        }

        /// <summary>
        /// True when "first surname" and "first surname" (as written; a first name may be empty or an initial) name
        /// one person by their spelling: a first-name variant with the same surname ("Katrin"/"Catrin Vossberg"), or a
        /// surname variant with the same first name; a different first name with the same surname is someone else,
        /// and a name given by surname alone agrees with any first name (context must then decide).
        /// </summary>
        public static bool SameName(string firstA, string surnameA, string firstB, string surnameB)
        {
            var a = Of(surnameA);
            var b = Of(surnameB);
            var fullA = firstA.Length > 0 && !IsInitial(firstA);
            var fullB = firstB.Length > 0 && !IsInitial(firstB);
            if (!fullA || !fullB)
            {
                // A surname alone (or with an initial): only a close variant, the name giving nothing else to go on.
                var initialsAgree = firstA.Length == 0 || firstB.Length == 0 || char.ToUpperInvariant(firstA[0]) == char.ToUpperInvariant(firstB[0]);
                return initialsAgree && SkeletonsAreCloseVariants(a, b);
            }

            var fa = Of(firstA);
            var fb = Of(firstB);
            if (a == b)
            {
                return a.Length > 0 && GivenNamesAreVariants(fa, fb);
            }

            return fa == fb && SkeletonsAreVariants(a, b, MinLengthInContext);
        }

        /// <summary>
        /// <see cref="SameName(string, string, string, string)"/> on whole names as written ("Ana María Ruiz",
        /// "María Ruiz", "Ruiz"): also true when the shorter name's first given name is a later given name of the longer
        /// one and the surnames agree ("María Ruiz" is "Ana María Ruiz").
        /// </summary>
        public static bool SameName(string nameA, string nameB)
        {
            var a = Split(nameA);
            var b = Split(nameB);
            if (SameName(a.First, a.Surname, b.First, b.Surname))
            {
                return true;
            }

            if (a.Given.Count == b.Given.Count || a.Given.Count == 0 || b.Given.Count == 0 || Of(a.Surname) != Of(b.Surname))
            {
                return false;
            }

            var (shorter, longer) = a.Given.Count < b.Given.Count ? (a.Given, b.Given) : (b.Given, a.Given);
            for (var i = 1; i < longer.Count; i++)
            {
                if (SkeletonsAreVariants(Of(shorter[0]), Of(longer[i])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A name's first word (a given name or an initial, or empty), its given names (no initials), and its surname.</summary>
        public static (string First, List<string> Given, string Surname) Split(string name)
        {
            var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var given = new List<string>();
            var quoted = false;
            for (var i = 0; i < words.Length - 1; i++)
            {
                if (IsQuoted(words[i], ref quoted))
                {
                    continue; // a nickname: 'Anthony "Fat Tony" Salerno'
                }

                if (words[i].Length > 1 && char.IsUpper(words[i][0]) && !IsInitial(words[i]))
                {
                    given.Add(words[i]);
                }
            }

            return (words.Length > 1 ? words[0] : string.Empty, given, words.Length == 0 ? string.Empty : Model.NameParts.StripPossessive(words[words.Length - 1]));
        }

        /// <summary>
        /// True when two given names (skeletons) are spellings of one name, the surnames agreeing: one edit on names of
        /// five letters or more, but not an ending added — "Steve"/"Steven" and "Brian"/"Bryant" are other names.
        /// </summary>
        public static bool GivenNamesAreVariants(string x, string y) =>
            SkeletonsAreVariants(x, y, MinLengthGivenName) && (x == y || !(x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)));

        /// <summary>True for a word of a quoted nickname inside a name (tracking whether the quotation is still open).</summary>
        public static bool IsQuoted(string word, ref bool quoted)
        {
            var opens = word.Length > 0 && (word[0] == '"' || word[0] == '\u201C');
            var closes = word.Length > 0 && (word[word.Length - 1] == '"' || word[word.Length - 1] == '\u201D');
            var inside = quoted || opens;
            quoted = inside && !closes;
            return inside;
        }

        /// <summary>"J", "J." or "JR": an initial rather than a first name.</summary>
        public static bool IsInitial(string word) => word.TrimEnd('.').Length <= 1 || (word.Length <= 3 && word.ToUpperInvariant() == word);

        private static bool IsDemonym(string longer, string shorter) =>
            longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal)
            && (longer[longer.Length - 1] == 'i' || (longer[longer.Length - 1] == 'n' && shorter[shorter.Length - 1] == 'a'));

        // "wiliams" is "wiliam" with an s: another name (a plural or a patronymic), not a spelling of it.
        private static bool IsPlural(string longer, string shorter) =>
            longer.Length == shorter.Length + 1 && longer[longer.Length - 1] == 's' && longer.StartsWith(shorter, StringComparison.Ordinal);

        private static bool SameClass(char a, char b) => Class(a) != 0 && Class(a) == Class(b);

        private static int Class(char c) => c switch
        {
            'c' or 'k' or 'q' or 'g' => 1,
            'i' or 'j' => 2,
            'v' or 'w' or 'f' or 'b' => 3,
            _ => 0,
        };

        private static bool Soft(char c) => c is 'h' or 'g' or 'i' or 'j' or 'e';

        /// <summary>
        /// Where two strings differ when they are exactly one edit apart (a substitution, an insertion or deletion,
        /// or a swap of two neighbours): the position of the edit; -1 when equal or further apart. Linear time.
        /// </summary>
        public static int OneEdit(string a, string b)
        {
            var prefix = 0;
            var min = Math.Min(a.Length, b.Length);
            while (prefix < min && a[prefix] == b[prefix])
            {
                prefix++;
            }

            if (prefix == a.Length && prefix == b.Length)
            {
                return -1;
            }

            var suffix = 0;
            while (suffix < min - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
            {
                suffix++;
            }

            var restA = a.Length - prefix - suffix;
            var restB = b.Length - prefix - suffix;
            if ((restA <= 1 && restB <= 1) )
            {
                return prefix;
            }

            // A swap of two neighbours: "ie"/"ei".
            if (restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix])
            {
                return prefix;
            }

            return -1;
        }

        /// <summary>
        /// The keys under which possible variants of a name are looked for: the skeleton's first letters and its last
        /// letters (as many as a name of its length, or one letter shorter, is keyed by). Two skeletons one edit apart
        /// share at least one key (the edit cannot touch both ends), so comparing only names that share a key finds
        /// every variant without comparing all pairs.
        /// </summary>
        public static IEnumerable<string> BlockKeys(string skeleton)
        {
            var k = KeyLength(skeleton.Length);
            yield return "^" + skeleton.Substring(0, k);
            yield return "$" + skeleton.Substring(skeleton.Length - k);
            var shorter = KeyLength(skeleton.Length - 1);
            if (shorter != k)
            {
                yield return "^" + skeleton.Substring(0, shorter);
                yield return "$" + skeleton.Substring(skeleton.Length - shorter);
            }
        }

        /// <summary>
        /// <see cref="BlockKeys"/> as numbers (the letters packed with the end they come from), written into
        /// <paramref name="keys"/> (four places); returns how many. Allocates nothing.
        /// </summary>
        public static int BlockKeyCodes(string skeleton, long[] keys)
        {
            var k = KeyLength(skeleton.Length);
            var count = 0;
            keys[count++] = Code(skeleton, 0, k, 1);
            keys[count++] = Code(skeleton, skeleton.Length - k, k, 2);
            var shorter = KeyLength(skeleton.Length - 1);
            if (shorter != k)
            {
                keys[count++] = Code(skeleton, 0, shorter, 1);
                keys[count++] = Code(skeleton, skeleton.Length - shorter, shorter, 2);
            }

            return count;
        }

        private static long Code(string skeleton, int start, int length, int end)
        {
            long code = (end << 2) | length;
            for (var i = start; i < start + length; i++)
            {
                code = (code << 16) | skeleton[i];
            }

            return code;
        }

        private static int KeyLength(int length) => Math.Max(0, Math.Min(3, (length - 1) / 2));

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
    }
}
