using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2002: the same figure given with values that cannot both be true by articles on the same story: same
    /// quantity counted (unit, and what the figure is bound to in its sentence: <see cref="FigureBinding"/>), disjoint
    /// ranges once qualifiers are taken into account.
    /// </summary>
    internal sealed class FigureConflictRule : ICorpusRule
    {
        private const int MaxCandidates = 64;

        public static RuleInfo Metadata { get; } = new(RuleIds.FigureConflict, "Figure conflicts with another article on the same story", RuleCategory.Consistency);

        public RuleInfo Info => Metadata;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var others = corpus.DirectlyRelated(article).ToList();
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
        private static (CorpusArticle Other, FigureKey Figure)? FindConflict(FigureKey key, List<CorpusArticle> others)
        {
            (CorpusArticle, FigureKey)? conflict = null;
            foreach (var other in others)
            {
                // Only figures counting the same thing, and a bounded number of them: an article with thousands of
                // figures of one unit must not make the story's comparison quadratic.
                if (!other.Article.FiguresByUnit.TryGetValue(key.Unit, out var candidates))
                {
                    continue;
                }

                foreach (var candidate in candidates.Take(MaxCandidates))
                {
                    if (!FigureComparison.Comparable(candidate) || !FigureComparison.SameQuantity(key, candidate))
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
