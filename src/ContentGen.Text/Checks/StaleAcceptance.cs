using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG0005: an <c>accept:</c> line, in front matter or the glossary, that accepts no finding — the text it accepted
    /// was edited away, or the rule no longer flags it. Reported at the line, so stale acceptances do not pile up and
    /// hide a later, real finding. A front-matter acceptance is judged by the pass that runs its rule (single-article
    /// or cross-article); <c>accept: CG0005</c> in an article turns the report off for that article.
    /// </summary>
    internal static class StaleAcceptance
    {
        public const string Id = RuleIds.StaleAccept;

        public static RuleInfo Metadata { get; } = new(RuleIds.StaleAccept, "Accepted finding that no longer occurs", RuleCategory.Files);

        private static readonly HashSet<string> ArticleRuleIds = new(ArticleChecks.Rules.Select(r => r.Info.Id), StringComparer.OrdinalIgnoreCase);
        private static readonly HashSet<string> CorpusRuleIds = new(CorpusChecks.Rules.Select(r => r.Info.Id), StringComparer.OrdinalIgnoreCase);

        // Reported by the build host, not the engine (and this rule's own ID): whether they would fire is not known here.
        private static readonly HashSet<string> HostRuleIds = new(StringComparer.OrdinalIgnoreCase) { RuleIds.DuplicateName, RuleIds.ProjectSettings, RuleIds.StaleAccept };

        /// <summary>
        /// The article's front-matter acceptances that this pass can judge and that accept none of
        /// <paramref name="unfiltered"/> (the pass's findings before acceptances).
        /// </summary>
        public static List<Finding> InArticle(ArticleText article, List<Finding> unfiltered, bool corpusPass)
        {
            var stale = new List<Finding>();
            var parsed = article.Article;
            if (parsed.Accepted.Count == 0 || parsed.Accepted.Any(a => string.Equals(AcceptEntry.Parse(a).RuleId, Id, StringComparison.OrdinalIgnoreCase)))
            {
                return stale;
            }

            for (var i = 0; i < parsed.Accepted.Count; i++)
            {
                var entry = AcceptEntry.Parse(parsed.Accepted[i]);
                var range = i < parsed.AcceptRanges.Count ? parsed.AcceptRanges[i] : default;
                if (HostRuleIds.Contains(entry.RuleId) || CorpusRuleIds.Contains(entry.RuleId) != corpusPass)
                {
                    continue;
                }

                if (!corpusPass && !ArticleRuleIds.Contains(entry.RuleId))
                {
                    stale.Add(new Finding(Id, range, $"'accept: {MessageText.Short(parsed.Accepted[i])}' names no ContentGen rule; remove the line or correct the ID"));
                    continue;
                }

                // A rule ID both passes report (CG1001: boilerplate in the article, furniture repeated across articles)
                // is stale only when neither pass has a finding it accepts.
                if (unfiltered.Any(f => Acceptance.Covers(entry, f, article.Text))
                    || (corpusPass && ArticleRuleIds.Contains(entry.RuleId) && ArticleChecks.Find(article, entry.RuleId).Any(f => Acceptance.Covers(entry, f, article.Text))))
                {
                    continue;
                }

                stale.Add(new Finding(Id, range, Message(parsed.Accepted[i], entry, "this article")));
            }

            return stale;
        }

        /// <summary>
        /// The glossary's acceptances that accept no finding in the articles they name (or in any article), reported on the
        /// glossary. Checks only the articles it has to, and stops at the first finding an acceptance accepts.
        /// </summary>
        public static List<Finding> InGlossary(CorpusIndex corpus)
        {
            var stale = new List<Finding>();
            var findingsOf = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
            List<Finding> FindingsOf(CorpusArticle article)
            {
                if (!findingsOf.TryGetValue(article.Path, out var found))
                {
                    found = ArticleChecks.Find(article.Article);
                    found.AddRange(CorpusChecks.Find(article, corpus));
                    findingsOf[article.Path] = found;
                }

                return found;
            }

            foreach (var accept in corpus.Glossary.Accepted)
            {
                var entry = (accept.RuleId, accept.Text);
                var written = $"{accept.RuleId}{(accept.Text is null ? "" : $" \"{accept.Text}\"")}{(accept.File is null ? "" : $" in {accept.File}")}";
                if (HostRuleIds.Contains(accept.RuleId))
                {
                    continue;
                }

                if (!ArticleRuleIds.Contains(accept.RuleId) && !CorpusRuleIds.Contains(accept.RuleId))
                {
                    stale.Add(new Finding(Id, accept.Range, $"Line {accept.Line}: 'accept: {MessageText.Short(written)}' names no ContentGen rule; remove the line or correct the ID"));
                    continue;
                }

                var articles = accept.File is null
                    ? corpus.Articles
                    : corpus.Articles.Where(a => string.Equals(a.FileName, accept.File, StringComparison.OrdinalIgnoreCase)).ToList();
                if (accept.File is not null && articles.Count == 0)
                {
                    stale.Add(new Finding(Id, accept.Range, $"Line {accept.Line}: 'accept: {MessageText.Short(written)}' names no article of the project; remove the line or correct the file name"));
                    continue;
                }

                if (!articles.Any(a => FindingsOf(a).Any(f => Acceptance.Covers(entry, f, a.Article.Text))))
                {
                    stale.Add(new Finding(Id, accept.Range, $"Line {accept.Line}: {Message(written, entry, accept.File ?? "any article")}"));
                }
            }

            return stale;
        }

        private static string Message(string written, (string RuleId, string? Text) entry, string where) =>
            $"'accept: {MessageText.Short(written)}' accepts nothing: no {entry.RuleId} finding{(entry.Text is null ? "" : $" on '{MessageText.Short(entry.Text)}'")} in {where}; remove the line so that old acceptances do not hide new findings";
    }
}
