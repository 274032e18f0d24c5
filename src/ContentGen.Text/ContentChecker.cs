using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Text
{
    /// <summary>
    /// The engine's front door: articles and a glossary in, findings and stories out. It owns the order the rules
    /// run in, acceptance (front matter and glossary <c>accept:</c> lines), CG0001 for a file the engine fails on and
    /// CG0003 for glossary lines. The analyzer, the generator's corpus step and the command line only adapt it: the
    /// analyzer maps findings to locations and caches parses, the command line reads files and prints.
    /// </summary>
    internal sealed class ContentChecker
    {
        /// <summary>CG0002, reported by the analyzer: two articles that the generator's naming gives one name.</summary>
        public static RuleInfo DuplicateName { get; } = new(RuleIds.DuplicateName, "Two articles resolve to the same name", RuleCategory.Files);

        /// <summary>CG0004, reported by the analyzer: project settings the generated code cannot work with.</summary>
        public static RuleInfo ProjectSettings { get; } = new(RuleIds.ProjectSettings, "Project settings the generated code cannot work with", RuleCategory.Files);

        /// <summary>Every diagnostic ContentGen reports, in ID order, each once (two rules may report one ID).</summary>
        public static IReadOnlyList<RuleInfo> Rules { get; } = ArticleChecks.Rules.Select(r => r.Info)
            .Concat(CorpusChecks.Rules.Select(r => r.Info))
            .Concat(new[] { DuplicateName, ProjectSettings, StaleAcceptance.Metadata })
            .GroupBy(info => info.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(info => info.Id, StringComparer.Ordinal)
            .ToList();

        /// <summary>A checker over these articles as one corpus (every cross-article comparison stays inside it).</summary>
        public ContentChecker(IEnumerable<ArticleText> articles, Glossary? glossary = null)
            : this(new CorpusIndex(articles, glossary))
        {
        }

        /// <summary>A checker over a corpus index the host already has (the analyzer keeps one per project and updates it).</summary>
        public ContentChecker(CorpusIndex corpus) => Corpus = corpus;

        public CorpusIndex Corpus { get; }

        public Glossary Glossary => Corpus.Glossary;

        /// <summary>
        /// An article's parse, or, when the engine throws on its text (a bug in ContentGen), an empty parse and the
        /// CG0001 finding to report instead of its findings.
        /// </summary>
        public static ArticleText Read(string path, string text, out Finding? failure)
        {
            try
            {
                failure = null;
                return new ArticleText(ArticleParser.Parse(path, text), text);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = Finding.EngineFailure(e);
                return new ArticleText(ArticleParser.Parse(path, string.Empty), text);
            }
        }

        /// <summary>
        /// Every finding on one article: the single-article rules, then, when the article is part of this corpus, the
        /// cross-article ones; accepted findings dropped. An exception in a rule becomes one CG0001 on the article.
        /// </summary>
        public List<Finding> Check(ArticleText article) => Check(article, Corpus);

        /// <summary>The single-article rules alone (the command line's <c>--no-cross</c>).</summary>
        public static List<Finding> CheckAlone(ArticleText article, Glossary? glossary = null) => Check(article, null, glossary);

        private static List<Finding> Check(ArticleText article, CorpusIndex? corpus, Glossary? glossary = null)
        {
            try
            {
                var found = ArticleChecks.Run(article, corpus?.Glossary ?? glossary);
                if (corpus?.Find(article.Article.Path) is { } own)
                {
                    found.AddRange(CorpusChecks.Run(own, corpus));
                }

                // One bad file never floods the output (every host reports through here).
                return FindingLimit.Apply(found);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new List<Finding> { Finding.EngineFailure(e) };
            }
        }

        /// <summary>
        /// CG0003 for each glossary line that could not be read, and CG0005 for each acceptance that accepts no finding
        /// in the corpus (which checks the articles it names), in line order.
        /// </summary>
        public IEnumerable<Finding> CheckGlossary() =>
            CheckGlossary(Glossary).Concat(StaleAcceptance.InGlossary(Corpus)).OrderBy(f => f.Range.Start).ToList();

        /// <summary>CG0003 for each line of <paramref name="glossary"/> that could not be read, at that line.</summary>
        public static IEnumerable<Finding> CheckGlossary(Glossary glossary) =>
            glossary.Issues.Select(issue => new Finding(RuleIds.MalformedLine, issue.Range, $"Line {issue.Line}: {issue.Message}"));

        /// <summary>
        /// The stories, each with its articles' paths in path order and the first article's title, in order of their
        /// first path: the same list as the generated <c>Articles.Stories</c>.
        /// </summary>
        public IReadOnlyList<ArticleStory> Stories => Corpus.StoryPaths
            .Select(paths => new ArticleStory(Corpus.Find(paths[0])?.Parsed.Title ?? string.Empty, paths))
            .ToList();
    }

    /// <summary>One story: the title of its first article, and its articles' paths in path order.</summary>
    public sealed record ArticleStory(string Title, IReadOnlyList<string> Paths);
}
