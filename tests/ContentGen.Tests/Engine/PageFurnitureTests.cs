using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

/// <summary>Page furniture told by its place among the other lines; each shape on text it must flag and text it must leave.</summary>
public class PageFurnitureTests
{
    private const string Headline = "Ferry link restored after the winter storm";
    private const string Prose1 = "The ferry between Portmain and Skerrow sailed again on Monday after a winter of repairs to the pier.";
    private const string Prose2 = "The crossing takes an hour, and the first boat of the morning was full of commuters and their bicycles.";
    private const string Prose3 = "Harbour staff said the timetable would return to its summer pattern from the first week of April.";

    private static ParsedArticle Parse(params string[] blocks) => ArticleParser.Parse("a.txt", string.Join("\n\n", blocks) + "\n");

    private static string[] Flagged(ParsedArticle article) => article.Boilerplate.Select(b => b.Text).ToArray();

    private static void AssertKeptOutOfParagraphs(ParsedArticle article)
    {
        foreach (var line in article.Boilerplate)
        {
            Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains(line.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_caption_right_above_its_credit_is_furniture()
    {
        var article = Parse(Headline, Prose1, "The rebuilt pier at dawn on Tuesday.\nAnn Lee/Harbour Wire", Prose2);

        Assert.Equal(["The rebuilt pier at dawn on Tuesday.", "Ann Lee/Harbour Wire"], Flagged(article));
        Assert.All(article.Boilerplate, b => Assert.Equal(BoilerplateKind.Caption, b.Kind));
        AssertKeptOutOfParagraphs(article);
    }

    [Theory]
    [InlineData("He said the pier would reopen in the spring.")]          // goes on from the sentence before
    [InlineData("\"We are glad to be back,\" the captain said.")]         // a quotation
    public void A_sentence_of_the_story_above_a_credit_stays(string sentence)
    {
        var article = Parse(Headline, Prose1, sentence + "\nAnn Lee/Harbour Wire", Prose2);

        Assert.Equal(["Ann Lee/Harbour Wire"], Flagged(article));
    }

    [Fact]
    public void A_caption_and_a_short_credit_in_a_block_of_their_own_are_furniture()
    {
        var article = Parse(Headline, Prose1, "Crews worked through the night to clear the slipway.\nHarbour Survey", Prose2);

        Assert.Equal(["Crews worked through the night to clear the slipway.", "Harbour Survey"], Flagged(article));
    }

    [Fact]
    public void A_subheading_after_a_paragraph_is_the_articles_own()
    {
        var article = Parse(Headline, Prose1, "Harbour Survey", Prose2, Prose3);

        Assert.Empty(article.Boilerplate);
    }

    [Fact]
    public void A_shouted_teaser_under_the_headline_is_furniture_but_a_shouted_headline_is_not()
    {
        var shouted = "FERRY CREW RESCUES SEAL PUP AFTER THE WINTER STORM IN PORTMAIN";
        var teaser = Parse(Headline, Prose1, shouted, Prose2);
        var headline = Parse(shouted, Prose1, Prose2);

        Assert.Equal([shouted], Flagged(teaser));
        Assert.Equal(shouted, headline.Title);
        Assert.Empty(headline.Boilerplate);
    }

    [Fact]
    public void Teasers_that_run_a_headline_into_a_dateline_are_furniture_two_in_a_row()
    {
        var first = "Ferry fares rise again for the winter PORTMAIN: The council voted on Monday to raise fares";
        var second = "Storm closes the old pier NEW HARBOUR: Crews worked through the night to clear the slipway";
        var run = Parse(Headline, Prose1, Prose2, first, second);
        var single = Parse(Headline, Prose1, Prose2, first, Prose3);

        Assert.Equal([first, second], Flagged(run));
        Assert.Empty(single.Boilerplate);
    }

    [Fact]
    public void A_note_on_the_author_at_the_end_is_furniture_but_not_in_the_story()
    {
        var note = "Ann Lee is a reporter for Harbour Wire.";
        var atEnd = Parse(Headline, Prose1, Prose2, Prose3, note);
        var inStory = Parse(Headline, note, Prose1, Prose2, Prose3, "The next sailing leaves at nine, and tickets are sold at the pier.");

        Assert.Equal([note], Flagged(atEnd));
        Assert.Empty(inStory.Boilerplate);
    }

    [Fact]
    public void A_copy_of_a_caption_cut_short_is_furniture()
    {
        var caption = "Mayor Ann Lee, left, greets the crew of the Skerrow Star at the pier, Tuesday, March 4, 2025.";
        var article = Parse(Headline, caption, Prose1, "Mayor Ann Lee, left, greets the crew of the Skerrow Star at", Prose2);

        Assert.Equal(2, article.Boilerplate.Count(b => b.Kind == BoilerplateKind.Caption));
        AssertKeptOutOfParagraphs(article);
    }

    [Fact]
    public void A_short_line_between_two_lines_of_furniture_is_furniture_but_a_paragraph_is_not()
    {
        var gallery = Parse(Headline, Prose1, "Image 1 of 5", "Back to gallery", "Photo: Ann Lee, Harbour Wire", Prose2);
        var between = Parse(Headline, Prose1, "Advertisement", Prose2, "Advertisement", Prose3);

        Assert.Contains("Back to gallery", Flagged(gallery));
        Assert.Equal(["Advertisement", "Advertisement"], Flagged(between));
    }

    [Fact]
    public void A_prompt_to_the_reader_is_furniture_next_to_furniture_only()
    {
        var form = Parse(Headline, Prose1, Prose2, "Sign up for our morning newsletter", "Please check the box to subscribe.", "There was an error processing your subscription.", Prose3);
        var story = Parse(Headline, Prose1, "Please check the box to subscribe, the notice at the pier office told passengers.", Prose2);

        Assert.Equal(3, form.Boilerplate.Count(b => b.Kind == BoilerplateKind.Newsletter));
        Assert.Empty(story.Boilerplate);
    }

    [Fact]
    public void A_label_over_furniture_and_a_heading_over_a_link_belong_to_them()
    {
        var article = Parse(Headline, Prose1, "Author:", "Ann Lee/Harbour Wire", Prose2, Prose3, "Don't miss", "Ferry crew rescues seal pup at the pier [VIDEO]");
        var fixtures = Parse(Headline, Prose1, "Ingredients:", "Two cups of flour", Prose2);

        Assert.Equal(["Author:", "Ann Lee/Harbour Wire", "Don't miss", "Ferry crew rescues seal pup at the pier [VIDEO]"], Flagged(article));
        Assert.Empty(fixtures.Boilerplate);
    }

    [Fact]
    public void The_header_runs_past_a_standfirst_to_the_byline_under_it()
    {
        var article = ArticleParser.Parse("a.txt", string.Join("\n", [
            Headline,
            "The crossing reopened after months of repairs, but the winter timetable stays for now.",
            "By",
            "Ann Lee",
            "Mar. 4, 2025 8:03 am ET",
            Prose1,
            Prose2,
        ]) + "\n");

        Assert.Contains("Ann Lee", Flagged(article));
        Assert.StartsWith("The crossing reopened", article.Paragraphs[0].Text);
    }
}
