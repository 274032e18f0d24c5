using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

public class ArticleParserTests
{
    [Fact]
    public void Infers_kicker_title_source_and_credit_and_keeps_boilerplate_out_of_paragraphs()
    {
        var article = Fixtures.Parse("river-crossing.txt");

        Assert.Equal("Mountain Provinces", article.Kicker);
        Assert.Equal("Bridge over the Varna river opens two years late", article.Title);
        Assert.Equal("www.valleyherald.example", article.Source);
        Assert.Equal("Credit: www.valleyherald.example / Mountain Provinces", article.Credit);
        Assert.Equal(5, article.Paragraphs.Count);
        Assert.StartsWith("Minister of Transport", article.Paragraphs[0].Text);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Advertisement") || p.Text.Contains("inbox") || p.Text.Contains("Related"));
        Assert.Equal(
            [BoilerplateKind.Advertisement, BoilerplateKind.Newsletter, BoilerplateKind.RelatedLinks],
            article.Boilerplate.Select(b => b.Kind));
    }

    [Fact]
    public void A_plain_first_line_is_the_title_not_a_kicker()
    {
        var article = ArticleParser.Parse("a.txt", "Storm closes ferry route for the weekend\n\nThe ferry will not sail on Saturday.\n\nIt resumes on Monday.\n");

        Assert.Null(article.Kicker);
        Assert.Equal("Storm closes ferry route for the weekend", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void Front_matter_wins_over_inference()
    {
        var article = Fixtures.Parse("front-matter.txt");

        Assert.Equal("A title from front matter", article.Title);
        Assert.Equal("custom-slug", article.Slug);
        Assert.Equal("Science", article.Kicker);
        Assert.Equal("The Lab Post", article.Source);
        Assert.Equal(new ArticleDate(2024, 10, 15), article.Date);
        Assert.Equal("Ada Brook", article.Author);
        Assert.Equal(["science", "space"], article.Tags);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Empty(article.FrontMatterIssues);
    }

    [Theory]
    [InlineData("date: 26/11/2021", "not an ISO date")]
    [InlineData("colour: blue", "Unknown front matter key 'colour'")]
    [InlineData("just words", "is not 'key: value'")]
    [InlineData("kicker:", "has no value")]
    public void Bad_front_matter_lines_are_reported_with_their_line(string line, string reason)
    {
        var article = ArticleParser.Parse("a.txt", $"---\ntitle: Fine\n{line}\n---\nBody text here.\n");

        var issue = Assert.Single(article.FrontMatterIssues, i => i.Message.Contains(reason));
        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_and_its_lines_stay_in_the_body()
    {
        var article = ArticleParser.Parse("a.txt", "---\ntitle: Never closed\n\nA paragraph.\n");

        Assert.Contains(article.FrontMatterIssues, i => i.Line == 1 && i.Message.Contains("never closed"));
        Assert.Contains("title: Never closed", new[] { article.Title }.Concat(article.Paragraphs.Select(p => p.Text)));
    }

    [Fact]
    public void Without_blank_lines_each_line_is_a_paragraph()
    {
        var article = Fixtures.Parse("no-blank-lines.txt");

        Assert.Equal("Harbour notes", article.Kicker);
        Assert.Equal("The first line is the title", article.Title);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void Lines_of_one_block_join_into_one_paragraph()
    {
        var article = ArticleParser.Parse("a.txt", "Title line here\n\nA paragraph wrapped\nover two lines.\n\nAnother one.\n");

        Assert.Equal(["A paragraph wrapped over two lines.", "Another one."], article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Any_line_ending_and_a_bom_give_the_same_article(string newline)
    {
        var text = string.Join(newline, "Ferry resumes after storm", "", "The ferry sailed again on Monday.", "", "Passengers cheered.");
        var plain = ArticleParser.Parse("a.txt", text.Replace(newline, "\n"));
        var other = ArticleParser.Parse("a.txt", "\uFEFF" + text);

        Assert.Equal(plain.Title, other.Title);
        Assert.Equal(plain.Paragraphs.Select(p => p.Text), other.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Paragraph_offsets_map_back_to_the_source_text()
    {
        const string text = "Title of the piece\n\nFirst line of a paragraph\n  and its second line.\n";
        var article = ArticleParser.Parse("a.txt", text);
        var paragraph = article.Paragraphs[0];

        var index = paragraph.Text.IndexOf("second", StringComparison.Ordinal);
        var range = paragraph.ToSource(index, "second".Length);

        Assert.Equal("second", text.Substring(range.Start, range.Length));
    }

    [Fact]
    public void A_one_line_paragraph_maps_to_its_line_and_equals_the_same_paragraph_built_from_segments()
    {
        const string text = "Title of the piece\n\n   The ferry sailed at dawn.\n";
        var paragraph = ArticleParser.Parse("a.txt", text).Paragraphs[0];
        var start = text.IndexOf("The ferry", StringComparison.Ordinal);
        var fromSegments = new ParsedParagraph(paragraph.Text, new EquatableArray<TextSegment>(new[] { new TextSegment(0, start, paragraph.Text.Length) }));

        Assert.Equal(1, paragraph.SegmentCount);
        Assert.Equal(new TextSegment(0, start, paragraph.Text.Length), paragraph.Segment(0));
        Assert.Equal(paragraph.Segments, fromSegments.Segments);
        Assert.Equal(paragraph, fromSegments);
        Assert.Equal(paragraph.GetHashCode(), fromSegments.GetHashCode());
        Assert.Equal("ferry", text.Substring(paragraph.ToSource(4, 5).Start, 5));
        Assert.Equal(start + paragraph.Text.Length, paragraph.ToSource(paragraph.Text.Length + 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => paragraph.Segment(1));
    }

    [Fact]
    public void Paragraphs_with_different_segments_are_not_equal()
    {
        var oneLine = new ParsedParagraph("Two lines joined", 10);
        var twoLines = new ParsedParagraph("Two lines joined", new EquatableArray<TextSegment>(new[] { new TextSegment(0, 10, 9), new TextSegment(10, 21, 6) }));

        Assert.NotEqual(oneLine, twoLines);
        Assert.Equal(2, twoLines.SegmentCount);
        Assert.Equal(new TextSegment(10, 21, 6), twoLines.Segment(1));
        Assert.Equal(21, twoLines.ToSource(10));
    }

    [Fact]
    public void Date_is_the_first_full_date_in_the_text()
    {
        var article = ArticleParser.Parse("a.txt", "Talks open\n\nSochi, Russia, November 26, 2021. The leaders met.\n\nThey meet again on 3 December 2021.\n");

        Assert.Equal(new ArticleDate(2021, 11, 26), article.Date);
        Assert.Equal(2, article.StatedDates.Count);
    }

    [Fact]
    public void Source_comes_from_a_copyright_line_or_a_dateline()
    {
        var copyright = ArticleParser.Parse("a.txt", "Title here\n\nBody.\n\nCopyright (c)2021 Wire Service, Inc. Reprinted with permission.\n");
        var dateline = ArticleParser.Parse("a.txt", "Title here\n\n(Harbour Wire) - The ferry sailed.\n");

        Assert.Equal("Wire Service", copyright.Source);
        Assert.Equal("Harbour Wire", dateline.Source);
        Assert.Null(ArticleParser.Parse("a.txt", "Title here\n\nThe ferry (a small one) sailed.\n").Source);
    }

    [Fact]
    public void A_dangling_image_label_is_cut_from_a_caption_and_reported()
    {
        var article = ArticleParser.Parse("a.txt", "Title here\n\nThe mayor opens the park, May 3, 2024. Image:\n\nBody text.\n");

        Assert.Equal("The mayor opens the park, May 3, 2024.", article.Paragraphs[0].Text);
        var tail = Assert.Single(article.Boilerplate);
        Assert.Equal(BoilerplateKind.DanglingCredit, tail.Kind);
        Assert.Equal("Image:", tail.Text);
    }

    [Fact]
    public void Short_unpunctuated_lines_at_an_end_of_page_furniture_are_reported_as_trailing_furniture()
    {
        var article = ArticleParser.Parse("a.txt", "Title here\n\nOne.\n\nTwo.\n\nThree.\n\nMore from our desk\n\nShare\n\nHarbour boats\n");

        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.TrailingFragment && b.Text == "More from our desk");
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.TrailingFragment && b.Text == "Harbour boats");
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void A_half_typed_last_line_is_not_a_scraped_fragment()
    {
        var article = ArticleParser.Parse("a.txt", "Title here\n\nThe ferry sailed on Monday with forty people aboard.\n\nThe council will meet on\n");

        Assert.Empty(article.Boilerplate);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void A_credit_line_at_the_end_belongs_to_the_article()
    {
        var article = ArticleParser.Parse("a.txt", "Title here\n\nThe ferry sailed on Monday with forty people aboard.\n\nPhoto: Ann Lee, Harbour Wire\n\nShare\n");

        Assert.Equal([BoilerplateKind.SharePrompt], article.Boilerplate.Select(b => b.Kind));
        Assert.Contains(article.Paragraphs, p => p.Text == "Photo: Ann Lee, Harbour Wire");
    }

    [Fact]
    public void A_short_final_sentence_stays_a_paragraph()
    {
        var article = ArticleParser.Parse("a.txt", "Title here\n\nOne.\n\nTwo.\n\nThree.\n\nThe talks ended.\n");

        Assert.Empty(article.Boilerplate);
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("", UnusableReason.Empty)]
    [InlineData("\uFEFF", UnusableReason.Empty)]
    [InlineData("  \n\t\n ", UnusableReason.WhitespaceOnly)]
    [InlineData("\0\0\0\0\u0001\u0002abc", UnusableReason.Binary)]
    [InlineData("\uFFFD\uFFFD\uFFFD\uFFFDab", UnusableReason.Undecodable)]
    public void Unusable_files_say_why(string text, UnusableReason reason) =>
        Assert.Equal(reason, ArticleParser.Parse("a.txt", text).Unusable);

    [Fact]
    public void Every_non_blank_line_is_kept_somewhere()
    {
        var text = Fixtures.Read("river-crossing.txt");
        var article = Fixtures.Parse("river-crossing.txt");
        var kept = string.Join("\n", new[] { article.Title, article.Kicker ?? "", article.Credit ?? "" }
            .Concat(article.Paragraphs.Select(p => p.Text))
            .Concat(article.Boilerplate.Select(b => b.Text)));

        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.Contains(line, kept);
        }
    }

    [Fact]
    public void Parsing_is_deterministic_and_equal_by_value()
    {
        var text = Fixtures.Read("river-crossing.txt");

        Assert.Equal(ArticleParser.Parse("a.txt", text), ArticleParser.Parse("a.txt", text));
        Assert.NotEqual(ArticleParser.Parse("a.txt", text), ArticleParser.Parse("a.txt", text + "\nOne more line."));
    }

    [Fact]
    public void A_section_label_above_a_headline_ending_in_a_quoted_phrase_is_the_kicker()
    {
        var article = ArticleParser.Parse("a.txt", "Harbour Affairs\n\nMayor Opens Ferry Pier And Promises 'Calmer Waters'\n\nThe mayor opened the rebuilt pier on Monday.\n\nThe first ferry left at noon.\n");

        Assert.Equal("Harbour Affairs", article.Kicker);
        Assert.Equal("Mayor Opens Ferry Pier And Promises 'Calmer Waters'", article.Title);
        Assert.StartsWith("The mayor opened", article.Paragraphs[0].Text);
    }

    [Fact]
    public void A_label_above_a_first_sentence_in_quotes_is_not_a_kicker()
    {
        var article = ArticleParser.Parse("a.txt", "Harbour Affairs\n\n\"The pier is open.\"\n\nThe mayor spoke on Monday.\n\nThe first ferry left at noon.\n");

        Assert.Null(article.Kicker);
        Assert.Equal("Harbour Affairs", article.Title);
    }

    [Theory]
    [InlineData("DRAVIK, October 14, 2025 (Valley Post) - The council met on Monday.", "Valley Post")]
    [InlineData("PORTMAIN, 3 March 2024 (Harbour Wire) \u2014 Ferries resumed.", "Harbour Wire")]
    [InlineData("PORTMAIN (Harbour Wire) - Ferries resumed.", "Harbour Wire")]
    public void A_dateline_with_a_date_gives_the_source(string firstParagraph, string source)
    {
        var article = ArticleParser.Parse("a.txt", $"Ferries resume\n\n{firstParagraph}\n\nThe crossing takes an hour.\n");

        Assert.Equal(source, article.Source);
    }

    [Fact]
    public void Header_furniture_is_known_by_its_place_and_kept_out_of_the_paragraphs()
    {
        var article = ArticleParser.Parse("a.txt", string.Join("\n", [
            "Ferry link restored after storm",
            "Ann Lee",
            "Tuesday March 4, 2025",
            "Bo Park, Harbour Wire",
            "Ferry link restored after storm",
            "The ferry between Portmain and Skerrow sailed again on Monday after a winter of repairs to the pier.",
            "The crossing takes an hour and the first boat was full.",
        ]) + "\n");

        Assert.Equal("Ferry link restored after storm", article.Title);
        Assert.Equal(
            [BoilerplateKind.Byline, BoilerplateKind.Timestamp, BoilerplateKind.Byline, BoilerplateKind.RepeatedHeadline],
            article.Boilerplate.Select(b => b.Kind));
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("The ferry between", article.Paragraphs[0].Text);
    }

    [Fact]
    public void A_heading_with_the_shape_of_a_name_is_content_below_the_first_paragraph()
    {
        var article = ArticleParser.Parse("a.txt", "Ferry link restored\n\nThe ferry sailed again on Monday after a winter of repairs to the pier.\n\nBo Park, Skerrow\n\nThe crossing takes an hour and the first boat was full.\n");

        Assert.Empty(article.Boilerplate);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void Headlines_under_a_related_heading_and_a_teaser_list_are_links()
    {
        var article = ArticleParser.Parse("a.txt", string.Join("\n", [
            "Ferry link restored",
            "The ferry between Portmain and Skerrow sailed again on Monday after a winter of repairs.",
            "Most read in local news",
            "Council approves second crossing",
            "Skerrow school reopens after flood",
            "The crossing takes an hour and the first boat was full, the operator said on Monday.",
            "CALM WATERS",
            "Ferry crew rescues seal pup",
            "NEW ROUTE",
            "Dravik gets a night boat at last",
            "The operator said fares would not rise this year, whatever the repairs had cost.",
        ]) + "\n");

        Assert.Equal(7, article.Boilerplate.Count(b => b.Kind == BoilerplateKind.RelatedLinks));
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void A_fixture_list_and_short_headings_stay_content()
    {
        var article = ArticleParser.Parse("a.txt", "Weekend fixtures\n\nThe league resumes this weekend after the storm break, with four games on the coast.\n\nSaturday, March 8\n\nPortmain v Skerrow\n\nDravik v Holm\n\nSunday, March 9\n\nHolm v Portmain\n");

        Assert.Empty(article.Boilerplate);
        Assert.Equal(6, article.Paragraphs.Count);
    }

    [Fact]
    public void A_comment_thread_is_one_feed()
    {
        var lines = new List<string> { "Ferry link restored", "The ferry sailed again on Monday after a winter of repairs to the pier, the operator said." };
        foreach (var (name, text) in new[] { ("harbourfan", "Great news for the island."), ("skerrow_bo", "About time too."), ("portmainer", "Fares are still too high.") })
        {
            lines.AddRange([name, "2 days ago at 07:52 am", text, "Rating: 4 Votes"]);
        }

        var article = ArticleParser.Parse("a.txt", string.Join("\n", lines) + "\n");

        Assert.Single(article.Paragraphs);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("About time"));
    }

    [Fact]
    public void The_page_time_stamp_dates_the_article_not_a_historical_date_in_the_text()
    {
        var article = ArticleParser.Parse("a.txt", "Pier reopens\nPublished March 4, 2025 8:03 am ET\nThe pier, first built on June 3, 1911, reopened on Monday after a winter of repairs.\n");

        Assert.Equal(new ArticleDate(2025, 3, 4), article.Date);
        Assert.Contains(article.Boilerplate, b => b.Kind == BoilerplateKind.Timestamp);
    }

    [Fact]
    public void A_title_case_headline_next_to_a_time_stamp_is_still_the_headline()
    {
        var article = ArticleParser.Parse("a.txt", "Crew Charged With Theft\nTuesday March 4, 2025\nThe crew of the ferry were charged on Monday with stealing fuel from the harbour depot.\n");

        Assert.Equal("Crew Charged With Theft", article.Title);
        Assert.Equal([BoilerplateKind.Timestamp], article.Boilerplate.Select(b => b.Kind));
    }
}
