using System;
using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1004: a broken sentence — text after a full stop that starts in lower case ("... forces. retrieved. outside
    /// the zone"), the mark of a sentence cut in half by editing or scraping. A full stop that is not a sentence end
    /// is fine: abbreviations by list ("Mr.", "Ave.", "LLC.") or by shape (no vowel: "tsp.", "bzw.", "шт."; a short
    /// word after a number: "8 oz.", "70 Mio."; a short all-capitals word: "ID."), initials and ellipses. So is a
    /// next "word" that is not prose: a web address split at a dot ("pic.twitter.com", "https://t.co"), a handle or
    /// a brand with a digit or an inner capital ("my6sense", "iPhone"), and a run of one-word sentences written for
    /// effect ("We're. on. it.").
    /// </summary>
    internal sealed class BrokenSentenceRule : IArticleRule
    {
        private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
        {
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep",
            "no", "nos", "vs", "etc", "e.g", "i.e", "eg", "ie", "cf", "al", "approx", "est", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "am", "pm",
            "u.s", "u.k", "u.n", "e.u", "ft", "km", "kg", "lb", "lbs", "oz", "min", "max", "fig", "vol", "ch", "pp", "op",
            "ave", "blvd", "rd", "hwy", "mt", "llc", "plc", "bros", "dept", "univ", "assn", "govt", "tbsp", "tsp", "pt",
            "qt", "gal", "doz", "pkg", "hr", "hrs", "mins", "sec", "secs", "yr", "yrs", "mo", "wk", "ca", "approx", "cal",
            "mio", "mrd", "usw", "vgl", "ggf", "inkl", "zzgl", "bzw", "nr", "str", "abs", "sog", "evtl", "vs", "ex", "var",
            "ст", "шт", "г", "гг", "руб", "тыс", "млн", "млрд", "др", "пр", "см", "мм", "кг", "ч", "мин", "т.д", "т.е", "т.п",
        };

        private const int MaxAbbreviationLength = 12;

        public static RuleInfo Metadata { get; } = new(RuleIds.BrokenSentence, "Broken sentence", RuleCategory.Content);

        public RuleInfo Info => Metadata;

        public void Check(ArticleText article, List<Finding> findings)
        {
            foreach (var paragraph in article.Prose())
            {
                var text = paragraph.Text;
                for (var i = text.IndexOf('.'); i >= 0 && i < text.Length; i = text.IndexOf('.', i + 1))
                {
                    // The next word after the full stop and its spaces; looked at first, because almost every full
                    // stop is followed by a capital, which settles it without examining the word before the stop.
                    var j = i + 1;
                    if (j >= text.Length || !char.IsWhiteSpace(text[j]))
                    {
                        continue;
                    }

                    while (j < text.Length && char.IsWhiteSpace(text[j]))
                    {
                        j++;
                    }

                    if (j >= text.Length || !char.IsLower(text[j]) || HasInnerCapital(text, j) || !IsSentenceEnd(text, i)
                        || IsNotProse(text, j) || InRunOfOneWordSentences(text, i, j))
                    {
                        continue;
                    }

                    var end = SentenceEnd(text, j);
                    var fragment = text.Substring(j, end - j);
                    findings.Add(new Finding(
                        Info.Id,
                        paragraph.ToSource(j, end - j),
                        $"Broken sentence: '{MessageText.Short(fragment)}' starts in lower case after a full stop; join it to the sentence before or rewrite it"));
                    i = end - 1;
                }
            }
        }

        private static bool IsSentenceEnd(string text, int dot)
        {
            // "...", "…" and "3.5" are not sentence ends.
            if ((dot > 0 && text[dot - 1] == '.') || (dot + 1 < text.Length && text[dot + 1] == '.'))
            {
                return false;
            }

            // The word before the dot: an abbreviation or a single initial ("J.") does not end a sentence.
            // Abbreviations are short: look back a bounded distance, so "a.a.a.a..." stays linear.
            var start = dot;
            while (start > 0 && dot - start < MaxAbbreviationLength && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            var word = text.Substring(start, dot - start);
            if (word.Length == 0)
            {
                return !(dot > 0 && char.IsDigit(text[dot - 1]));
            }

            return word.Length > 1 && !Abbreviations.Contains(word) && word.IndexOf('.') < 0 && !LooksAbbreviated(text, start, word);
        }

        // Shapes of abbreviations no list can hold: no vowel ("tsp", "Tbsp", "bzw", "шт"), a short all-capitals word
        // ("ID", "LLC"), a unit after a number ("8 oz.", "70 Mio.", "2 cups.") is not: units are at most four letters.
        private static bool LooksAbbreviated(string text, int start, string word)
        {
            var vowel = false;
            var lower = false;
            foreach (var c in word)
            {
                vowel |= IsVowel(c);
                lower |= char.IsLower(c);
            }

            if (!vowel || (!lower && word.Length <= 5))
            {
                return true;
            }

            return word.Length <= 4 && start >= 2 && text[start - 1] == ' ' && char.IsDigit(text[start - 2]);
        }

        private static bool IsVowel(char c) => "aeiouyAEIOUYàáâäèéêëìíîïòóôöùúûüаеёиоуыэюяАЕЁИОУЫЭЮЯ".IndexOf(c) >= 0;

        // A web address or handle split at a dot ("pic.twitter.com", "https://t.co/x", "@name"), or a name with a
        // digit ("my6sense"): what follows the full stop is not the start of a sentence.
        private static bool IsNotProse(string text, int j)
        {
            for (var k = j; k < text.Length && !char.IsWhiteSpace(text[k]); k++)
            {
                var c = text[k];
                if (char.IsDigit(c) || c is '/' or '@' or '_' or '=' || (c == '.' && k + 1 < text.Length && char.IsLetter(text[k + 1])))
                {
                    return true;
                }
            }

            return false;
        }

        // "We're. on. it.": one-word sentences in a row are written for effect. True when the sentence that ends at
        // the dot is one word, or the lower-case one starting at j is one word followed by another one-word sentence.
        private static bool InRunOfOneWordSentences(string text, int dot, int j)
        {
            var k = dot;
            while (k > 0 && !char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            while (k > 0 && char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            if (k == 0 || text[k - 1] is '.' or '!' or '?')
            {
                return true;
            }

            var end = j;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (end == j || text[end - 1] != '.')
            {
                return false;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var after = next;
            while (after < text.Length && !char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            return after > next && text[after - 1] == '.';
        }

        private static bool HasInnerCapital(string text, int start)
        {
            for (var i = start + 1; i < text.Length && char.IsLetter(text[i]); i++)
            {
                if (char.IsUpper(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static int SentenceEnd(string text, int from)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (text[i] is '.' or '!' or '?')
                {
                    return i + 1;
                }
            }

            return text.TrimEnd().Length;
        }
    }
}
