using System.Diagnostics;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;
using ContentGen.Text.Tokens;

namespace ContentGen.Benchmarks;

/// <summary>
/// Where a parse spends its time and its allocations, stage by stage, over N synthesized articles: the whole parse,
/// then the checks on the raw text (usability, line splitting, line classification) and each extractor run again on
/// the parsed paragraphs (tokenizing, dates, people, quotes, figures). The remainder of the whole parse is building
/// lines, paragraphs and the result. Second pass of each, JIT warm.
/// </summary>
internal static class ParseStages
{
    public static void Run(int count)
    {
        var articles = Corpora.Get(count);
        var liveBefore = GC.GetTotalMemory(forceFullCollection: true);
        var parsed = articles.Select(a => ArticleParser.Parse(a.FileName, a.Text)).ToList();
        var kept = GC.GetTotalMemory(forceFullCollection: true) - liveBefore;
        var paragraphs = parsed.Select(p => (IReadOnlyList<ParsedParagraph>)p.Paragraphs.ToList()).ToList();
        var tokens = paragraphs.Select(ps => (IReadOnlyList<List<Token>>)ps.Select(p => Tokenizer.Tokenize(p.Text)).ToList()).ToList();
        var dates = paragraphs.Select(ps => (IReadOnlyList<List<StatedDate>>)ps.Select(p => DateFinder.Find(p.Text)).ToList()).ToList();
        var people = paragraphs.Select((ps, i) => PeopleExtractor.Extract(ps, tokens[i])).ToList();
        var bytes = Corpora.Bytes(articles);
        var lines = articles.Select(a => a.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList()).ToList();

        // Per article, or (Whole) once over the corpus.
        void Stage(string name, Action<int> work) => Whole(name, () =>
        {
            for (var i = 0; i < articles.Count; i++)
            {
                work(i);
            }
        });

        void Whole(string name, Action work)
        {
            for (var pass = 0; pass < 2; pass++)
            {
                GC.Collect();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                work();

                if (pass == 1)
                {
                    var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                    Console.WriteLine($"| {name} | {watch.ElapsedMilliseconds:N0} ms | {allocated / (double)bytes:F1} bytes per input byte |");
                }
            }
        }

        Console.WriteLine($"{count:N0} articles, {bytes / 1_000_000.0:F1} MB; a parse keeps {kept / count / 1024.0:F1} KB alive per article");
        Stage("whole parse", i => ArticleParser.Parse(articles[i].FileName, articles[i].Text));
        Stage("usability check", i => Usability.Check(articles[i].Text));
        Stage("split lines", i => SourceLine.Split(articles[i].Text));
        Stage("classify lines", i => { foreach (var line in lines[i]) { LineClassifier.Classify(line); } });
        Stage("tokenize", i => { foreach (var p in paragraphs[i]) { Tokenizer.Tokenize(p.Text); } });
        Stage("dates", i => { foreach (var p in paragraphs[i]) { DateFinder.Find(p.Text); } });
        Stage("people", i => PeopleExtractor.Extract(paragraphs[i], tokens[i]));
        Stage("quotes", i => QuoteExtractor.Extract(paragraphs[i], tokens[i], people[i]));
        Stage("figures", i => FigureExtractor.Extract(paragraphs[i], tokens[i], dates[i]));

        // The single-article rules over one set of ArticleText objects, whose prose lists (timed on their own first)
        // the rules share, as they do in a real run.
        var texts = parsed.Select((p, i) => new ArticleText(p, articles[i].Text)).ToList();
        Stage("checks: prose list", i => new ArticleText(parsed[i], articles[i].Text).Prose());
        foreach (var rule in ArticleChecks.Rules)
        {
            Stage($"checks: {rule.Info.Id} {rule.GetType().Name}", i => rule.Check(texts[i], new List<Finding>()));
        }

        // The corpus stage: the index over fresh ArticleText objects (so that each pass computes every article's
        // contributions, as a first analysis does), then each cross-article rule over one warm index.
        Whole("corpus: index with each article's contributions", () => new CorpusIndex(parsed.Select((p, i) => new ArticleText(p, articles[i].Text)).ToList()));
        var index = new CorpusIndex(texts);
        foreach (var rule in CorpusChecks.Rules)
        {
            Whole($"corpus: {rule.GetType().Name}", () =>
            {
                foreach (var article in index.Articles)
                {
                    rule.Check(article, index, new List<Finding>());
                }
            });
        }
    }
}
