using ContentGen.Synthesis;
using ContentGen.Tests.Generator;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// Seeded fuzz and property tests over the engine, the generator and the checks. CI runs a fast slice; the long run
/// is <c>CONTENTGEN_FUZZ_CASES=100000 dotnet test ContentGen.sln --filter FullyQualifiedName~FuzzTests</c>
/// (results in docs/robustness.md). A failing case prints its seed and index, so it can be replayed.
/// </summary>
public class FuzzTests
{
    private const int Seed = 20261123;
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CONTENTGEN_FUZZ_CASES"), out var n) ? n : 400;
    private static readonly IReadOnlyList<string> Realistic = new CorpusSynthesizer(Seed).Generate(40).Select(a => a.Text).ToList();

    public static IEnumerable<string> Inputs(int seed, int count)
    {
        var mutator = new ArticleMutator(seed);
        for (var i = 0; i < count; i++)
        {
            yield return mutator.Next(Realistic);
        }
    }

    [Fact]
    public void The_engine_never_throws_keeps_ranges_in_bounds_and_loses_no_line()
    {
        var i = 0;
        foreach (var text in Inputs(Seed, Cases))
        {
            try
            {
                var article = ArticleParser.Parse("Articles/fuzz.txt", text);
                var checkedText = new ArticleText(article, text);
                var findings = ArticleChecks.Run(checkedText);
                var corpus = new CorpusIndex([checkedText, checkedText]);
                findings.AddRange(CorpusChecks.Run(corpus.Articles[0], corpus));

                Assert.All(findings, f => Assert.True(f.Range.Start >= 0 && f.Range.End <= text.Length, $"{f.RuleId} range {f.Range} outside {text.Length}"));
                AssertNothingLost(text, article);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Fuzz case {i} (seed {Seed}) failed: {e.Message}\n--- input ---\n{Escape(text)}", e);
            }

            i++;
        }
    }

    [Fact]
    public void Generated_code_compiles_without_warnings_whatever_the_articles_hold()
    {
        var batch = 0;
        foreach (var chunk in Inputs(Seed + 1, Math.Max(40, Cases / 10)).Chunk(20))
        {
            var texts = chunk.Select((t, k) => GeneratorHarness.Article($"fuzz-{batch}-{k}.txt", t)).ToArray();
            var (output, _) = GeneratorHarness.Run(texts);
            var problems = GeneratorHarness.Problems(output);
            Assert.True(problems.Count == 0, $"Batch {batch}: {string.Join("\n", problems.Take(5))}");
            batch++;
        }
    }

    /// <summary>Every non-blank line is in the title, kicker, paragraphs or credit, or reported (boilerplate, front matter).</summary>
    internal static void AssertNothingLost(string text, ParsedArticle article)
    {
        if (article.IsUnusable)
        {
            return; // reported whole as CG0001
        }

        var lines = SourceLine.Split(text);
        var frontMatter = FrontMatterReader.Read(text, lines);
        var kept = new List<string> { article.Title, article.Kicker ?? string.Empty, article.Credit ?? string.Empty };
        kept.AddRange(article.Paragraphs.Select(p => p.Text));
        var all = string.Join("\n", kept);
        for (var i = frontMatter.BodyStartLine; i < lines.Count; i++)
        {
            var line = lines[i].Text(text).Trim();
            if (line.Length == 0 || all.Contains(line, StringComparison.Ordinal))
            {
                continue;
            }

            Assert.True(Covered(line, all, article), $"Line {lines[i].Number} '{Escape(line)}' was lost");
        }
    }

    // Kept whole, reported whole, or a reported tail (a dangling "Image:") with the rest covered in turn.
    private static bool Covered(string line, string kept, ParsedArticle article) =>
        line.Length == 0
        || kept.Contains(line, StringComparison.Ordinal)
        || article.Boilerplate.Any(b => b.Text == line)
        || article.Boilerplate.Any(b => b.Text.Length < line.Length && line.EndsWith(b.Text, StringComparison.Ordinal) && Covered(line[..^b.Text.Length].TrimEnd(), kept, article));

    private static string Escape(string text) =>
        string.Concat(text.Take(2000).Select(c => c < 32 || (c >= 0x7f && c < 0xa0) || char.IsSurrogate(c) || c is >= '\u2000' and <= '\u206F' ? $"\\u{(int)c:X4}" : c.ToString()));
}
