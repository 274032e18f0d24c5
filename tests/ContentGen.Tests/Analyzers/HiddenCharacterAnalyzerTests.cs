namespace ContentGen.Tests.Analyzers;

public class HiddenCharacterAnalyzerTests
{
    [Fact]
    public Task Flags_bidi_controls_invisible_characters_and_mojibake() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe file {|CG1007:\u202E|}txt.exe was sent. A zero{|CG1007:\u200B|}width space. It{|CG1007:â€™|}s mangled. A lost {|CG1007:\uFFFD|} character.\n");

    [Fact]
    public Task Accepts_accents_curly_quotes_emoji_and_joiners() => AnalyzerTest.VerifyArticle(
        "Talks end\n\nThe café’s “owner” smiled 😀 and the family emoji 👨\u200D👩\u200D👧 stayed. Persian uses a non-joiner: می\u200Cخواهم.\n");
}
