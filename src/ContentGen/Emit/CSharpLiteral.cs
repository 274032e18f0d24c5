using System.Globalization;
using System.Text;

namespace ContentGen.Emit
{
    /// <summary>
    /// Writes any text as an inert C# literal or doc comment. Quotes, backslashes, control characters, bidi and
    /// other invisible format characters, line separators, unpaired surrogates and unassigned code points are all
    /// escaped as <c>\uXXXX</c>, so article text can never end a literal, change how code reads (Trojan Source,
    /// CVE-2021-42574) or make the compiler warn.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string String(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); continue;
                    case '\\': builder.Append("\\\\"); continue;
                    case '\n': builder.Append("\\n"); continue;
                    case '\r': builder.Append("\\r"); continue;
                    case '\t': builder.Append("\\t"); continue;
                    case '\0': builder.Append("\\0"); continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    // A valid pair is one printable character; keep it unless it is itself a format character (tags).
                    var category = CharUnicodeInfo.GetUnicodeCategory(value, i);
                    if (IsSafe(category))
                    {
                        builder.Append(c).Append(value[i + 1]);
                    }
                    else
                    {
                        AppendEscape(builder, c);
                        AppendEscape(builder, value[i + 1]);
                    }

                    i++;
                    continue;
                }

                if (char.IsSurrogate(c) || !IsSafe(CharUnicodeInfo.GetUnicodeCategory(c)))
                {
                    AppendEscape(builder, c);
                }
                else
                {
                    builder.Append(c);
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>
        /// A verbatim literal (<c>@"..."</c>) of text that is already inert (see <see cref="InertWidth"/>): only the
        /// quotation mark needs doubling. The compiler's lexer does not keep verbatim literals in its shared string table.
        /// </summary>
        public static string Verbatim(string inert)
        {
            var builder = new StringBuilder(inert.Length + 3);
            builder.Append("@\"");
            foreach (var c in inert)
            {
                builder.Append(c);
                if (c == '"')
                {
                    builder.Append('"');
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>
        /// How many UTF-16 units starting at <paramref name="index"/> may stand as written in source (1, or 2 for a
        /// printable surrogate pair); 0 for a character that must be escaped: a control, format (bidi, zero-width),
        /// line or paragraph separator, private-use or unassigned character, or a surrogate that is no printable pair.
        /// </summary>
        public static int InertWidth(string value, int index)
        {
            var c = value[index];
            if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                return IsSafe(CharUnicodeInfo.GetUnicodeCategory(value, index)) ? 2 : 0;
            }

            return char.IsSurrogate(c) || !IsSafe(CharUnicodeInfo.GetUnicodeCategory(c)) ? 0 : 1;
        }

        /// <summary>True when UTF-8 cannot represent the text (it holds an unpaired surrogate), so no <c>u8</c> literal can.</summary>
        public static bool HasUnpairedSurrogate(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return true;
                }
            }

            return false;
        }

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Text for an XML doc comment: one line, XML-escaped, invisible and control characters dropped.</summary>
        public static string XmlDoc(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (char.IsSurrogate(c) || !IsSafe(category) || char.IsWhiteSpace(c))
                {
                    if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
                    {
                        builder.Append(' ');
                    }

                    continue;
                }

                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default: builder.Append(c); break;
                }
            }

            var result = builder.ToString().Trim();
            return result.Length > 200 ? result.Substring(0, 199) + "…" : result;
        }

        private static StringBuilder AppendEscape(StringBuilder builder, char c) =>
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

        private static bool IsSafe(UnicodeCategory category) => category switch
        {
            UnicodeCategory.Control => false,
            UnicodeCategory.Format => false,
            UnicodeCategory.LineSeparator => false,
            UnicodeCategory.ParagraphSeparator => false,
            UnicodeCategory.OtherNotAssigned => false,
            UnicodeCategory.PrivateUse => false,
            UnicodeCategory.Surrogate => false,
            _ => true,
        };
    }
}
