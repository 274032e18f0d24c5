using ContentGen.Text.Extraction;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

public class QuoteExtractorTests
{
    private static ContentGen.Text.Model.ParsedArticle Parse(string body) =>
        ArticleParser.Parse("a.txt", "Headline of the piece\n\nGovernor Aleksandr Kuzmin and Mayor Lena Ortiz met on Friday.\n\n" + body);

    [Theory]
    [InlineData("\"The pier is open,\" Kuzmin said.", "Aleksandr Kuzmin")]
    [InlineData("\"The pier is open,\" said Ortiz.", "Lena Ortiz")]
    [InlineData("Ortiz told reporters that \"the pier is open.\"", "Lena Ortiz")]
    [InlineData("Kuzmin, however, said the pier \u201Cis open\u201D to all.", "Aleksandr Kuzmin")]
    [InlineData("Ortiz spoke next. \u201CThe pier is open,\u201D she said.", "Lena Ortiz")]
    [InlineData("Ortiz spoke next. \u201CWhen I watched Governor Kuzmin open the pier, I cried,\u201D she said.", "Lena Ortiz")]
    public void Resolves_the_speaker_from_the_attribution(string paragraph, string speaker)
    {
        var quote = Assert.Single(Parse(paragraph).Quotes);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(1, quote.Paragraph);
    }

    [Fact]
    public void A_quote_without_attribution_has_no_speaker()
    {
        var quote = Assert.Single(Parse("Residents called the plan \"a disgrace\" at the meeting.").Quotes);

        Assert.Null(quote.Speaker);
        Assert.Equal("a disgrace", quote.Text);
    }

    [Fact]
    public void A_quotation_continued_into_the_next_paragraph_is_one_quote()
    {
        var article = Fixtures.Parse("continued-quote.txt");

        var continued = article.Quotes.Single(q => q.Text.StartsWith("We will not", StringComparison.Ordinal));
        Assert.Equal("We will not sell a single tree of it. Not now, and not while I hold this office.", continued.Text);
        Assert.Equal("Lena Ortiz", continued.Speaker);
        Assert.Equal("Karim Nasser", article.Quotes.Last().Speaker);
        Assert.Equal(3, article.Quotes.Count);
    }

    [Fact]
    public void Quote_text_drops_the_comma_before_the_closing_mark()
    {
        var quote = Assert.Single(Parse("\"We are ready,\" Kuzmin said.").Quotes);

        Assert.Equal("We are ready", quote.Text);
    }
}

public class QuoteSpansTests
{
    [Theory]
    [InlineData("\"", "", "0")]                                       // a lone mark with nothing after it cannot open: a stray closing
    [InlineData("a b. \u201C", "", "5")]                                // “ at the end of a line closes (one sentence per line)
    [InlineData("\u201Ca b''", "0,4,4", "")]                            // two apostrophes close like ”
    [InlineData("\"a\"", "0,2,2", "")]                                // marks at both ends
    [InlineData("no marks at all", "", "")]
    [InlineData("a \u201Cb\u201D c \u201Cd", "2,4,4;8,-1,10", "")]    // curly pair, then an unclosed curly opening
    [InlineData("x\u201D y \u201Ez\u201D", "5,7,7", "1")]              // a stray closing mark, then a low-9 pair
    [InlineData("\u201Ca \u201Cb\u201D", "0,-1,3;3,5,5", "")]          // a second opening closes the first span unclosed
    [InlineData("a 6'2\" man", "", "")]                              // an inch mark after a digit
    [InlineData("\u201Ea b\u201C", "0,4,4", "")]                      // German: „ closes with “
    [InlineData("a \u201Db\u201D", "2,4,4", "")]                      // ” after a space before a word opens
    [InlineData("\u201Ca b \u201C", "0,5,5", "")]                      // “ after a space at the end closes
    [InlineData("\u201Ca\u2019\u2019 b", "0,2,2", "")]                // two right single quotes close
    [InlineData("\"A. \"B\"", "0,-1,4;4,6,6", "")]                    // a quotation that runs on re-opens after a full stop
    public void Pairs_marks_and_reports_stray_closings(string text, string spans, string strays)
    {
        var found = QuoteSpans.Find(text, out var strayClosings);

        Assert.Equal(spans, string.Join(";", found.Select(s => $"{s.Open},{s.Close},{s.End}")));
        Assert.All(found.Where(s => s.IsContinued), s => Assert.Equal('"', text[s.End]));
        Assert.Equal(strays, string.Join(";", strayClosings));
    }
}
