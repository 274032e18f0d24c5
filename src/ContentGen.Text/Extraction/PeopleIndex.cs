using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Extraction
{
    /// <summary>The people of one article, with look-ups by position for speaker resolution (binary search).</summary>
    internal sealed class PeopleIndex
    {
        private readonly List<(int Start, int End, ParsedPerson Person)> _mentions = new();

        public PeopleIndex(List<ParsedPerson> people)
        {
            People = people;
            foreach (var person in people)
            {
                foreach (var mention in person.Mentions)
                {
                    _mentions.Add((mention.Range.Start, mention.Range.End, person));
                }
            }

            _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        public List<ParsedPerson> People { get; }

        /// <summary>The person named at a source offset, if a mention covers it.</summary>
        public ParsedPerson? At(int sourceOffset)
        {
            var i = LastStartingBefore(sourceOffset + 1);
            return i >= 0 && sourceOffset < _mentions[i].End ? _mentions[i].Person : null;
        }

        /// <summary>The person most recently named before a source offset: whom "he said" refers to.</summary>
        public ParsedPerson? LastBefore(int sourceOffset)
        {
            var i = LastStartingBefore(sourceOffset);
            return i >= 0 ? _mentions[i].Person : null;
        }

        // Index of the last mention starting before the offset, or -1.
        private int LastStartingBefore(int offset)
        {
            int low = 0, high = _mentions.Count - 1, found = -1;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                if (_mentions[mid].Start < offset)
                {
                    found = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return found;
        }
    }
}
