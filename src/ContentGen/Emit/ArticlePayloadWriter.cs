using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ContentGen.Generation.Model;
using ContentGen.Text.Model;

namespace ContentGen.Emit
{
    /// <summary>
    /// Packs an article's text and data into one string, which the generated code embeds as a single verbatim literal
    /// (compressed where the target can inflate it: <see cref="Embed"/>) and the generated <c>ArticlePayload</c> class
    /// unpacks on first use. One
    /// literal per article, instead of an expression per paragraph, quote, person and figure, keeps the generated code
    /// small: nothing for the compiler to bind and nothing for the project's other analyzers to walk.
    /// </summary>
    /// <remarks>
    /// Format, read in this order: a string is <c>length:chars</c> (length in UTF-16 units) or <c>~</c> for null; a
    /// number is <c>digits;</c>; a list is its count, then its items. Lengths are explicit, so the text may hold any
    /// character. Fields: slug, title, kicker, source, credit, author, path, date (year, month, day; 0 for none), tags,
    /// paragraphs, quotes (paragraph index, text, speaker), people (name, canonical name, spellings), figures (paragraph
    /// index, value, unit, text, qualifier). A quote's or figure's text found in its paragraph is written as
    /// <c>^offset;length;</c> instead.
    /// <para>
    /// The packed string is then made inert (<see cref="Escape"/>): a backslash is doubled and every character that
    /// could hide in or disturb source (controls, bidi and other format characters, line separators, surrogates that are
    /// no printable pair) becomes <c>\uXXXX</c>. The reader undoes this first. Escaping here, rather than with C#
    /// escapes, lets the literal be verbatim (<c>@"..."</c>): the compiler's lexer keeps no copy of a verbatim literal
    /// in its process-wide string table, where a regular literal's text and value stay after every edit of an article
    /// in the IDE (see docs/benchmarks.md, section 8).
    /// </para>
    /// </remarks>
    internal static class ArticlePayloadWriter
    {
        /// <summary>
        /// The literal's text for an article: <see cref="Encode"/>d, then, where the target can inflate it, deflated and
        /// spelled in base 16,384 for a string literal, in base64 for UTF-8 data (<see cref="PayloadEncoding"/>).
        /// </summary>
        public static string Embed(ArticleSpec article, EquatableArray<string> canonicalNames, bool compress, bool utf8)
        {
            var packed = Encode(article, canonicalNames);
            if (!compress)
            {
                return packed;
            }

            var deflated = PayloadEncoding.Deflate(packed, out var length);
            return utf8 ? PayloadEncoding.ToBase64(deflated, length) : PayloadEncoding.ToBase16384(deflated, length);
        }

        public static string Encode(ArticleSpec article, EquatableArray<string> canonicalNames)
        {
            var b = new StringBuilder(256 + article.Paragraphs.Sum(p => p.Length + 8));
            Text(b, article.Slug);
            Text(b, article.Title);
            Text(b, article.Kicker);
            Text(b, article.Source);
            Text(b, article.Credit);
            Text(b, article.Author);
            Text(b, article.Path);
            Number(b, article.Date?.Year ?? 0);
            Number(b, article.Date?.Month ?? 0);
            Number(b, article.Date?.Day ?? 0);
            Texts(b, article.Tags);
            Number(b, article.Paragraphs.Count);
            foreach (var paragraph in article.Paragraphs)
            {
                Text(b, paragraph);
            }

            Number(b, article.Quotes.Count);
            foreach (var quote in article.Quotes)
            {
                Number(b, quote.Paragraph);
                TextIn(b, article.Paragraphs, quote.Paragraph, quote.Text);
                Text(b, quote.Speaker);
            }

            Number(b, article.People.Count);
            for (var i = 0; i < article.People.Count; i++)
            {
                var person = article.People[i];
                Text(b, person.Name);
                Text(b, i < canonicalNames.Count ? canonicalNames[i] : person.Name);
                Texts(b, person.Spellings);
            }

            Number(b, article.Figures.Count);
            foreach (var figure in article.Figures)
            {
                Number(b, figure.Paragraph);
                Text(b, figure.Value.ToString(CultureInfo.InvariantCulture));
                Text(b, figure.Unit);
                TextIn(b, article.Paragraphs, figure.Paragraph, figure.Text);
                Text(b, figure.Qualifier);
            }

            return Escape(b.ToString());
        }

        /// <summary>Doubles each backslash and writes every character <see cref="CSharpLiteral.IsInert"/> rejects as <c>\uXXXX</c>.</summary>
        public static string Escape(string packed)
        {
            var b = new StringBuilder(packed.Length + 16);
            for (var i = 0; i < packed.Length;)
            {
                var width = CSharpLiteral.InertWidth(packed, i);
                if (width > 0)
                {
                    if (packed[i] == '\\')
                    {
                        b.Append('\\');
                    }

                    b.Append(packed, i, width);
                    i += width;
                }
                else
                {
                    b.Append("\\u").Append(((int)packed[i]).ToString("X4", CultureInfo.InvariantCulture));
                    i++;
                }
            }

            return b.ToString();
        }

        private static void Text(StringBuilder b, string? value)
        {
            if (value is null)
            {
                b.Append('~');
                return;
            }

            b.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        /// <summary>
        /// A quotation's or figure's text, which mostly stands in its paragraph: then only where (<c>^offset;length;</c>),
        /// so the assembly does not hold the words twice.
        /// </summary>
        private static void TextIn(StringBuilder b, EquatableArray<string> paragraphs, int paragraph, string text)
        {
            var offset = paragraph >= 0 && paragraph < paragraphs.Count && text.Length > 0 ? paragraphs[paragraph].IndexOf(text, System.StringComparison.Ordinal) : -1;
            if (offset < 0)
            {
                Text(b, text);
                return;
            }

            b.Append('^');
            Number(b, offset);
            Number(b, text.Length);
        }

        private static void Texts(StringBuilder b, EquatableArray<string> values)
        {
            Number(b, values.Count);
            foreach (var value in values)
            {
                Text(b, value);
            }
        }

        private static void Number(StringBuilder b, int value) => b.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
    }
}
