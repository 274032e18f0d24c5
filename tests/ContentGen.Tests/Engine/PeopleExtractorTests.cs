using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

public class PeopleExtractorTests
{
    private static ContentGen.Text.Model.ParsedArticle Parse(string body) => ArticleParser.Parse("a.txt", "Headline of the piece\n\n" + body);

    [Fact]
    public void A_title_before_a_name_makes_a_person()
    {
        var article = Parse("Prime Minister Sofia Marchetti met Governor Aleksandr Kuzmin.");

        Assert.Equal(["Sofia Marchetti", "Aleksandr Kuzmin"], article.People.Select(p => p.Name));
    }

    [Fact]
    public void A_speech_verb_next_to_a_name_makes_a_person()
    {
        var article = Parse("\"We are ready,\" said Jana Novak. Tom Reyes said little.");

        Assert.Equal(["Jana Novak", "Tom Reyes"], article.People.Select(p => p.Name));
    }

    [Fact]
    public void Names_opening_with_al_or_a_non_ascii_capital_are_found_with_their_surname_mentions()
    {
        var article = Parse("Minister Khalid al-Rashid and Mayor Émile Østergaard met.\n\nLater al-Rashid left, and Østergaard stayed.");

        Assert.Equal(["Khalid al-Rashid", "Émile Østergaard"], article.People.Select(p => p.Name));
        Assert.Equal([2, 2], article.People.Select(p => p.Mentions.Count));
    }

    [Fact]
    public void Places_organisations_and_sentence_openers_are_not_people()
    {
        var article = Parse("The White House said nothing. In Sochi the talks began. Then Moscow said yes. The Minsk Group said it would meet. New York hosted the event.");

        Assert.Empty(article.People);
    }

    [Fact]
    public void A_full_name_and_later_surname_mentions_are_one_person()
    {
        var article = Parse("Governor Aleksandr Kuzmin opened the pier.\n\nKuzmin said it was a good day. Kuzmin's aides agreed.");

        var person = Assert.Single(article.People);
        Assert.Equal("Aleksandr Kuzmin", person.Name);
        Assert.Equal(["Aleksandr Kuzmin"], person.Spellings);
        Assert.Equal(3, person.Mentions.Count);
    }

    [Fact]
    public void A_second_spelling_of_the_surname_is_the_same_person_with_two_spellings()
    {
        var article = Parse("President Nikol Pashinyan spoke first.\n\nPashinian then said the border was calm.");

        var person = Assert.Single(article.People);
        Assert.Equal(["Nikol Pashinyan", "Pashinian"], person.Spellings);
    }

    [Fact]
    public void Two_people_who_share_a_surname_stay_two_people()
    {
        var article = Parse("Senator Maria Lopez met Mayor Carlos Lopez on Friday.");

        Assert.Equal(["Maria Lopez", "Carlos Lopez"], article.People.Select(p => p.Name));
    }

    [Fact]
    public void Mention_ranges_point_at_the_name_in_the_source()
    {
        const string text = "Headline of the piece\n\nGovernor Aleksandr Kuzmin spoke.\n\nLater Kuzmin left.";
        var article = ArticleParser.Parse("a.txt", text);

        Assert.All(article.People[0].Mentions, m => Assert.Equal(m.Form, text.Substring(m.Range.Start, m.Range.Length)));
    }
}
