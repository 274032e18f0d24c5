using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2003: the same speaker quoted with different wording on the same story. Quotes that differ only in
    /// punctuation, case or a name's spelling, or that are excerpts of one another, agree.
    /// </summary>
    public sealed class QuoteWordingRule : ICorpusRule
    {
        private const int MaxCandidates = 64;

        public string Id => RuleIds.QuoteWording;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var others = corpus.DirectlyRelated(article).ToList();
            foreach (var (quote, words) in article.Quotes)
            {
                if (quote.Speaker is null || corpus.People.Of(article.Path, quote.Speaker) is not { } speaker)
                {
                    continue;
                }

                foreach (var other in others)
                {
                    // The other article's quotes by the same person, under whatever spelling it uses; a bounded number.
                    var match = other.Article.QuotesBySpeaker
                        .Where(group => corpus.People.Of(other.Path, group.Key) == speaker)
                        .SelectMany(group => group.Value.Take(MaxCandidates))
                        .FirstOrDefault(o => QuoteComparison.WordedDifferently(words, o.Words));
                    if (match.Quote is null)
                    {
                        continue;
                    }

                    findings.Add(new Finding(Id, quote.Range,
                        $"{speaker.CanonicalName} is quoted as \"{MessageText.Short(quote.Text, 80)}\" here but as \"{MessageText.Short(match.Quote.Text, 80)}\" in {other.Where(match.Quote.Range)}, same story; check the wording against the source",
                        new RelatedLocation(other.Path, match.Quote.Range)));
                    break;
                }
            }
        }
    }
}
