using System;
using System.Collections.Generic;
using ContentGen.Text.Tokens;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Where an article names its people, in text order, with each mention's surname skeleton: built once per article
    /// so that a figure finds whom it is said of by binary search.
    /// </summary>
    internal sealed class PersonMentions
    {
        public static readonly PersonMentions None = new(Array.Empty<int>(), Array.Empty<string>());

        private readonly int[] _starts;
        private readonly string[] _surnames;

        private PersonMentions(int[] starts, string[] surnames) => (_starts, _surnames) = (starts, surnames);

        public static PersonMentions Of(ParsedArticle article)
        {
            var mentions = new List<(int Start, string Surname)>();
            foreach (var person in article.People)
            {
                var surname = NameSkeleton.Of(person.Surname);
                foreach (var mention in person.Mentions)
                {
                    mentions.Add((mention.Range.Start, surname));
                }
            }

            if (mentions.Count == 0)
            {
                return None;
            }

            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            var starts = new int[mentions.Count];
            var surnames = new string[mentions.Count];
            for (var i = 0; i < mentions.Count; i++)
            {
                (starts[i], surnames[i]) = mentions[i];
            }

            return new PersonMentions(starts, surnames);
        }

        /// <summary>The surname of the last person named at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
        public string? LastBetween(int from, int to)
        {
            var i = Array.BinarySearch(_starts, to);
            i = (i < 0 ? ~i : i) - 1; // the last mention starting before `to`
            return i >= 0 && _starts[i] >= from ? _surnames[i] : null;
        }
    }
}
