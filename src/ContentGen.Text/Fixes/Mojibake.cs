using System.Text;

namespace ContentGen.Text.Fixes
{
    /// <summary>UTF-8 text that was decoded as Windows-1252, turned back into what was written.</summary>
    internal static class Mojibake
    {
        // Windows-1252's characters for the bytes 0x80–0x9F (0 where the code page has none); the other bytes map to
        // the Latin-1 character of the same number.
        private static readonly char[] High =
        {
            '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0',
            '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
        };

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

        /// <summary>The text meant, or null when the characters are not one whole UTF-8 sequence read as Windows-1252.</summary>
        public static string? Repair(string garbled)
        {
            if (garbled.Length is < 2 or > 4)
            {
                return null;
            }

            var bytes = new byte[garbled.Length];
            for (var i = 0; i < garbled.Length; i++)
            {
                if (Byte(garbled[i]) is not { } b)
                {
                    return null;
                }

                bytes[i] = b;
            }

            try
            {
                var repaired = StrictUtf8.GetString(bytes);
                return repaired.Length is 1 or 2 && repaired != garbled ? repaired : null;
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        private static byte? Byte(char c)
        {
            if (c < 0x80 || c is >= '\u00A0' and <= '\u00FF')
            {
                return (byte)c;
            }

            var index = System.Array.IndexOf(High, c);
            return index >= 0 && c != '\0' ? (byte)(0x80 + index) : null;
        }
    }
}
