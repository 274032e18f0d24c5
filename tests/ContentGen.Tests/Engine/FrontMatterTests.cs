using ContentGen.Text.Model;
using ContentGen.Text.Parsing;
using Xunit;

namespace ContentGen.Tests.Engine;

/// <summary>The YAML subset of front matter (docs/configuration.md): what it reads, what it flags, what it suggests.</summary>
public class FrontMatterTests
{
    private static ParsedArticle Parse(string frontMatter) =>
        ArticleParser.Parse("a.txt", $"---\n{frontMatter}\n---\nThe body of the article is one sentence.\n");

    [Theory]
    [InlineData("tags:\n- chess\n- sport")]
    [InlineData("tags:\n  - chess\n  - sport")]
    [InlineData("tags:\n  - chess   # the game\n\n  # a comment between items\n  - \"sport\"")]
    [InlineData("tags: [chess, sport]")]
    [InlineData("tags: ['chess', \"sport\"]  # flow list")]
    [InlineData("tags: chess, sport")]
    public void Tags_as_block_flow_or_comma_list(string tags)
    {
        var article = Parse($"title: Fine\n{tags}\nauthor: Ada Brook");

        Assert.Empty(article.FrontMatterIssues);
        Assert.Equal(["chess", "sport"], article.Tags);
        Assert.Equal("Ada Brook", article.Author); // the key after the list is read as a key
    }

    [Fact]
    public void A_flow_list_item_may_hold_a_comma_inside_quotes()
    {
        var article = Parse("tags: [\"war, peace\", 'it''s', plain]");

        Assert.Empty(article.FrontMatterIssues);
        Assert.Equal(["war, peace", "it's", "plain"], article.Tags);
    }

    [Theory]
    [InlineData("title: \"Talks: day two\"", "Talks: day two")]
    [InlineData("title: 'It''s over'", "It's over")]
    [InlineData("title: \"A \\\"quoted\\\" word\"", "A \"quoted\" word")]
    [InlineData("title: Plain title # a comment", "Plain title")]
    [InlineData("title: \"Hash # kept inside quotes\"  # comment", "Hash # kept inside quotes")]
    [InlineData("title: Issue #5 of the week", "Issue #5 of the week")]
    [InlineData("title: Talks: day two", "Talks: day two")]
    public void Quoted_and_plain_strings_with_comments(string line, string title)
    {
        var article = Parse(line);

        Assert.Empty(article.FrontMatterIssues);
        Assert.Equal(title, article.Title);
    }

    [Theory]
    [InlineData("2025-10-12")]
    [InlineData("2025-10-12T09:00:00Z")]
    [InlineData("2025-10-12T09:00:00.123+02:00")]
    [InlineData("2025-10-12 09:00:00 +0200")]
    [InlineData("2025-10-12T23:30")]
    [InlineData("\"2025-10-12T09:00:00Z\"")]
    [InlineData("'2025-10-12'  # the print date")]
    public void Dates_with_or_without_a_time_give_the_day_as_written(string value)
    {
        var article = Parse($"date: {value}");

        Assert.Empty(article.FrontMatterIssues);
        Assert.Equal(new ArticleDate(2025, 10, 12), article.Date);
    }

    [Theory]
    [InlineData("date: 12/10/2025", "not an ISO date")]
    [InlineData("date: 2025-13-40", "not an ISO date")]
    [InlineData("date: 2025-10-12 in the morning", "not an ISO date")]
    [InlineData("title: \"never closed", "has no closing \"")]
    [InlineData("title: \"closed\" and more", "text after its closing quote")]
    [InlineData("title: |", "Multi-line values ('|') are not supported")]
    [InlineData("title: [a, b]", "takes one value, not a list")]
    [InlineData("tags: [chess, sport", "has no closing ']'")]
    [InlineData("source: {name: Wire}", "is a mapping")]
    [InlineData("- stray item", "already has a value")]
    [InlineData("  title: indented", "indented continuation lines are not supported")]
    public void Yaml_outside_the_subset_is_flagged_with_the_reason(string line, string reason)
    {
        var article = Parse($"slug: fine\n{line}");

        var issue = Assert.Single(article.FrontMatterIssues);
        Assert.Contains(reason, issue.Message);
        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public void A_list_item_before_any_key_is_flagged()
    {
        var article = Parse("- chess\ntitle: Fine");

        var issue = Assert.Single(article.FrontMatterIssues);
        Assert.Contains("belongs to no key", issue.Message);
        Assert.Equal("Fine", article.Title);
    }

    [Fact]
    public void A_list_under_a_one_value_key_is_flagged()
    {
        var article = Parse("author:\n  - Ada Brook\n  - Bob Lane");

        var issue = Assert.Single(article.FrontMatterIssues);
        Assert.Contains("'author' takes one value, not a list", issue.Message);
        Assert.Null(article.Author);
    }

    [Theory]
    [InlineData("tgas: chess", "tags")]
    [InlineData("titel: Talks", "title")]
    [InlineData("auther: Ada", "author")]
    [InlineData("Date_: 2025-10-12", "date")]
    [InlineData("accepts: CG1002", "accept")]
    [InlineData("tag: chess", "tags")]
    [InlineData("categories: [chess]", "tags")]
    [InlineData("published: 2025-10-12", "date")]
    public void An_unknown_key_close_to_a_known_one_gets_did_you_mean(string line, string known)
    {
        var article = Parse(line);

        var issue = Assert.Single(article.FrontMatterIssues);
        Assert.Contains($"did you mean '{known}'?", issue.Message);
    }

    [Theory]
    [InlineData("colour: blue")]
    [InlineData("layout: post")]
    [InlineData("x: y")]
    public void An_unknown_key_far_from_every_known_one_gets_no_suggestion(string line)
    {
        var article = Parse(line);

        var issue = Assert.Single(article.FrontMatterIssues);
        Assert.Contains("Unknown front matter key", issue.Message);
        Assert.DoesNotContain("did you mean", issue.Message);
    }

    [Fact]
    public void The_unknown_key_issue_spans_the_key()
    {
        const string text = "---\ntgas: chess\n---\nBody.\n";
        var article = ArticleParser.Parse("a.txt", text);

        var issue = Assert.Single(article.FrontMatterIssues);
        Assert.Equal("tgas", text.Substring(issue.Range.Start, issue.Range.Length));
    }

    [Fact]
    public void The_unknown_key_list_is_skipped_with_its_items()
    {
        var article = Parse("categories:\n  - chess\n  - sport\ntitle: Fine");

        Assert.Single(article.FrontMatterIssues);
        Assert.Equal("Fine", article.Title);
        Assert.Empty(article.Tags);
    }

    [Fact]
    public void Accept_as_lines_and_as_a_block_list_keeps_where_each_stands()
    {
        const string text = "---\naccept: CG1002 \"The The\"\naccept:\n  - CG1001\n  - 'CG1004 \"x. y\"'\n---\nBody.\n";
        var article = ArticleParser.Parse("a.txt", text);

        Assert.Empty(article.FrontMatterIssues);
        Assert.Equal(["CG1002 \"The The\"", "CG1001", "CG1004 \"x. y\""], article.Accepted);
        Assert.Equal(["CG1002 \"The The\"", "CG1001", "'CG1004 \"x. y\"'"], article.AcceptRanges.Select(r => text.Substring(r.Start, r.Length)));
    }

    [Fact]
    public void What_a_static_site_tool_writes_reads_cleanly()
    {
        var article = Parse("""
            # written by the CMS
            title: "Chess: the final round"
            slug: 'chess-final'
            date: 2025-10-12T09:00:00Z
            author: Ada Brook   # staff
            tags:
              - chess
              - "world championship"
            """);

        Assert.Empty(article.FrontMatterIssues);
        Assert.Equal("Chess: the final round", article.Title);
        Assert.Equal("chess-final", article.Slug);
        Assert.Equal(new ArticleDate(2025, 10, 12), article.Date);
        Assert.Equal("Ada Brook", article.Author);
        Assert.Equal(["chess", "world championship"], article.Tags);
    }

    [Theory]
    [InlineData("tgas", "tags", 1)]
    [InlineData("titel", "title", 1)]
    [InlineData("tags", "tags", 0)]
    [InlineData("", "date", 4)]
    public void Edit_distance_counts_a_swap_of_neighbours_as_one(string a, string b, int distance) =>
        Assert.Equal(distance, ContentGen.Text.Tokens.EditDistance.Between(a, b));
}
