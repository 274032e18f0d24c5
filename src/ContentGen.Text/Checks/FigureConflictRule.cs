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
        public string Id => "CG2002";

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var others = corpus.SameStory(article).OrderBy(a => a.Path, System.StringComparer.Ordinal).ToList();
            if (others.Count == 0)
            {
                return;
            }

            foreach (var (figure, unit, context) in article.Figures)
            {
                foreach (var other in others)
                {
                    var conflict = other.Figures.FirstOrDefault(o => o.Unit == unit && o.Context.Overlaps(context) && !FigureComparison.CanBothBeTrue(figure, o.Figure));
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
