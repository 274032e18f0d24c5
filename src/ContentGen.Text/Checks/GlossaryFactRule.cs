using System;
using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2005: a figure that contradicts a curated fact in the glossary (<c>fact: some 2,000 peacekeepers when
    /// Karabakh</c>): same thing counted, in an article that mentions the fact's <c>when</c> phrase, and a value
    /// that cannot be true together with the fact.
    /// </summary>
    internal sealed class GlossaryFactRule : ICorpusRule
    {
        public static RuleInfo Metadata { get; } = new(RuleIds.GlossaryFact, "Figure contradicts a glossary fact", RuleCategory.Consistency);

        public RuleInfo Info => Metadata;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            foreach (var fact in corpus.Glossary.Facts)
            {
                if (fact.When is { } when && article.Article.Text.IndexOf(when, StringComparison.OrdinalIgnoreCase) < 0)
                {
                    continue;
                }

                var unit = FigureComparison.UnitKey(fact.Figure.Unit);
                foreach (var key in article.Figures)
                {
                    var figure = key.Figure;
                    if (key.Unit == unit && !FigureComparison.CanBothBeTrue(figure, fact.Figure))
                    {
                        findings.Add(new Finding(Info.Id, figure.Range,
                            $"'{figure.Text}' contradicts the glossary fact '{fact.Text}' ({GlossaryParser.FileName}, line {fact.Line}); correct the figure or the fact",
                            corpus.Glossary.Path.Length == 0 ? null : new RelatedLocation(corpus.Glossary.Path, fact.Range)));
                    }
                }
            }
        }
    }
}
