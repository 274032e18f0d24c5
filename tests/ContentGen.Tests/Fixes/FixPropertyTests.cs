using System.Text;
using Xunit.Abstractions;
using ContentGen.Synthesis;
using ContentGen.Tests.Robustness;
using ContentGen.Text.Checks;
using ContentGen.Text.Fixes;
using ContentGen.Text.Model;

namespace ContentGen.Tests.Fixes;

/// <summary>
/// A fix never loses other text and never throws, on synthesized multi-outlet corpora (name variants, boilerplate,
/// doubled words) and on fuzzed articles (invisible characters, mojibake, broken quotes, random cuts): every
/// non-whitespace character outside the finding's range survives in order, what a fix deletes outside the range is
/// whitespace, what it inserts outside the range is a quotation mark, and the text before and after its edits is
/// byte-identical. The same holds for all of an article's fixes applied together, and the engine runs on the result.
/// Runs with the fuzz suite's case count (<c>CONTENTGEN_FUZZ_CASES</c>, 400 in CI).
/// </summary>
public class FixPropertyTests(ITestOutputHelper output)
{
    private const int Seed = 20261201;
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CONTENTGEN_FUZZ_CASES"), out var n) ? n : 400;

    // Quotations whose end is obvious, appended now and then so the quote fix is exercised on fuzzed text too.
    private static readonly string[] OpenQuotations =
    [
        "\n\nThe mayor said: \u201CWe will rebuild the pier.\n",
        "\n\n\"The ferry will sail again by spring!\n\nThe council agreed.\n",
        "\n\nShe told reporters \u201Cit was the right call, said the captain.\n",
    ];

    [Fact]
    public void Fixes_on_synthesized_corpora_change_only_their_findings()
    {
        var articles = new CorpusSynthesizer(Seed).Generate(60).Select(a => ("Articles/" + a.FileName, a.Text)).ToList();
        var glossary = "Aleksandr Kuzmin = Aleksandr Kouzmin, Kouzmin\n";
        var offered = new Dictionary<string, int>();
        foreach (var (path, text, findings) in FixHarness.Check(articles, glossary))
        {
            CheckArticle(path, text, findings, offered);
        }

        output.WriteLine($"Fixes checked on 60 synthesized articles: {Describe(offered)}");
        foreach (var rule in new[] { RuleIds.Boilerplate, RuleIds.RepeatedWord, RuleIds.NameVariant })
        {
            Assert.True(offered.GetValueOrDefault(rule) > 0, $"no {rule} fix was offered on the synthesized corpus: {Describe(offered)}");
        }
    }

    [Fact]
    public void Fixes_on_fuzzed_articles_change_only_their_findings_and_never_throw()
    {
        var partner = new CorpusSynthesizer(Seed).Generate(1)[0];
        var offered = new Dictionary<string, int>();
        var i = 0;
        foreach (var fuzzed in FuzzTests.Inputs(Seed, Cases))
        {
            var text = i % 7 == 0 ? fuzzed + OpenQuotations[i / 7 % OpenQuotations.Length] : fuzzed;
            try
            {
                var (_, _, findings) = FixHarness.Check([("Articles/fuzz.txt", text), ("Articles/partner.txt", partner.Text)])[0];
                CheckArticle("Articles/fuzz.txt", text, findings, offered);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Fuzz case {i} (seed {Seed}) failed: {e.Message}\n--- input ---\n{Escape(text)}", e);
            }

            i++;
        }

        output.WriteLine($"Fixes checked on {Cases} fuzzed articles: {Describe(offered)}");
        foreach (var rule in new[] { RuleIds.Boilerplate, RuleIds.RepeatedWord, RuleIds.UnbalancedPair, RuleIds.HiddenCharacter })
        {
            Assert.True(offered.GetValueOrDefault(rule) > 0, $"no {rule} fix was offered on {Cases} fuzzed articles: {Describe(offered)}");
        }
    }

    private static void CheckArticle(string path, string text, List<Finding> findings, Dictionary<string, int> offered)
    {
        foreach (var finding in findings)
        {
            if (FixProvider.For(finding, text) is not { } fix)
            {
                continue;
            }

            offered[finding.RuleId] = offered.GetValueOrDefault(finding.RuleId) + 1;
            AssertKeepsOtherText(text, fix, $"{path}: {finding.RuleId} at {finding.Range} ({fix.Title})");
        }

        // All of the article's fixes together: nothing outside their findings lost, and the engine runs on the result.
        var (fixedText, applied) = FixProvider.ApplyAll(findings, text);
        Assert.Equal(OutsideRanges(text, applied.Select(f => f.FindingRange)), Subsequence(NonWhitespace(fixedText), OutsideRanges(text, applied.Select(f => f.FindingRange))));
        FixHarness.Check(fixedText);
    }

    private static void AssertKeepsOtherText(string text, TextFix fix, string what)
    {
        var range = fix.FindingRange;
        var at = 0;
        foreach (var edit in fix.Edits)
        {
            Assert.True(edit.Range.Start >= at && edit.Range.End <= text.Length, $"{what}: edit {edit.Range} out of order or bounds");
            at = edit.Range.End;

            for (var k = edit.Range.Start; k < edit.Range.End; k++)
            {
                Assert.True((k >= range.Start && k < range.End) || char.IsWhiteSpace(text[k]), $"{what}: deletes '{text[k]}' at {k}, outside the finding");
            }

            var inside = edit.Range.Start >= range.Start && edit.Range.End <= range.End;
            Assert.True(inside || edit.NewText.All(c => c is '"' or '\u201C' or '\u201D'), $"{what}: inserts '{edit.NewText}' outside the finding");
        }

        var result = fix.ApplyTo(text);
        var first = Math.Min(range.Start, fix.Edits[0].Range.Start);
        var last = Math.Max(range.End, fix.Edits[^1].Range.End);
        Assert.True(result.StartsWith(text.Substring(0, first), StringComparison.Ordinal), $"{what}: the text before the fix changed");
        Assert.True(result.EndsWith(text.Substring(last), StringComparison.Ordinal), $"{what}: the text after the fix changed");
        var kept = OutsideRanges(text, [range]);
        Assert.True(Subsequence(NonWhitespace(result), kept) == kept, $"{what}: text outside the finding was lost");
    }

    // The non-whitespace characters of the text outside the ranges, in order.
    private static string OutsideRanges(string text, IEnumerable<TextRange> ranges)
    {
        var excluded = new bool[text.Length];
        foreach (var range in ranges)
        {
            for (var k = range.Start; k < range.End; k++)
            {
                excluded[k] = true;
            }
        }

        var kept = new StringBuilder();
        for (var k = 0; k < text.Length; k++)
        {
            if (!excluded[k] && !char.IsWhiteSpace(text[k]))
            {
                kept.Append(text[k]);
            }
        }

        return kept.ToString();
    }

    private static string NonWhitespace(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    // The longest prefix of `wanted` that appears in `text` as a subsequence: all of it when nothing was lost.
    private static string Subsequence(string text, string wanted)
    {
        var w = 0;
        for (var k = 0; k < text.Length && w < wanted.Length; k++)
        {
            if (text[k] == wanted[w])
            {
                w++;
            }
        }

        return wanted.Substring(0, w);
    }

    private static string Describe(Dictionary<string, int> offered) =>
        offered.Count == 0 ? "none" : string.Join(", ", offered.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"));

    private static string Escape(string text) =>
        new(text.Take(2000).SelectMany(c => c < ' ' && c is not '\n' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()).ToArray());
}
