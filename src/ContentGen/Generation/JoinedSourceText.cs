using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generation
{
    /// <summary>
    /// A generated file's text read through its parts, without joining them into one string: the parts are the
    /// articles' members, which the generator keeps across builds anyway (<see cref="ArticleSources"/>), so the
    /// compiler parses, hashes and embeds the file without a second copy of it. At 10,000 articles the joined files
    /// were 30 MB of strings alive for the whole build, and as much again in builders, on every build
    /// (docs/benchmarks.md, section 8, tenth session).
    /// </summary>
    internal sealed class JoinedSourceText : SourceText
    {
        private readonly string[] _parts;
        private readonly int[] _starts;

        public JoinedSourceText(IReadOnlyList<string> parts)
        {
            var kept = new List<string>(parts.Count);
            foreach (var part in parts)
            {
                if (part.Length > 0)
                {
                    kept.Add(part);
                }
            }

            _parts = kept.ToArray();
            _starts = new int[_parts.Length];
            var length = 0;
            for (var i = 0; i < _parts.Length; i++)
            {
                _starts[i] = length;
                length = checked(length + _parts[i].Length);
            }

            Length = length;
        }

        /// <summary>The compiler requires an encoding of an added source (and writes the PDB's embedded copy in it).</summary>
        public override Encoding Encoding => Encoding.UTF8;

        public override int Length { get; }

        public override char this[int position]
        {
            get
            {
                if ((uint)position >= (uint)Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(position));
                }

                var part = PartAt(position);
                return _parts[part][position - _starts[part]];
            }
        }

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceIndex));
            }

            if (count == 0)
            {
                return;
            }

            var part = PartAt(sourceIndex);
            var offset = sourceIndex - _starts[part];
            while (count > 0)
            {
                var text = _parts[part];
                var take = Math.Min(count, text.Length - offset);
                text.CopyTo(offset, destination, destinationIndex, take);
                destinationIndex += take;
                count -= take;
                part++;
                offset = 0;
            }
        }

        /// <summary>The part that holds <paramref name="position"/> (a binary search over the parts' starts).</summary>
        private int PartAt(int position)
        {
            var index = Array.BinarySearch(_starts, position);
            return index >= 0 ? index : ~index - 1;
        }
    }
}
