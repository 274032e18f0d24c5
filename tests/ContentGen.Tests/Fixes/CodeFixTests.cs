using ContentGen.Text.Checks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ContentGen.Tests.Fixes;

/// <summary>The IDE's code fixes on article files, one fix and fix all, through the testing library.</summary>
public class CodeFixTests
{
    [Fact]
    public Task A_repeated_word_is_collapsed() =>
        new ArticleCodeFixTest()
            .WithArticle("a.txt", "Ferry resumes\n\nThe ferry sailed on {|CG1002:the the|} first day.\n", "Ferry resumes\n\nThe ferry sailed on the first day.\n")
            .RunAsync();

    [Fact]
    public Task Fix_all_collapses_every_repetition_in_every_article()
    {
        var test = new ArticleCodeFixTest()
            .WithArticle("a.txt", "Ferry resumes\n\nThe ferry sailed on {|CG1002:the the|} first day, {|CG1002:to to|} Skerrow.\n", "Ferry resumes\n\nThe ferry sailed on the first day, to Skerrow.\n")
            .WithArticle("b.txt", "Pier opens\n\nThe pier {|CG1002:was was|} opened by the mayor.\n", "Pier opens\n\nThe pier was opened by the mayor.\n");
        test.ExpectedIncrementalFixes = 3;
        return test.RunAsync();
    }

    [Fact]
    public Task A_boilerplate_line_is_deleted() =>
        new ArticleCodeFixTest()
            .WithArticle(
                "a.txt",
                "Ferry resumes\n\nThe ferry sailed on Monday.\n\n{|CG1001:- Advertisement -|}\n\nIt carried 300 passengers.\n",
                "Ferry resumes\n\nThe ferry sailed on Monday.\n\n\nIt carried 300 passengers.\n")
            .RunAsync();

    [Fact]
    public Task An_invisible_character_is_deleted() =>
        new ArticleCodeFixTest()
            .WithArticle("a.txt", "Ferry resumes\n\nThe pass{|CG1007:\u200B|}word was set on Monday.\n", "Ferry resumes\n\nThe password was set on Monday.\n")
            .RunAsync();

    [Fact]
    public Task An_obviously_open_quotation_is_closed() =>
        new ArticleCodeFixTest()
            .WithArticle("a.txt", "Pier opens\n\nThe mayor said: {|CG1003:\u201C|}We will rebuild the pier.\n\nThe council agreed.\n", "Pier opens\n\nThe mayor said: \u201CWe will rebuild the pier.\u201D\n\nThe council agreed.\n")
            .RunAsync();

    [Fact]
    public Task A_glossary_variant_takes_the_canonical_spelling_everywhere_with_fix_all()
    {
        var test = new ArticleCodeFixTest()
            .WithGlossary("{|#9:Nikol Pashinyan = Nikol Pashinian, Pashinian|}\n", "Nikol Pashinyan = Nikol Pashinian, Pashinian\n")
            .WithArticle("a.txt", "Talks end\n\nPrime Minister Nikol {|#0:Pashinian|} spoke. {|#1:Pashinian|} left early.\n", "Talks end\n\nPrime Minister Nikol Pashinyan spoke. Pashinyan left early.\n");
        foreach (var at in new[] { 0, 1 })
        {
            test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.NameVariant, DiagnosticSeverity.Warning).WithLocation(at).WithLocation(9));
        }

        test.ExpectedIncrementalFixes = 2;
        return test.RunAsync();
    }

    [Fact]
    public Task A_finding_without_a_safe_fix_is_left_as_it_is()
    {
        var text = "Border talks\n\nThe talks covered {|CG1002:demarcation and demarcation|} of the border.\n";
        var test = new ArticleCodeFixTest().WithArticle("a.txt", text, text);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Fixes_of_several_rules_in_several_articles_all_apply()
    {
        var test = new ArticleCodeFixTest()
            .WithArticle(
                "a.txt",
                "Ferry resumes\n\nThe ferry sailed on {|CG1002:the the|} first day.\n\n{|CG1001:- Advertisement -|}\n\nThe pass{|CG1007:\u200B|}word was set.\n",
                "Ferry resumes\n\nThe ferry sailed on the first day.\n\n\nThe password was set.\n")
            .WithArticle("b.txt", "Pier opens\n\nThe pier {|CG1002:was was|} opened.\n", "Pier opens\n\nThe pier was opened.\n");
        test.ExpectedIncrementalFixes = 4;
        return test.RunAsync();
    }

    [Fact]
    public void A_fix_is_not_offered_when_the_text_it_replaces_has_changed()
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From("The ferry sailed on the cat first day.");
        var edits = new List<(ContentGen.Text.Fixes.TextEdit, string)> { (new ContentGen.Text.Fixes.TextEdit(new ContentGen.Text.Model.TextRange(23, 4), ""), " the") };
        Assert.Null(ContentGen.CodeFixes.ArticleCodeFixProvider.Changes(edits, text));
        Assert.NotNull(ContentGen.CodeFixes.ArticleCodeFixProvider.Changes(edits, Microsoft.CodeAnalysis.Text.SourceText.From("The ferry sailed on the the first day.")));
    }
}
