using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Analyzers;

public class HiddenCharacterAnalyzerTests
{
    [Fact]
    public Task Flags_bidi_controls_invisible_characters_and_mojibake() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe file {|CG1007:\u202E|}txt.exe was sent. A zero{|CG1007:\u200B|}width space. It{|CG1007:â€™|}s mangled. A lost {|CG1007:\uFFFD|} character.\n");

    [Fact]
    public Task Accepts_accents_curly_quotes_emoji_and_joiners() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe café’s “owner” smiled 😀 and the family emoji 👨\u200D👩\u200D👧 stayed. Persian uses a non-joiner: می\u200Cخواهم.\n");

    [Fact]
    public Task A_run_of_hidden_characters_of_several_kinds_is_one_finding() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe file {|CG1007:\u200B\u202E\u200B|}txt.exe was sent, and pass{|CG1007:\u200B|}word stayed.\n");

    [Fact]
    public void The_message_of_a_mixed_run_counts_the_others_and_warns_of_the_bidi_control_inside()
    {
        const string text = "Talks end\n\nThe file \u200B\u202E\u200Btxt.exe was sent.\n";
        var finding = Assert.Single(ArticleChecks.Run(new ArticleText(ArticleParser.Parse("Articles/a.txt", text), text)), f => f.RuleId == RuleIds.HiddenCharacter);
        Assert.Equal("Invisible character U+200B (and 2 more hidden characters) in the text; it can make text display differently from how it is stored (Trojan Source); delete it", finding.Message);
        Assert.Equal(text.IndexOf('\u200B'), finding.Range.Start);
        Assert.Equal(3, finding.Range.Length);
    }

    [Fact]
    public Task Leaves_soft_hyphens_and_zero_width_spaces_between_words_alone() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe in\u00ADter\u00ADna\u00ADtion\u00ADal talks went on. \u200B\n\n\u200B\n\nA new round begins.\u2060\n");

    [Fact]
    public void Zero_width_spaces_inside_words_are_one_finding_per_file_with_a_count()
    {
        const string text = "Talks end\n\nThe pass\u200Bword and the user\u200Bname and the e\u200Bmail were sent.\n";
        var finding = Assert.Single(ArticleChecks.Run(new ArticleText(ArticleParser.Parse("Articles/a.txt", text), text)), f => f.RuleId == RuleIds.HiddenCharacter);
        Assert.Equal(text.IndexOf('\u200B'), finding.Range.Start);
        Assert.Contains("2 more like it in this file", finding.Message);
    }

    [Fact]
    public void A_flood_of_one_kind_is_capped_and_the_rest_counted()
    {
        var text = "Talks end\n\n" + string.Concat(Enumerable.Repeat("A file\u202Ename. ", 30)) + "\n";
        var findings = ArticleChecks.Run(new ArticleText(ArticleParser.Parse("Articles/a.txt", text), text)).Where(f => f.RuleId == RuleIds.HiddenCharacter).ToList();
        Assert.Equal(HiddenCharacterRule.MaxPerKind, findings.Count);
        Assert.Contains("10 more like it in this file", findings[^1].Message);
    }

    [Fact]
    public void A_binary_file_gets_one_finding_per_kind_never_thousands()
    {
        // UTF-16 text read as UTF-8: a NUL after every letter.
        var text = "\uFFFD\uFFFD" + string.Concat("Talks end and the ferry sails again on Monday. ".Select(c => c + "\0")) + string.Concat(Enumerable.Repeat("x\0y\0\u0001", 2000));
        var findings = ArticleChecks.Run(new ArticleText(ArticleParser.Parse("Articles/a.txt", text), text));
        Assert.Contains(findings, f => f.RuleId == RuleIds.UnusableFile);
        var hidden = findings.Where(f => f.RuleId == RuleIds.HiddenCharacter).ToList();
        Assert.InRange(hidden.Count, 1, 4);
        Assert.Contains(hidden, f => f.Message.Contains("more like it in this file"));
    }
}
