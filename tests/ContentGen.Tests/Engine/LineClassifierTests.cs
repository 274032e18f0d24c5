using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

public class LineClassifierTests
{
    [Theory]
    [InlineData("", 0, false)]
    [InlineData("one", 0, true)]
    [InlineData("one two three", 3, false)]
    [InlineData("one two three four", 3, true)]
    [InlineData("  --- ...  ", 0, false)]
    [InlineData("It's 4,000 vehicles-a-day", 6, true)]                    // it s 4 000 vehicles a day: seven runs
    [InlineData("It's 4,000 vehicles-a-day", 7, false)]
    [InlineData("It's 4,000 vehicles-a-day", 5, true)]
    public void Counts_runs_of_letters_and_digits_up_to_the_limit(string line, int limit, bool more)
    {
        Assert.Equal(more, LineClassifier.HasMoreWordsThan(line, limit));
    }

    [Theory]
    [InlineData("- Advertisement -", BoilerplateKind.Advertisement)]
    [InlineData("ADVERTISEMENT", BoilerplateKind.Advertisement)]
    [InlineData("Story continues below advertisement", BoilerplateKind.Advertisement)]
    [InlineData("Mail Us For  DMCA / Credit  Notice", BoilerplateKind.CopyrightNotice)]
    [InlineData("Get the best stories in your inbox", BoilerplateKind.Newsletter)]
    [InlineData("Sign up for our morning newsletter", BoilerplateKind.Newsletter)]
    [InlineData("Related Stories", BoilerplateKind.RelatedLinks)]
    [InlineData("Recent Articles", BoilerplateKind.RelatedLinks)]
    [InlineData("Read more:", BoilerplateKind.RelatedLinks)]
    [InlineData("Share this article", BoilerplateKind.SharePrompt)]
    [InlineData("Follow us on Facebook", BoilerplateKind.SharePrompt)]
    [InlineData("Thanks for signing up!", BoilerplateKind.Newsletter)]
    [InlineData("You have been successfully subscribed!", BoilerplateKind.Newsletter)]
    [InlineData("Image:", BoilerplateKind.DanglingCredit)]
    [InlineData("Photo", BoilerplateKind.DanglingCredit)]
    public void Recognises_page_furniture(string line, BoilerplateKind kind) =>
        Assert.Equal(kind, LineClassifier.Classify(line).Boilerplate);

    [Theory]
    [InlineData("Credit: www.example.org / Politics")]
    [InlineData("Copyright (c)2021 Wire Service, Inc.")]
    [InlineData("© 2024 The Daily Harbour")]
    [InlineData("Reprinted with the permission of the author.")]
    [InlineData("Source: Harbour Wire")]
    public void Credit_lines_are_metadata_not_boilerplate(string line)
    {
        var kind = LineClassifier.Classify(line);
        Assert.True(kind.IsCredit);
        Assert.Null(kind.Boilerplate);
    }

    [Theory]
    [InlineData("Millions subscribe to the service, the company said.")]
    [InlineData("The advertisement drew complaints from viewers.")]
    [InlineData("Related stories appeared in three other papers, she said.")]
    [InlineData("The photo showed the two leaders shaking hands.")]
    [InlineData("Share prices fell on Monday.")]
    [InlineData("Image rights are a growing business in Europe.")]
    public void Prose_that_mentions_such_words_is_content(string line) =>
        Assert.True(LineClassifier.Classify(line).IsContent);
}
