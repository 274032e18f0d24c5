using System;
using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// The parts of a person's name as the name rules compare them: the surname, and the given names of a full form
    /// ("Ana María Ruiz": given names "Ana" and "María", surname "Ruiz"). A given name is compared with the given
    /// names it may spell, wherever they stand ("María Ruiz" and "Ana Maria Ruiz").
    /// </summary>
    internal static class NameSpelling
    {
        public const string Surname = "surname";
        public const string Given = "given";

        /// <summary>
        /// Two spellings that differ only by a leading particle ("al-Bashir"/"Bashir") or its case ("Al-Homoud") are
        /// one spelling: the short form is how news refers to the person again, not a misspelling. A difference of
        /// case, hyphen or apostrophe alone ("LaSalle"/"Lasalle", "Wi-Fi"/"WiFi", "O'Neil"/"O’Neil") is not reported
        /// either: it is the house style of a product or an outlet more often than a misspelt name.
        /// </summary>
        public static bool Same(string a, string b) => string.Equals(Plain(a), Plain(b), StringComparison.OrdinalIgnoreCase);

        // Without a leading particle, hyphens ("Wi-Fi"/"WiFi", "Boone-Isaacs") or apostrophes of either kind.
        private static string Plain(string word) => WithoutParticle(word).Replace("-", string.Empty).Replace("'", string.Empty).Replace("\u2019", string.Empty);

        public static string WithoutParticle(string word)
        {
            if (word.Length > 4 && word[2] == '-' && (word[0] == 'a' || word[0] == 'A' || word[0] == 'e' || word[0] == 'E') && (word[1] == 'l' || word[1] == 'L'))
            {
                return word.Substring(3);
            }

            return word;
        }

        /// <summary>True when two spellings of one name part are spellings of one name, given that the rest of the name agrees.</summary>
        public static bool Variants(string slot, string a, string b) => slot == Given
            ? NameSkeleton.GivenNamesAreVariants(NameSkeleton.Of(a), NameSkeleton.Of(b))
            : NameSkeleton.AreVariantsInContext(WithoutParticle(a), WithoutParticle(b));

        /// <summary>True when a range lies inside a quotation: the source's words, spelled as the source spelled them.</summary>
        public static bool InQuote(ParsedArticle article, TextRange range)
        {
            foreach (var quote in article.Quotes)
            {
                if (range.Start >= quote.Range.Start && range.End <= quote.Range.End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Each distinct spelling of each part of the person's name, at its first mention outside quotations.</summary>
        public static IEnumerable<(string Slot, string Spelling, TextRange Range)> Slots(ParsedArticle article, ParsedPerson person)
        {
            var seen = new HashSet<(string, string)>();
            foreach (var mention in person.Mentions)
            {
                if (InQuote(article, mention.Range))
                {
                    continue;
                }

                foreach (var part in Parts(mention))
                {
                    if (seen.Add((part.Slot, part.Spelling)))
                    {
                        yield return part;
                    }
                }
            }
        }

        /// <summary>The parts of one mention: its surname and, for a full form, its given names (initials left out).</summary>
        public static IEnumerable<(string Slot, string Spelling, TextRange Range)> Parts(PersonMention mention)
        {
            yield return (Surname, mention.Surname, mention.SurnameRange);
            var form = mention.Form;
            if (form.IndexOf(' ') < 0 || mention.Range.Length != form.Length)
            {
                yield break;
            }

            var words = form.Split(' ');
            var offset = 0;
            var quoted = false;
            for (var i = 0; i < words.Length - 1; i++)
            {
                var word = words[i];
                if (!NameSkeleton.IsQuoted(word, ref quoted) && word.Length > 1 && char.IsUpper(word[0]) && !NameSkeleton.IsInitial(word))
                {
                    yield return (Given, word, new TextRange(mention.Range.Start + offset, word.Length));
                }

                offset += word.Length + 1;
            }
        }

        /// <summary>For one part of the name, each spelling with the articles that use it and how often.</summary>
        public static Dictionary<string, (HashSet<string> Articles, int Mentions)> Use(IEnumerable<(CorpusArticle Article, ParsedPerson Person)> members, string slot)
        {
            var use = new Dictionary<string, (HashSet<string> Articles, int Mentions)>(StringComparer.Ordinal);
            foreach (var (article, person) in members)
            {
                foreach (var mention in person.Mentions)
                {
                    foreach (var part in Parts(mention))
                    {
                        if (part.Slot != slot)
                        {
                            continue;
                        }

                        if (!use.TryGetValue(part.Spelling, out var entry))
                        {
                            entry = (new HashSet<string>(StringComparer.Ordinal), 0);
                        }

                        entry.Articles.Add(article.Path);
                        use[part.Spelling] = (entry.Articles, entry.Mentions + 1);
                    }
                }
            }

            return use;
        }

        /// <summary>The spelling most articles use; then the one used more often; then the one of the first article in path order.</summary>
        public static string? Canonical(Dictionary<string, (HashSet<string> Articles, int Mentions)> use)
        {
            string? best = null;
            var bestArticles = 0;
            var bestMentions = 0;
            string? bestFirst = null;
            foreach (var pair in use)
            {
                string? first = null;
                foreach (var path in pair.Value.Articles)
                {
                    if (first is null || string.CompareOrdinal(path, first) < 0)
                    {
                        first = path;
                    }
                }

                var better = pair.Value.Articles.Count > bestArticles
                    || (pair.Value.Articles.Count == bestArticles && pair.Value.Mentions > bestMentions)
                    || (pair.Value.Articles.Count == bestArticles && pair.Value.Mentions == bestMentions
                        && (string.CompareOrdinal(first, bestFirst) < 0 || (first == bestFirst && string.CompareOrdinal(pair.Key, best) < 0)));
                if (better)
                {
                    best = pair.Key;
                    bestArticles = pair.Value.Articles.Count;
                    bestMentions = pair.Value.Mentions;
                    bestFirst = first;
                }
            }

            return best;
        }

        /// <summary>Where a person's name first uses a spelling of a part, if it does.</summary>
        public static TextRange? FirstRange(ParsedPerson person, string slot, string spelling)
        {
            foreach (var mention in person.Mentions)
            {
                foreach (var part in Parts(mention))
                {
                    if (part.Slot == slot && part.Spelling == spelling)
                    {
                        return part.Range;
                    }
                }
            }

            return null;
        }
    }
}
