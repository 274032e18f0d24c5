using ContentGen.Text.Model;

namespace ContentGen.Text.Tokens
{
    /// <summary>
    /// The strings of tokens, shared: prose repeats its words ("the", "said", names, punctuation), and allocating a new
    /// string for each occurrence made tokenizing the largest source of garbage in a parse. A fixed-size table indexed
    /// by a hash of the characters keeps the last string seen for each slot; a hit returns it, a miss allocates and
    /// takes the slot. Memory stays bounded whatever the input, and sharing between threads is safe: a slot holds a
    /// complete string or another one, and every hit is checked character by character.
    /// </summary>
    internal static class TokenStrings
    {
        private const int Slots = 1 << 14;
        private const int MaxLength = 24;
        private static readonly string?[] Table = new string?[Slots];

        public static string Get(string text, int start, int length)
        {
            if (length > MaxLength)
            {
                return text.Substring(start, length);
            }

            var slot = (int)(StableHash.Of(text, start, length) & (Slots - 1));
            var cached = Table[slot];
            if (cached is not null && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0)
            {
                return cached;
            }

            var fresh = text.Substring(start, length);
            Table[slot] = fresh;
            return fresh;
        }
    }
}
