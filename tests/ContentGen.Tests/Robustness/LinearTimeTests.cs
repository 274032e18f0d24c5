using System.Diagnostics;
using System.Text;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// Crafted text must not drive any loop or regular expression into super-linear time. Each input is built at
/// 128 KB and at 1 MB (8×); the larger must cost well under 8² = 64× the smaller. The bound (24×) is generous for a
/// noisy CI machine and still fails any quadratic path.
/// </summary>
[Collection(TimingSensitive.Name)]
public class LinearTimeTests
{
    private const int Small = 128 * 1024;
    private const int Large = 1024 * 1024;
    private const double MaxRatio = 24;

    public static TheoryData<string> Patterns() =>
    [
        "the the ",
        "\"",
        "\u201C",
        "((((",
        "a.a.",
        "Ab. cd. ",
        "1,000 ",
        "Monday, May 1, 2020 ",
        "\"x,\" he said. ",
        "President Ab Cd said. Cd said. ",
        "Ã©â€™",
        "\u202E\u200B",
        "Image: ",
        "line\n",
        "short line\n\n",
        "Some 2,000 peacekeepers and at least five years. ",
    ];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Adversarial_text_costs_about_linear_time(string pattern)
    {
        Run(Build(pattern, 4096)); // warm up the JIT and the regex caches
        var small = Time(Build(pattern, Small));
        var large = Time(Build(pattern, Large));

        // Below a few milliseconds, timer noise dominates; the ratio only means something above it.
        var ratio = large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 5);
        Assert.True(ratio < MaxRatio, $"'{pattern}': {small.TotalMilliseconds:F0} ms at 128 KB, {large.TotalMilliseconds:F0} ms at 1 MB (×{ratio:F1})");
    }

    [Fact]
    public void Distinct_names_do_not_make_people_extraction_quadratic()
    {
        string Names(int size)
        {
            var builder = new StringBuilder("Headline\n\n");
            for (var i = 0; builder.Length < size; i++)
            {
                builder.Append("President ").Append(Word(i)).Append(' ').Append(Word(i * 7 + 3)).Append(" said. ").Append(Word(i * 7 + 3)).Append(" agreed. ");
            }

            return builder.ToString();
        }

        Run(Names(4096));
        var small = Time(Names(Small));
        var large = Time(Names(Large));
        Assert.True(large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 5) < MaxRatio, $"{small.TotalMilliseconds:F0} ms → {large.TotalMilliseconds:F0} ms");
    }

    private static string Word(int i)
    {
        var chars = new char[6];
        chars[0] = (char)('A' + (i % 26));
        for (var k = 1; k < 6; k++)
        {
            i /= 3;
            chars[k] = (char)('a' + ((i + k * 7) % 26));
        }

        return new string(chars);
    }

    private static string Build(string pattern, int size)
    {
        var builder = new StringBuilder("Headline of the test\n\n", size + pattern.Length);
        while (builder.Length < size)
        {
            builder.Append(pattern);
        }

        return builder.ToString();
    }

    // The best of three runs: a stray GC or a busy core only ever makes a run slower. Each run starts from a
    // collected heap, so that it does not pay for the garbage of earlier runs and tests.
    private static TimeSpan Time(string text)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            Run(text);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }

    private static void Run(string text)
    {
        var article = new ArticleText(ArticleParser.Parse("Articles/x.txt", text), text);
        ArticleChecks.Run(article);
        var corpus = new CorpusIndex([article, new ArticleText(ArticleParser.Parse("Articles/y.txt", text), text)]);
        CorpusChecks.Run(corpus.Articles[0], corpus);
    }
}
