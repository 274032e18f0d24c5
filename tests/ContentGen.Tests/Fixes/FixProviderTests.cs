using ContentGen.Text.Checks;
using ContentGen.Text.Fixes;
using ContentGen.Text.Model;

namespace ContentGen.Tests.Fixes;

/// <summary>Each fix on text its rule flags, and the cases where the text leaves doubt and no fix is offered.</summary>
public class FixProviderTests
{
    private const string Head = "Ferry resumes\n\nThe ferry to Skerrow sailed on Monday with 300 passengers.\n\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_boilerplate_line_is_deleted_with_its_line_break(string newline)
    {
        var text = $"Ferry resumes{newline}{newline}The ferry sailed on Monday.{newline}{newline}- Advertisement -{newline}{newline}It carried 300 passengers.{newline}";
        var fixedText = FixHarness.FixAll(text, RuleIds.Boilerplate);
        Assert.Equal($"Ferry resumes{newline}{newline}The ferry sailed on Monday.{newline}{newline}{newline}It carried 300 passengers.{newline}", fixedText);
        Assert.DoesNotContain(FixHarness.Check(fixedText), f => f.RuleId == RuleIds.Boilerplate);
    }

    [Fact]
    public void Boilerplate_on_the_last_line_takes_the_line_break_before_it()
    {
        var text = Head + "It carried 300 passengers.\n\nRelated Stories";
        Assert.Equal(Head + "It carried 300 passengers.\n", FixHarness.FixAll(text, RuleIds.Boilerplate));
    }

    [Fact]
    public void A_dangling_photo_label_after_prose_is_deleted_and_the_prose_kept()
    {
        var text = Head + "The pier was rebuilt after the storm. Image:\n";
        var fix = Assert.Single(FixHarness.Fixes(text, RuleIds.Boilerplate));
        Assert.Equal(Head + "The pier was rebuilt after the storm.\n", fix.ApplyTo(text));
    }

    [Theory]
    [InlineData("The ferry sailed on the the first day.", "The ferry sailed on the first day.")]
    [InlineData("The the ferry sailed on the first day.", "The ferry sailed on the first day.")]
    [InlineData("The ferry sailed on the first of the of the month.", "The ferry sailed on the first of the month.")]
    [InlineData("The ferry sails at the end at the end of the month.", "The ferry sails at the end of the month.")]
    [InlineData("The ferry sailed on the\nthe first day.", "The ferry sailed on the first day.")]
    public void A_repeated_word_or_phrase_is_collapsed_keeping_the_first(string sentence, string expected)
    {
        var text = "Ferry resumes\n\n" + sentence + "\n";
        Assert.Equal("Ferry resumes\n\n" + expected + "\n", FixHarness.FixAll(text, RuleIds.RepeatedWord));
    }

    [Fact]
    public void A_word_repeated_around_and_gets_no_fix_because_another_word_was_meant()
    {
        var text = "Border talks\n\nThe talks covered demarcation and demarcation of the border.\n";
        Assert.Contains(FixHarness.Check(text), f => f.RuleId == RuleIds.RepeatedWord);
        Assert.Empty(FixHarness.Fixes(text, RuleIds.RepeatedWord));
    }

    [Theory]
    [InlineData("pass\u200Bword")]
    [InlineData("the \u202Eferry")]
    [InlineData("the\u0007 ferry")]
    public void Invisible_characters_are_deleted(string garbled)
    {
        var text = Head + "Say " + garbled + " twice.\n";
        var clean = Head + "Say " + garbled.Replace("\u200B", "").Replace("\u202E", "").Replace("\u0007", "") + " twice.\n";
        Assert.Equal(clean, FixHarness.FixAll(text, RuleIds.HiddenCharacter));
    }

    [Theory]
    [InlineData("the mayorâ€™s office", "the mayor\u2019s office")]
    [InlineData("the cafÃ© opened", "the caf\u00E9 opened")]
    public void Mojibake_is_read_back_as_the_utf8_it_was(string garbled, string repaired)
    {
        var text = Head + "It stopped by " + garbled + " on Monday.\n";
        Assert.Equal(Head + "It stopped by " + repaired + " on Monday.\n", FixHarness.FixAll(text, RuleIds.HiddenCharacter));
    }

    [Fact]
    public void A_replacement_character_gets_no_fix_because_the_character_is_lost()
    {
        var text = Head + "The caf\uFFFD opened on Monday.\n";
        Assert.Contains(FixHarness.Check(text), f => f.RuleId == RuleIds.HiddenCharacter);
        Assert.Empty(FixHarness.Fixes(text, RuleIds.HiddenCharacter));
    }

    [Theory]
    [InlineData("The mayor said: \u201CWe will rebuild the pier.", "\u201D")]
    [InlineData("The mayor said: \"We will rebuild the pier.", "\"")]
    [InlineData("\u201CWe will rebuild the pier by spring!", "\u201D")]
    public void A_quotation_open_to_the_end_of_its_paragraph_is_closed_there(string paragraph, string close)
    {
        var text = Head + paragraph + "\n\nThe council agreed.\n";
        Assert.Equal(Head + paragraph + close + "\n\nThe council agreed.\n", FixHarness.FixAll(text, RuleIds.UnbalancedPair));
    }

    [Theory]
    [InlineData("\u201CWe will rebuild the pier, the mayor said.")] // the close belongs before the attribution
    [InlineData("The mayor said \u201CWe will rebuild the pier and then")] // no sentence end
    [InlineData("The mayor said: \u201CWe will rebuild the pier.\nThe council agreed.")] // the paragraph goes on: where does it end?
    [InlineData("The mayor said: \u201CWe will \u201Crebuild the pier.")] // another mark inside
    [InlineData("The pier (rebuilt twice was opened.")] // a bracket: which side is missing is not known
    public void A_quotation_whose_end_is_not_obvious_gets_no_fix(string paragraph)
    {
        var text = Head + paragraph + "\n\nThe council agreed.\n";
        Assert.Contains(FixHarness.Check(text), f => f.RuleId == RuleIds.UnbalancedPair);
        Assert.Empty(FixHarness.Fixes(text, RuleIds.UnbalancedPair));
    }

    [Fact]
    public void A_name_spelled_two_ways_in_one_article_takes_the_first_spelling()
    {
        var text = "Talks end\n\nPrime Minister Nikol Pashinyan sat across the table.\n\nPashinian said the border was calm. Pashinian's aides agreed.\n";
        Assert.Equal(text.Replace("Pashinian", "Pashinyan"), FixHarness.FixAll(text, RuleIds.NameSpelledTwoWays));
    }

    [Fact]
    public void A_glossary_variant_takes_the_canonical_spelling()
    {
        var text = "Talks end\n\nPrime Minister Nikol Pashinian spoke. Pashinian left early.\n";
        var checkedArticle = FixHarness.Check([("Articles/a.txt", text)], "Nikol Pashinyan = Nikol Pashinian, Pashinian\n")[0];
        var findings = checkedArticle.Findings.Where(f => f.RuleId == RuleIds.NameVariant).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(text.Replace("Pashinian", "Pashinyan"), FixProvider.ApplyAll(findings, text).Text);
    }

    [Fact]
    public void A_story_variant_takes_the_spelling_most_articles_use()
    {
        var articles = new[]
        {
            ("Articles/a.txt", "Varna ferry link restored\n\nGovernor Aleksandr Kuzmin opened the Varna pier on Monday.\n"),
            ("Articles/b.txt", "Varna ferry pier opens\n\nGovernor Aleksandr Kouzmin cut the ribbon at the Varna pier. Kouzmin said it was a good day.\n"),
            ("Articles/c.txt", "Varna ferry timetable grows\n\nGovernor Aleksandr Kuzmin was pleased with the Varna pier.\n"),
        };
        var b = FixHarness.Check(articles)[1];
        var finding = Assert.Single(b.Findings, f => f.RuleId == RuleIds.NameVariant);
        var fix = FixProvider.For(finding, b.Text);
        Assert.NotNull(fix);
        Assert.Equal("Use the spelling 'Kuzmin'", fix.Title);
        Assert.Equal(b.Text.Remove(finding.Range.Start, finding.Range.Length).Insert(finding.Range.Start, "Kuzmin"), fix.ApplyTo(b.Text));
    }

    [Fact]
    public void Rules_without_a_safe_fix_offer_none()
    {
        Assert.Null(FixProvider.Describe(RuleIds.FigureConflict));
        Assert.Null(FixProvider.Describe(RuleIds.WeekdayMismatch));
        Assert.Null(FixProvider.For(new Finding(RuleIds.BrokenSentence, new TextRange(0, 3), "x"), "abc def"));
        Assert.Equal("delete the line", FixProvider.Describe(RuleIds.Boilerplate));
    }

    [Fact]
    public void A_finding_outside_the_text_or_with_a_stale_replacement_gets_no_fix()
    {
        Assert.Null(FixProvider.For(new Finding(RuleIds.RepeatedWord, new TextRange(5, 20), "x"), "the the"));
        Assert.Null(FixProvider.For(new Finding(RuleIds.NameVariant, new TextRange(0, 6), "x") { Replacement = "Kuzmin" }, "Kuzmin said"));
        Assert.Null(FixProvider.For(new Finding(RuleIds.NameVariant, new TextRange(0, 7), "x") { Replacement = "Ku\nzmin" }, "Kouzmin said"));
    }

    [Fact]
    public void Fixes_that_collide_are_not_applied_together_and_the_first_wins()
    {
        var one = new TextFix("CG1002", "one", default, [new TextEdit(new TextRange(0, 4), "")]);
        var two = new TextFix("CG1002", "two", default, [new TextEdit(new TextRange(2, 4), "")]);
        var adjacent = new TextFix("CG1001", "three", default, [new TextEdit(new TextRange(4, 2), "")]);
        Assert.Equal(["one", "three"], TextEdits.Compatible([two, adjacent, one]).Select(f => f.Title));
        Assert.Equal("AB", TextEdits.Apply("abcdefAB", [new TextEdit(new TextRange(0, 6), "")]));
    }

    [Fact]
    public void The_properties_a_diagnostic_carries_read_back_as_the_same_edits()
    {
        var text = "Ferry resumes\n\nThe ferry sailed on the the first day.\n";
        var fix = Assert.Single(FixHarness.Fixes(text, RuleIds.RepeatedWord));
        var decoded = FixProperties.Decode(FixProperties.Encode(fix, text).ToDictionary(p => p.Key, p => p.Value));
        Assert.NotNull(decoded);
        Assert.Equal(fix.Title, decoded.Value.Title);
        Assert.Equal(fix.Edits, decoded.Value.Edits.Select(e => e.Edit));
        Assert.Equal(" the", decoded.Value.Edits[0].OldText);
        Assert.Null(FixProperties.Decode(new Dictionary<string, string?> { [FixProperties.Title] = "t" }));
    }
}
