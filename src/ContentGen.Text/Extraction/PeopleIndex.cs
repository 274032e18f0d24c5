using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Extraction
{
    /// <summary>The people of one article, with look-ups by position for speaker resolution.</summary>
    public sealed class PeopleIndex
    {
        public PeopleIndex(List<ParsedPerson> people) => People = people;

        public List<ParsedPerson> People { get; }

        /// <summary>The person named at a source offset, if a mention covers it.</summary>
        public ParsedPerson? At(int sourceOffset)
        {
            foreach (var person in People)
            {
                foreach (var mention in person.Mentions)
                {
                    if (sourceOffset >= mention.Range.Start && sourceOffset < mention.Range.End)
                    {
                        return person;
                    }
                }
            }

            return null;
        }

        /// <summary>The person most recently named before a source offset: whom "he said" refers to.</summary>
        public ParsedPerson? LastBefore(int sourceOffset)
        {
            ParsedPerson? best = null;
            var bestStart = -1;
            foreach (var person in People)
            {
                foreach (var mention in person.Mentions)
                {
                    if (mention.Range.Start < sourceOffset && mention.Range.Start > bestStart)
                    {
                        best = person;
                        bestStart = mention.Range.Start;
                    }
                }
            }

            return best;
        }
    }
}
