using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2002: the same figure given with values that cannot both be true by articles on the same story: same
    /// quantity counted (unit, and what the figure is bound to in its sentence: <see cref="FigureBinding"/>), disjoint
    /// ranges once qualifiers are taken into account. Compared with the articles that report the event directly, and
    /// with the rest of the story where both sentences say enough (four content words or more).
    /// </summary>
    internal sealed class FigureConflictRule : ICorpusRule
    {
        private const int MaxCandidates = 64;

        // A bounded number of the story's other articles, so that one very large story does not make it quadratic.
        private const int MaxRestOfStory = 32;

        // Beyond the articles that report the event directly, a sentence of fewer content words says too little to be
        // the same statement: two products' "top speed is 124 mph" in two reviews grouped in one story.
        private const int MinWordsBeyondDirect = 4;

        public static RuleInfo Metadata { get; } = new(RuleIds.FigureConflict, "Figure conflicts with another article on the same story", RuleCategory.Consistency);

        public RuleInfo Info => Metadata;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            // The articles that report the event directly first (a finding points at the most similar), then the rest of
            // the story, where only figures in sentences that say enough are compared.
            var others = corpus.DirectlyRelated(article).Select(o => (o, true)).ToList();
            others.AddRange(corpus.RestOfStory(article).Take(MaxRestOfStory).Select(o => (o, false)));
            if (others.Count == 0)
            {
                return;
            }

            foreach (var key in article.Figures)
            {
                if (FigureComparison.Comparable(key) && FindConflict(key, others) is { } conflict)
                {
                    var (other, theirs) = conflict;
                    findings.Add(new Finding(Info.Id, key.Figure.Range,
                        $"'{key.Figure.Text}' conflicts with '{theirs.Figure.Text}' in {other.Where(theirs.Figure.Range)}, same story; check which figure is right",
                        new RelatedLocation(other.Path, theirs.Figure.Range)));
                }
            }
        }

        // The first figure in the related articles that states the same thing with a value that cannot also be true;
        // none when any of them states it with a value that can: the figure is corroborated, and the others that
        // differ count something else (another district's toll, the other team's points).
        private static (CorpusArticle Other, FigureKey Figure)? FindConflict(FigureKey key, List<(CorpusArticle Article, bool Direct)> others)
        {
            (CorpusArticle, FigureKey)? conflict = null;
            foreach (var (other, direct) in others)
            {
                if (!direct && key.Statement.Sentence.Count < MinWordsBeyondDirect)
                {
                    continue;
                }

                // Only figures counting the same thing, and a bounded number of them: an article with thousands of
                // figures of one unit must not make the story's comparison quadratic.
                if (!other.Article.FiguresByUnit.TryGetValue(key.Unit, out var candidates))
                {
                    continue;
                }

                foreach (var candidate in candidates.Take(MaxCandidates))
                {
                    if (!FigureComparison.Comparable(candidate) || (!direct && candidate.Statement.Sentence.Count < MinWordsBeyondDirect)
                        || !FigureComparison.SameQuantity(key, candidate))
                    {
                        continue;
                    }

                    if (FigureComparison.CanBothBeTrue(key.Figure, candidate.Figure))
                    {
                        return null;
                    }

                    conflict ??= (other, candidate);
                }
            }

            return conflict;
        }
    }
}
