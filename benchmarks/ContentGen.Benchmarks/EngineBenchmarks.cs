using BenchmarkDotNet.Attributes;
using ContentGen.Synthesis;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;

namespace ContentGen.Benchmarks;

/// <summary>Stages 1–3: parse and extraction, the single-article checks, the corpus index and cross-article checks.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private IReadOnlyList<SynthesizedArticle> _articles = [];
    private List<ArticleText> _parsed = [];

    [Params(100, 1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpora.Get(Articles);
        _parsed = Corpora.Parse(_articles);
    }

    /// <summary>
    /// What the throughput target measures: every article parsed afresh and kept (the corpus needs them all), every
    /// single-article check, the corpus index with each article's contributions computed, every cross-article
    /// check. Rows 1–3 split this up, but row 2 and 3 reuse what earlier iterations cached on each article.
    /// </summary>
    [Benchmark(Description = "0. end to end: parse, all checks, corpus")]
    public int EndToEnd()
    {
        var parsed = Corpora.Parse(_articles);
        var count = 0;
        foreach (var article in parsed)
        {
            count += ArticleChecks.Run(article).Count;
        }

        var corpus = new CorpusIndex(parsed);
        foreach (var article in corpus.Articles)
        {
            count += CorpusChecks.Run(article, corpus).Count;
        }

        return count;
    }

    [Benchmark(Description = "1. parse + extraction")]
    public int Parse()
    {
        var count = 0;
        foreach (var article in _articles)
        {
            count += ArticleParser.Parse("Articles/" + article.FileName, article.Text).Paragraphs.Count;
        }

        return count;
    }

    [Benchmark(Description = "2. single-article checks")]
    public int SingleArticleChecks()
    {
        var count = 0;
        foreach (var article in _parsed)
        {
            count += ArticleChecks.Run(article).Count;
        }

        return count;
    }

    [Benchmark(Description = "3. corpus index + cross-article checks")]
    public int CrossArticleChecks()
    {
        var corpus = new CorpusIndex(_parsed);
        var count = 0;
        foreach (var article in corpus.Articles)
        {
            count += CorpusChecks.Run(article, corpus).Count;
        }

        return count;
    }
}
