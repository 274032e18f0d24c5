using System.Collections.Generic;
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

        /// <summary>The file's text as one string (tests; the generator reads the <see cref="Parts"/>).</summary>
        public static string Write(IReadOnlyList<ArticleSource> articles) => string.Concat(Parts(articles));

        /// <summary>
        /// The file's text in order: the declarations around the articles and each article's members as the emitter
        /// wrote them (the same strings, not copies).
        /// </summary>
        public static List<string> Parts(IReadOnlyList<ArticleSource> articles)
        {
            var hasFacts = false;
            foreach (var article in articles)
            {
                hasFacts |= article.Facts.Length > 0;
            }

            var parts = new List<string>(articles.Count * 4 + 8) { GeneratedCode.Start(articles[0].Namespace).ToString() };
            Class(parts, "Articles", articles, static a => a.Members);
            if (hasFacts)
            {
                parts.Add("\n");
                Class(parts, "ArticleFacts", articles, static a => a.Facts);
            }

            parts.Add("}\n");
            return parts;
        }

        private static void Class(List<string> parts, string name, IReadOnlyList<ArticleSource> articles, System.Func<ArticleSource, string> part)
        {
            parts.Add(Indent + "public static partial class " + name + "\n" + Indent + "{\n");
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
                    parts.Add("\n");
                }

                parts.Add(text);
                first = false;
            }

            parts.Add(Indent + "}\n");
        }
    }
}
