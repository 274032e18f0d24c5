using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Inputs
{
    /// <summary>
    /// An article file by what the engine reads of it: its project-relative path and its text, the text by its
    /// checksum and length. A compiler computes the checksum of a file it reads once, while decoding it, so the key
    /// costs nothing to compute in a build; a hit is still compared character by character (<see cref="ParseCache"/>),
    /// as two texts may share a checksum when their encoding cannot represent some of their characters.
    /// </summary>
    internal sealed class ContentKey : IEquatable<ContentKey>
    {
        private readonly ImmutableArray<byte> _checksum;
        private readonly int _hash;

        private ContentKey(string path, int length, ImmutableArray<byte> checksum)
        {
            Path = path;
            Length = length;
            _checksum = checksum;
            unchecked
            {
                var hash = StringComparer.Ordinal.GetHashCode(path) * 31 + length;
                for (var i = 0; i < Math.Min(8, checksum.Length); i++)
                {
                    hash = hash * 31 + checksum[i];
                }

                _hash = hash;
            }
        }

        public string Path { get; }

        public int Length { get; }

        public static ContentKey Of(SourceText text, string relativePath) => new(relativePath, text.Length, text.GetChecksum());

        public bool Equals(ContentKey? other)
        {
            if (other is null || _hash != other._hash || Length != other.Length || Path != other.Path || _checksum.Length != other._checksum.Length)
            {
                return false;
            }

            for (var i = 0; i < _checksum.Length; i++)
            {
                if (_checksum[i] != other._checksum[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ContentKey);

        public override int GetHashCode() => _hash;
    }
}
