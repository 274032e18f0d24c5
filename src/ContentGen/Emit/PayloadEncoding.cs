using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace ContentGen.Emit
{
    /// <summary>
    /// How an article's packed text (<see cref="ArticlePayloadWriter.Encode"/>) is written into its literal where the
    /// target can inflate it: UTF-8, deflated (news prose shrinks to about half), then spelled in characters that are
    /// inert in any literal. The generated <c>ArticlePayload</c> undoes it.
    /// </summary>
    /// <remarks>
    /// A string literal is stored as UTF-16, two bytes a character, so its alphabet is 16,384 characters, each carrying
    /// 14 bits: the CJK Unified Ideographs U+4E00–U+8DFF, letters assigned since Unicode 1.1, never format, bidi or
    /// combining characters. Deflated news in this form takes about 0.6 bytes of assembly per byte of article (base64
    /// would take 1.3). UTF-8 data is one byte a character, so there base64 is the denser form.
    /// </remarks>
    internal static class PayloadEncoding
    {
        /// <summary>The first character of the 14-bit alphabet; the first character of a literal says how many padding bytes to drop.</summary>
        public const char Base16384First = '\u4E00';

        public static byte[] Deflate(string packed, out int length)
        {
            // Escape has already written every unpaired surrogate as \uXXXX, so UTF-8 holds the text exactly.
            var bytes = Encoding.UTF8.GetBytes(packed);
            using var output = new MemoryStream(bytes.Length / 2 + 64);
            using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(bytes, 0, bytes.Length);
            }

            length = (int)output.Length;
            return output.GetBuffer();
        }

        /// <summary>
        /// 14 bits a character, most significant first, the last character padded with zeros. The decoder reads
        /// <c>floor(14 n / 8)</c> bytes from n characters, one more than written when the padding is 8 bits or more: the
        /// first character (U+4E00 or U+4E01) says whether to drop it.
        /// </summary>
        public static string ToBase16384(byte[] bytes, int length)
        {
            var chars = new StringBuilder(2 + (length * 8 + 13) / 14);
            chars.Append(Base16384First);
            int buffer = 0, bits = 0;
            for (var i = 0; i < length; i++)
            {
                buffer = (buffer << 8) | bytes[i];
                bits += 8;
                if (bits >= 14)
                {
                    bits -= 14;
                    chars.Append((char)(Base16384First + ((buffer >> bits) & 0x3FFF)));
                    buffer &= (1 << bits) - 1;
                }
            }

            if (bits > 0)
            {
                chars.Append((char)(Base16384First + ((buffer << (14 - bits)) & 0x3FFF)));
                if (14 - bits >= 8)
                {
                    chars[0] = (char)(Base16384First + 1);
                }
            }

            return chars.ToString();
        }

        public static string ToBase64(byte[] bytes, int length) => Convert.ToBase64String(bytes, 0, length);
    }
}
