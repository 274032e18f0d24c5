using System.Collections.Generic;
using System.Text;
using ContentGen.Generation.Model;

namespace ContentGen.Emit
{
    /// <summary>
    /// Writes one generated file from its articles' members (<see cref="ArticleEmitter"/>): one declaration of
    /// <c>Articles</c> holding every article's members, then, if any article has a facts holder, one declaration of
    /// <c>ArticleFacts</c> holding the holders.
    /// </summary>
    /// <remarks>
    /// Not a declaration per article: the compiler pays for each partial declaration of a type (about 0.2 ms each to
    /// bind, so 2 s at 10,000 articles, where a file holds about 40 of them; docs/benchmarks.md, section 8, ninth
    /// session). The members are emitted and kept per article, so joining them is all an edit costs here.
    /// </remarks>
    internal static class ArticleFileWriter
    {
        /// <summary>Members sit inside the namespace and the class.</summary>
        public const int MemberIndent = 2;

        private const string Indent = "    ";

        public static string Write(IReadOnlyList<ArticleSource> articles)
        {
            var length = 512;
            var hasFacts = false;
            foreach (var article in articles)
            {
                length += article.Members.Length + article.Facts.Length + 2;
                hasFacts |= article.Facts.Length > 0;
            }

            var builder = new StringBuilder(length);
            var header = GeneratedCode.Start(articles[0].Namespace);
            builder.Append(header.ToString());
            Class(builder, "Articles", articles, static a => a.Members);
            if (hasFacts)
            {
                builder.Append('\n');
                Class(builder, "ArticleFacts", articles, static a => a.Facts);
            }

            builder.Append("}\n");
            return builder.ToString();
        }

        private static void Class(StringBuilder builder, string name, IReadOnlyList<ArticleSource> articles, System.Func<ArticleSource, string> part)
        {
            builder.Append(Indent).Append("public static partial class ").Append(name).Append('\n');
            builder.Append(Indent).Append("{\n");
            var first = true;
            foreach (var article in articles)
            {
                var text = part(article);
                if (text.Length == 0)
                {
                    continue;
                }

                if (!first)
                {
                    builder.Append('\n');
                }

                builder.Append(text);
                first = false;
            }

            builder.Append(Indent).Append("}\n");
        }
    }
}
