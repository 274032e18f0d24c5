using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2003: one quotation worded differently by two reports of the same event: the same words with one or two
    /// changed, added or dropped. Quotes that differ only in punctuation, case or a name's spelling, or that are
    /// excerpts of one another, agree; quotes given to two different people are not compared.
    /// </summary>
    internal sealed class QuoteWordingRule : ICorpusRule
    {
        private const int MaxCandidates = 64;

        public static RuleInfo Metadata { get; } = new(RuleIds.QuoteWording, "Speaker quoted with different wording on the same story", RuleCategory.Consistency);

        public RuleInfo Info => Metadata;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var others = corpus.DirectlyRelated(article).ToList();
            foreach (var (quote, words, holdsAttribution) in article.Quotes)
            {
                if (holdsAttribution)
                {
                    continue;
                }

                var speaker = quote.Speaker is null ? null : corpus.People.Of(article.Path, quote.Speaker);
                foreach (var other in others)
                {
                    var match = other.Quotes.Take(MaxCandidates).FirstOrDefault(o =>
                        !o.HoldsAttribution && !SaidByOthers(speaker, o.Quote.Speaker is null ? null : corpus.People.Of(other.Path, o.Quote.Speaker))
                        && QuoteComparison.WordedDifferently(words, o.Words));
                    if (match is null || Corroborated(words, match.Words, other, others))
                    {
                        continue;
                    }

                    var who = (speaker ?? (match.Quote.Speaker is null ? null : corpus.People.Of(other.Path, match.Quote.Speaker)))?.CanonicalName;
                    var quoted = who is null ? "A quote reads" : $"{who} is quoted as";
                    var (mine, theirs) = MessageText.Differing(quote.Text, match.Quote.Text, 80);
                    findings.Add(new Finding(Info.Id, quote.Range,
                        $"{quoted} \"{mine}\" here but as \"{theirs}\" in {other.Where(match.Quote.Range)}, same story; check the wording against the source",
                        new RelatedLocation(other.Path, match.Quote.Range)));
                    break;
                }
            }
        }

        // A third report giving these very words, where they and the other report's differ, corroborates them: the
        // other report is the one that differs. An excerpt that stops short of the difference corroborates nothing.
        private static bool Corroborated(string[] words, string[] differing, CorpusArticle other, List<CorpusArticle> others) =>
            others.Any(third => third != other && third.Quotes.Take(MaxCandidates).Any(t =>
                !t.HoldsAttribution && QuoteComparison.SameWords(words, t.Words) && QuoteComparison.WordedDifferently(t.Words, differing)));

        // Both quotes are attributed, to two different people. Two people of one surname are not told apart: on one
        // story that is more often one person named two ways ("Kuzmin" / "Thanking Kuzmin", a name read with the word
        // before it) than two people saying nearly the same words.
        private static bool SaidByOthers(PersonIdentity? mine, PersonIdentity? theirs) =>
            mine is not null && theirs is not null && mine != theirs
            && !string.Equals(NameSkeleton.Of(NameParts.Surname(mine.CanonicalName)), NameSkeleton.Of(NameParts.Surname(theirs.CanonicalName)), System.StringComparison.Ordinal);
    }
}
