using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2002: the same figure given with values that cannot both be true by articles on the same story: same
    /// thing counted (unit and sentence context), disjoint ranges once qualifiers are taken into account.
    /// </summary>
    public sealed class FigureConflictRule : ICorpusRule
    {
        private const int MaxCandidates = 64;

        public string Id => RuleIds.FigureConflict;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var others = corpus.DirectlyRelated(article).ToList();
            if (others.Count == 0)
            {
                return;
            }

            foreach (var (figure, unit, context) in article.Figures)
            {
                foreach (var other in others)
                {
                    // Only figures counting the same thing, and a bounded number of them: an article with thousands of
                    // figures of one unit must not make the story's comparison quadratic.
                    if (!other.Article.FiguresByUnit.TryGetValue(unit, out var candidates))
                    {
                        continue;
                    }

                    var conflict = candidates.Take(MaxCandidates).FirstOrDefault(o => o.Context.Overlaps(context) && !FigureComparison.CanBothBeTrue(figure, o.Figure));
                    if (conflict.Figure is null)
                    {
                        continue;
                    }

                    findings.Add(new Finding(Id, figure.Range,
                        $"'{figure.Text}' conflicts with '{conflict.Figure.Text}' in {other.Where(conflict.Figure.Range)}, same story; check which figure is right",
                        new RelatedLocation(other.Path, conflict.Figure.Range)));
                    break;
                }
            }
        }
    }
}
