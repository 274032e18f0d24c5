using System;
using System.Collections.Generic;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// What an article says about which event it reports, as keys that two reports of one event share: the people
    /// it names (by surname skeleton), other proper nouns, the headline's content words and the lead's. Computed once
    /// per parse; how specific each key is depends on the whole corpus and is weighed by <see cref="StoryClustering"/>.
    /// </summary>
    internal sealed record StoryFeatures(string Path, string Title, ArticleDate? Date, EquatableArray<string> People, EquatableArray<string> Names, EquatableArray<string> TitleWords)
    {
        /// <summary>How many words of the body count as the lead: where a report says what happened, to whom, where.</summary>
        public const int LeadWordCount = 60;

        /// <summary>Content words of the lead (lower case, folded like names so that spelling variants meet).</summary>
        public EquatableArray<string> LeadWords { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Numbers in the headline or the lead as written ("6.1", "7th", "52-3"): a toll, a magnitude, a score.</summary>
        public EquatableArray<string> LeadNumbers { get; init; } = EquatableArray<string>.Empty;

        /// <summary>People and other proper nouns named in the headline or the lead: who and where the event is about.</summary>
        public EquatableArray<string> LeadNames { get; init; } = EquatableArray<string>.Empty;

        /// <summary>
        /// Every feature as one key, prefixed by its kind ("p:kuzmin", "#:340") so that kinds never meet: computed with
        /// the features (so equal features have equal keys), once per parse instead of once per clustering.
        /// </summary>
        public EquatableArray<string> Keys { get; private init; } = EquatableArray<string>.Empty;

        private EquatableArray<string> BuildKeys()
        {
            var keys = new List<string>(People.Count + Names.Count + TitleWords.Count + LeadWords.Count + LeadNames.Count + LeadNumbers.Count);
            Add(keys, "p:", People);
            Add(keys, "n:", Names);
            Add(keys, "t:", TitleWords);
            Add(keys, "l:", LeadWords);
            Add(keys, "h:", LeadNames);
            Add(keys, "#:", LeadNumbers);
            return new EquatableArray<string>(keys.ToArray());
        }

        private static void Add(List<string> into, string kind, EquatableArray<string> words)
        {
            foreach (var word in words)
            {
                into.Add(kind + word);
            }
        }

        /// <summary>Features of a parsed article: people by surname skeleton, other proper nouns by skeleton.</summary>
        public static StoryFeatures Of(ParsedArticle article)
        {
            var people = new HashSet<string>(StringComparer.Ordinal);
            var personWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var person in article.People)
            {
                people.Add(NameSkeleton.Of(person.Surname));
                foreach (var spelling in person.Spellings)
                {
                    foreach (var word in spelling.Split(' '))
                    {
                        personWords.Add(NameSkeleton.Of(word));
                    }
                }
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in article.ProperNouns)
            {
                var key = NameSkeleton.Of(word);
                if (!personWords.Contains(key))
                {
                    names.Add(key);
                }
            }

            var titleWords = new HashSet<string>(StringComparer.Ordinal);
            var leadNames = new HashSet<string>(StringComparer.Ordinal);
            var numbers = new HashSet<string>(StringComparer.Ordinal);
            var lead = new Lead(names, people, leadNames, numbers);
            lead.Add(article.Title, int.MaxValue, titleWords);

            var leadWords = new HashSet<string>(StringComparer.Ordinal);
            var left = LeadWordCount;
            for (var p = 0; p < article.Paragraphs.Count && left > 0; p++)
            {
                left = lead.Add(article.Paragraphs[p].Text, left, leadWords);
            }

            var features = new StoryFeatures(article.Path, article.Title, article.Date, Sorted(people), Sorted(names), Sorted(titleWords))
            {
                LeadWords = Sorted(leadWords),
                LeadNames = Sorted(leadNames),
                LeadNumbers = Sorted(numbers),
            };

            return features with { Keys = features.BuildKeys() };
        }

        /// <summary>Sorts the words of a headline or lead into content words, names and numbers.</summary>
        private sealed class Lead
        {
            private const int MaxCharsPerWord = 40;

            private readonly HashSet<string> _names;
            private readonly HashSet<string> _people;
            private readonly HashSet<string> _leadNames;
            private readonly HashSet<string> _numbers;

            public Lead(HashSet<string> names, HashSet<string> people, HashSet<string> leadNames, HashSet<string> numbers) =>
                (_names, _people, _leadNames, _numbers) = (names, people, leadNames, numbers);

            // Takes the first `budget` words and numbers of `text`, content words into `words`; returns the budget left.
            public int Add(string text, int budget, HashSet<string> words)
            {
                // Only the first words are read: tokenize a prefix long enough for them, not a whole long paragraph.
                if (budget < int.MaxValue / MaxCharsPerWord && text.Length > budget * MaxCharsPerWord)
                {
                    text = text.Substring(0, budget * MaxCharsPerWord);
                }

                foreach (var token in Tokenizer.Tokenize(text))
                {
                    if (token.Kind == TokenKind.Punctuation)
                    {
                        continue;
                    }

                    if (--budget < 0)
                    {
                        break;
                    }

                    if (token.Kind == TokenKind.Number)
                    {
                        _numbers.Add(token.Text);
                    }
                    else if (token.Length >= 4 && !StoryWords.IsGeneric(token.Text))
                    {
                        var word = NameSkeleton.Of(StoryWords.Stem(token.Text));
                        (_names.Contains(word) || _people.Contains(word) ? _leadNames : words).Add(word);
                    }
                }

                return budget;
            }
        }

        private static EquatableArray<string> Sorted(HashSet<string> set)
        {
            var items = new string[set.Count];
            set.CopyTo(items);
            Array.Sort(items, StringComparer.Ordinal);
            return new EquatableArray<string>(items);
        }
    }
}
