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

public class PeopleIntroductionTests
{
    private static ContentGen.Text.Model.ParsedArticle Parse(string body) => ArticleParser.Parse("a.txt", "Headline of the piece\n\n" + body);

    private static string[] Names(string body) => Parse(body).People.Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("The report was filed by Sgt. Marla Quen on Monday.", "Marla Quen")] // an abbreviated title
    [InlineData("The goal came from striker Ines Calvor in the second half.", "Ines Calvor")] // a role noun
    [InlineData("The ferry was late, police commissioner Abel Trask admitted.", "Abel Trask")]
    [InlineData("Tobin Arkwell, 52, was found at home.", "Tobin Arkwell")] // an age in apposition
    [InlineData("Ruth Almsby, the port's harbour master, declined to comment.", "Ruth Almsby")] // an apposition
    [InlineData("Odile Varan, who ran the bakery, left town.", "Odile Varan")]
    [InlineData("The port's new harbour master, Delia Fenwright, starts in May.", "Delia Fenwright")] // set off by commas
    [InlineData("Hugo Brandl's new magazine sold out in a day.", "Hugo Brandl")] // a possessive
    [InlineData("The ferry was late according to Tamsin Oakridge of the port.", "Tamsin Oakridge")]
    [InlineData("Michael Dunsworth had eight points in the final.", "Michael Dunsworth")] // a common given name
    [InlineData("Judge Ellis Marrow Jr., 61, retired on Friday.", "Ellis Marrow")] // a suffix
    [InlineData("The vote would pass, Ferrante said.", "Ferrante")] // a surname beside a speech verb
    [InlineData("The vote would pass, said Ferrante.", "Ferrante")]
    public void News_introduces_people_in_many_ways(string body, string name) => Assert.Equal([name], Names(body));

    [Fact]
    public void A_plain_name_is_a_person_when_its_surname_is_used_again()
    {
        var article = Parse("Oren Castellvi opened the gallery on Friday.\n\nCastellvi had planned it for years.");

        var person = Assert.Single(article.People);
        Assert.Equal("Oren Castellvi", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Theory]
    [InlineData("Hugo Brandl's magazine sold out. The Brandls celebrated at home.", 1)] // a family, not the person
    [InlineData("Officials in New York met colleagues from Saint Louis and Los Angeles. New York agreed.", 0)] // places
    [InlineData("Harbor Foods said profits rose. Meridian Advisers, a consulting firm, agreed.", 0)] // organisations
    [InlineData("The Green Party won seats. Party leaders met the Harbor Council.", 0)]
    [InlineData("We've said it before. They're right, it's late.", 0)] // contractions
    [InlineData("Residents called the plan a disgrace. Officials said little.", 0)] // plural nouns opening a sentence
    [InlineData("The Morning Report, a radio show, returned. Morning Report fans cheered.", 0)] // a show
    public void Families_places_groups_and_shows_are_not_people(string body, int mentions) =>
        Assert.Equal(mentions, Parse(body).People.Sum(p => p.Mentions.Count));

    [Fact]
    public void A_given_name_spelled_another_way_is_the_same_person_with_two_spellings()
    {
        var article = Parse("Governor Katrin Vossberg opened the pier.\n\nLater Governor Catrin Vossberg said it was a good day.");

        var person = Assert.Single(article.People);
        Assert.Equal(["Katrin Vossberg", "Catrin Vossberg"], person.Spellings);
    }

    [Fact]
    public void A_surname_used_alone_goes_to_the_person_spelled_alike_not_the_latest_similar_one()
    {
        var article = Parse("Coach Brock Nelsen praised the team, and goalkeeper Anders Nilsen made 30 saves.\n\nNelsen said the win mattered.");

        Assert.Equal([2, 1], article.People.Select(p => p.Mentions.Count));
    }

    [Fact]
    public void A_quoted_nickname_inside_a_name_stays_in_the_name_but_is_no_given_name()
    {
        var article = Parse("The case rested on Marco \"Big Fish\" Tavella, a former driver.\n\nTavella denied it.");

        var person = Assert.Single(article.People);
        Assert.Equal("Marco \"Big Fish\" Tavella", person.Name);
        Assert.Equal(2, person.Mentions.Count);
        Assert.Equal(["Marco"], ContentGen.Text.Tokens.NameSkeleton.Split(person.Name).Given);
    }
}
