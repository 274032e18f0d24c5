using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

public class CorpusTests
{
    private static ArticleText Article(string path, string text) => new(ArticleParser.Parse(path, text), text);

    private static ParsedFigure Figure(decimal value, string qualifier) => new(value, "days", "", qualifier, 0, default);

    [Theory]
    [InlineData(44, "exact", 45, "exact", false)]
    [InlineData(44, "exact", 44, "exact", true)]
    [InlineData(3, "at least", 5, "exact", true)]
    [InlineData(5, "at least", 3, "exact", false)]
    [InlineData(2000, "approximately", 2100, "approximately", true)]
    [InlineData(53000, "approximately", 35000, "approximately", false)]
    [InlineData(10, "more than", 10, "exact", false)]
    [InlineData(10, "up to", 10, "exact", true)]
    [InlineData(10, "fewer than", 10, "exact", false)]
    [InlineData(10, "fewer than", 12, "more than", false)]
    public void Qualifiers_are_ranges(double a, string qa, double b, string qb, bool agree)
    {
        Assert.Equal(agree, FigureComparison.CanBothBeTrue(Figure((decimal)a, qa), Figure((decimal)b, qb)));
        Assert.Equal(agree, FigureComparison.CanBothBeTrue(Figure((decimal)b, qb), Figure((decimal)a, qa)));
    }

    [Theory]
    [InlineData("Nikol Pashinyan", "Nikol Pashinian", true)]
    [InlineData("Aleksandr Kuzmin", "Alexander Kouzmin", true)]
    [InlineData("Pashinian", "Nikol Pashinyan", true)]
    [InlineData("J. Smith", "John Smith", true)]
    [InlineData("Maria Lopez", "Carlos Lopez", false)]
    [InlineData("Ilham Aliyev", "Heydar Aliyev", false)]
    public void Same_person_needs_agreeing_first_names(string a, string b, bool same) =>
        Assert.Equal(same, PersonIdentities.SamePerson(a, b));

    [Fact]
    public void The_canonical_spelling_is_the_glossarys_else_the_one_most_articles_use()
    {
        var records = new[]
        {
            new PersonRecord("a.txt", "Nikol Pashinyan", new EquatableArray<string>(["Nikol Pashinyan"])),
            new PersonRecord("b.txt", "Nikol Pashinian", new EquatableArray<string>(["Nikol Pashinian"])),
            new PersonRecord("c.txt", "Nikol Pashinyan", new EquatableArray<string>(["Nikol Pashinyan"])),
        };

        var byCorpus = new PersonIdentities(records, []);
        var byGlossary = new PersonIdentities(records, GlossaryParser.Parse("g", "Nikol Pashinian = Nikol Pashinyan, Pashinyan").Names);

        Assert.Single(byCorpus.All);
        Assert.Equal("Nikol Pashinyan", byCorpus.All[0].CanonicalName);
        Assert.Equal("Nikol Pashinian", byGlossary.All[0].CanonicalName);
    }

    [Fact]
    public void Stories_group_reports_of_one_event_and_leave_others_apart()
    {
        var corpus = new CorpusIndex(
        [
            Article("a.txt", "Ferry back\n\nGovernor Aleksandr Kuzmin reopened the Skerrow ferry in Portmain.\n"),
            Article("b.txt", "Pier opens\n\nGovernor Alexander Kouzmin cut the ribbon at Skerrow, near Portmain.\n"),
            Article("c.txt", "Library reopens\n\nHead librarian Tomas Lindqvist said Portmain readers were pleased.\n"),
            Article("d.txt", "Harvest\n\nGrowers in Lindholm picked apples, chair Marta Eklund said.\n"),
        ]);

        var stories = corpus.Stories.Select(s => string.Join(",", s.Select(a => a.Path))).Order().ToList();
        Assert.Equal(["a.txt,b.txt", "c.txt", "d.txt"], stories);
    }

    [Fact]
    public void Articles_months_apart_are_not_one_story_even_with_the_same_people()
    {
        var corpus = new CorpusIndex(
        [
            Article("a.txt", "---\ndate: 2025-03-04\n---\nFerry back\n\nGovernor Aleksandr Kuzmin reopened the Skerrow ferry in Portmain.\n"),
            Article("b.txt", "---\ndate: 2025-06-20\n---\nBudget\n\nGovernor Aleksandr Kuzmin presented the Skerrow budget in Portmain.\n"),
        ]);

        Assert.Equal(2, corpus.Stories.Count());
    }

    [Fact]
    public void Glossary_lines_are_read_and_bad_ones_reported()
    {
        var glossary = GlossaryParser.Parse("ContentGen.glossary", "# c\nNikol Pashinyan = Nikol Pashinian, Pashinian # trailing comment\nfact: some 2,000 peacekeepers when Karabakh\naccept: CG2001 \"Pashinian\" in a.txt\nnonsense\n");

        var name = Assert.Single(glossary.Names);
        Assert.Equal("Nikol Pashinyan", name.Canonical);
        Assert.Equal(["Nikol Pashinian", "Pashinian"], name.Variants);
        var fact = Assert.Single(glossary.Facts);
        Assert.Equal((2000m, "peacekeepers", "approximately", "Karabakh"), (fact.Figure.Value, fact.Figure.Unit, fact.Figure.Qualifier, fact.When));
        Assert.Equal(new GlossaryAccept("CG2001", "Pashinian", "a.txt"), Assert.Single(glossary.Accepted));
        Assert.Equal(5, Assert.Single(glossary.Issues).Line);
    }
}
