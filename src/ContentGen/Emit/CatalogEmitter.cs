using System.Collections.Generic;
using System.Linq;
using ContentGen.Generation.Model;
using ContentGen.Text.Model;

namespace ContentGen.Emit
{
    /// <summary>
    /// Emits the catalog part of the <c>Articles</c> class: <c>All</c>, <c>Find</c>, <c>Stories</c> and <c>StoryOf</c>.
    /// Each article's own member is emitted with the article (<see cref="ArticleEmitter"/>), so that an edit of an article
    /// leaves this file alone.
    /// </summary>
    internal static class CatalogEmitter
    {
        public static GeneratedFile Emit(CatalogModel catalog, OutputOptions options)
        {
            var ns = "global::" + options.Settings.Namespace;
            var ordered = catalog.Names;

            var w = GeneratedCode.Start(options.Settings.Namespace);
            w.Summary("Every article of the project, each also as a member named after its slug. Generated from the project's article files by ContentGen.");
            w.Line(GeneratedCode.Attribute);
            w.Line("public static partial class Articles");
            w.Open();
            w.Summary("All articles, in order of path.");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{ns}.Article> All => __Catalog.All;");
            w.Line();
            w.Summary("The stories: articles that report the same event, so an app can show \"also reported by\". An article alone on its story is a story of one.");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{ns}.Story> Stories => __Catalog.Stories;");
            w.Line();
            w.Summary("The story an article belongs to.");
            w.Line($"public static {ns}.Story StoryOf({ns}.Article article) => __Catalog.StoryByPath[article.Path];");
            w.Line();
            w.Summary("The article with this slug (ignoring case), or null.");
            w.Line($"public static {ns}.Article? Find(string slug)");
            w.Open();
            w.Line("if (slug is null)");
            w.Open().Line("return null;").Close();
            w.Line();
            w.Line("return __Catalog.BySlug.TryGetValue(slug, out var index) ? __Catalog.All[index] : null;");
            w.Close();
            w.Line();

            // Built on first use of All or Find, so that touching one article does not create them all.
            w.Line("private static class __Catalog");
            w.Open();
            w.Line($"internal static readonly {ns}.Article[] All = new {ns}.Article[]");
            w.Open();
            foreach (var name in ordered)
            {
                w.Line($"{name.PropertyName},");
            }

            w.Close("};");
            w.Line();
            // Stories as indexes into All, each story ended by -1: a constant table is stored as data, where a
            // constructor call per story and an Add per slug were code for the compiler to bind, thousands of times.
            var indexByPath = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (var i = 0; i < ordered.Count; i++)
            {
                indexByPath[ordered[i].Path] = i;
            }

            var table = new List<int>();
            foreach (var story in catalog.Stories)
            {
                var members = story.Paths.Where(indexByPath.ContainsKey).Select(p => indexByPath[p]).ToList();
                if (members.Count > 0)
                {
                    table.AddRange(members);
                    table.Add(-1);
                }
            }

            w.Line("private static readonly int[] StoryTable = new int[] { " + string.Join(", ", table.Select(CSharpLiteral.Int)) + (table.Count > 0 ? " };" : "};"));
            w.Line();
            w.Summary("Each story's slug and title are its first article's.");
            w.Line($"internal static readonly {ns}.Story[] Stories = CreateStories();");
            w.Line();
            w.Line($"internal static readonly global::System.Collections.Generic.Dictionary<string, {ns}.Story> StoryByPath = CreateStoryIndex();");
            w.Line();
            w.Line("internal static readonly global::System.Collections.Generic.Dictionary<string, int> BySlug = CreateIndex();");
            w.Line();
            w.Line($"private static {ns}.Story[] CreateStories()");
            w.Open();
            w.Line($"var stories = new global::System.Collections.Generic.List<{ns}.Story>();");
            w.Line($"var members = new global::System.Collections.Generic.List<{ns}.Article>();");
            w.Line("foreach (var index in StoryTable)");
            w.Open();
            w.Line("if (index >= 0)");
            w.Open().Line("members.Add(All[index]);").Line("continue;").Close();
            w.Line();
            w.Line($"stories.Add(new {ns}.Story(members[0].Slug, members[0].Title, members.ToArray()));");
            w.Line("members.Clear();");
            w.Close();
            w.Line();
            w.Line("return stories.ToArray();");
            w.Close();
            w.Line();
            w.Line($"private static global::System.Collections.Generic.Dictionary<string, {ns}.Story> CreateStoryIndex()");
            w.Open();
            w.Line($"var index = new global::System.Collections.Generic.Dictionary<string, {ns}.Story>(global::System.StringComparer.Ordinal);");
            w.Line("foreach (var story in Stories)");
            w.Open();
            w.Line("foreach (var article in story.Articles)");
            w.Open();
            w.Line("index[article.Path] = story;");
            w.Close();
            w.Close();
            w.Line();
            w.Line("return index;");
            w.Close();
            w.Line();
            w.Line("private static global::System.Collections.Generic.Dictionary<string, int> CreateIndex()");
            w.Open();
            w.Line("var index = new global::System.Collections.Generic.Dictionary<string, int>(global::System.StringComparer.OrdinalIgnoreCase);");
            w.Line("for (var i = 0; i < All.Length; i++)");
            w.Open();
            w.Line("// Two articles with one slug are CG0002; Find returns the first by path.");
            w.Line("if (!index.ContainsKey(All[i].Slug))");
            w.Open().Line("index.Add(All[i].Slug, i);").Close();
            w.Close();
            w.Line();
            w.Line("return index;");
            w.Close();
            w.Close();
            w.Close();
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// The named facts of each article, as constants in a class named like the article's member on <c>Articles</c>:");
            w.Line("/// <c>ArticleFacts.&lt;Name&gt;.People.&lt;CanonicalName&gt;</c> and <c>ArticleFacts.&lt;Name&gt;.Figures.&lt;Unit&gt;</c>.");
            w.Line("/// Code that uses one stops compiling when an edit of the article removes it. An article's class is generated once");
            w.Line("/// code names it (<c>ArticleFacts.SochiTalks</c>); the article's member on <c>Articles</c> lists its facts. With");
            w.Line("/// <c>&lt;ContentGenFacts&gt;All&lt;/ContentGenFacts&gt;</c> every article has one (for a library whose users name them).");
            w.Line("/// </summary>");
            w.Line(GeneratedCode.Attribute);
            w.Line("public static partial class ArticleFacts");
            w.Open().Close();
            w.Close();
            return new GeneratedFile("ContentGen.Articles.g.cs", w.ToString());
        }
    }
}
