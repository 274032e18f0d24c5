using ContentGen.Text.Checks;
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
        "Talks end\n\nThe file {|CG1007:\u200B\u202E\u200B|}txt.exe was sent, and {|CG1007:\u200B|}😀 stayed.\n");

    [Fact]
    public void The_message_of_a_mixed_run_counts_the_others_and_warns_of_the_bidi_control_inside()
    {
        const string text = "Talks end\n\nThe file \u200B\u202E\u200Btxt.exe was sent.\n";
        var finding = Assert.Single(ArticleChecks.Run(new ArticleText(ArticleParser.Parse("Articles/a.txt", text), text)), f => f.RuleId == RuleIds.HiddenCharacter);
        Assert.Equal("Invisible character U+200B (and 2 more hidden characters) in the text; it can make text display differently from how it is stored (Trojan Source); delete it", finding.Message);
        Assert.Equal(text.IndexOf('\u200B'), finding.Range.Start);
        Assert.Equal(3, finding.Range.Length);
    }
}
