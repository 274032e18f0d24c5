using System;
using System.Collections.Generic;
using ContentGen.Text.Extraction;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1004: a broken sentence — text after a full stop that starts in lower case ("... forces. retrieved. outside
    /// the zone"), the mark of a sentence cut in half by editing or scraping. Abbreviations ("U.S. forces",
    /// "Mr. Smith", "e.g. this"), initials, ellipses and words that are lower case by design ("iPhone") are fine.
    /// </summary>
    public sealed class BrokenSentenceRule : IArticleRule
    {
        private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
        {
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep",
            "no", "nos", "vs", "etc", "e.g", "i.e", "eg", "ie", "cf", "al", "approx", "est", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "am", "pm",
            "u.s", "u.k", "u.n", "e.u", "ft", "km", "kg", "lb", "lbs", "oz", "min", "max", "fig", "vol", "ch", "pp", "op",
        };

        private const int MaxAbbreviationLength = 12;

        public string Id => RuleIds.BrokenSentence;

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

                    if (j >= text.Length || !char.IsLower(text[j]) || HasInnerCapital(text, j) || !IsSentenceEnd(text, i))
                    {
                        continue;
                    }

                    var end = SentenceEnd(text, j);
                    var fragment = text.Substring(j, end - j);
                    findings.Add(new Finding(
                        Id,
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

            return word.Length > 1 && !Abbreviations.Contains(word) && word.IndexOf('.') < 0;
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
