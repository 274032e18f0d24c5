namespace ContentGen.Tests.Analyzers;

public class FigureConflictAnalyzerTests
{
    // Two reports of one story: they share Governor Kuzmin and the places Skerrow and Portmain.
    private const string Story = "Governor Aleksandr Kuzmin spoke at Skerrow, near Portmain.";

    [Fact]
    public Task Incompatible_values_are_reported_on_both_articles() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nThe war ended after {{|#0:44 days|}} of fierce fighting.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nThe war ended after {{|#1:45 days|}} of fighting.\n")
            .Expect("CG2002", 0, 1, "'44 days' conflicts with '45 days' in Articles/b.txt (line 5), same story; check which figure is right")
            .Expect("CG2002", 1, 0)
            .RunAsync();

    [Fact]
    public Task Approximate_values_far_apart_conflict() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nAfter the war {{|#0:some 53,000 refugees|}} returned home.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nAfter the war {{|#1:some 35,000 refugees|}} returned home.\n")
            .Expect("CG2002", 0, 1)
            .Expect("CG2002", 1, 0)
            .RunAsync();

    [Fact]
    public Task The_same_part_of_a_series_under_the_same_verb_conflicts() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nSkipper Varga completed his first {{|#0:17 crossings|}} without a delay.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nHe completed his first {{|#1:35 crossings|}}, every one of them on time.\n")
            .Expect("CG2002", 0, 1)
            .Expect("CG2002", 1, 0)
            .RunAsync();

    [Fact]
    public Task Two_stated_maxima_of_different_things_in_alike_sentences_agree() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nThe new ferry's battery lasts up to 8 hours on a charge.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nUp to 17 hours on a charge.\n")
            .RunAsync();

    [Fact]
    public Task Values_that_can_both_be_true_agree() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nAt least three people were killed in the storm. About 2,000 passengers used the ferry.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nFive people were killed in the storm. Some 2,100 passengers used the ferry.\n")
            .RunAsync();

    [Fact]
    public Task A_figure_another_report_gives_too_is_corroborated_and_not_reported() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nThe storm damaged {{|#0:12 houses|}} in the harbour district, officials said.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nThe storm damaged 12 houses in the harbour district, the mayor said.\n")
            .WithArticle("c.txt", $"Ferry sails\n\n{Story}\n\nThe storm damaged {{|#1:40 houses|}} in the harbour district and the old town, officials said.\n")
            .Expect("CG2002", 1, 0)
            .RunAsync();

    [Fact]
    public Task Figures_sharing_a_sentence_with_another_of_their_unit_are_not_compared_when_nothing_tells_them_apart() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nThe crews laid 10 kilometres and 55 kilometres of cable near Portmain.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nThe crews laid 12 kilometres and 55 kilometres of cable near Portmain.\n")
            .RunAsync();

    [Fact]
    public Task Clock_times_and_scores_are_not_figures() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nThe ferry left at 8:33 am and Portmain won the match 6-4 6-3 6-0 that evening.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nThe ferry left at 8:45 am and Portmain won the match 6-4 6-3 6-1 that evening.\n")
            .RunAsync();

    [Fact]
    public Task Figures_in_an_unrelated_story_never_conflict() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nThe war ended after 44 days of fighting.\n")
            .WithArticle("b.txt", "Chess final\n\nGrandmaster Ilse Varga won in Lindholm. The final lasted 45 days of fighting spirit.\n")
            .RunAsync();

    [Fact]
    public Task Same_unit_in_different_contexts_is_not_compared() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nThe bridge opened 26 months behind schedule.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nThe pier repairs took 18 months.\n")
            .RunAsync();

    [Fact]
    public Task Figures_said_of_different_people_are_not_compared() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nSkipper Ilse Varga completed 14 crossings for the Skerrow line this winter.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nSkipper Odo Renn completed 11 crossings for the Skerrow line this winter.\n")
            .RunAsync();

    [Fact]
    public Task A_part_of_a_count_is_not_compared_with_the_count() =>
        new AnalyzerTest()
            .WithArticle("a.txt", $"Ferry back\n\n{Story}\n\nThe crew found nine life jackets in the water. Divers found two other life jackets on the pier.\n")
            .WithArticle("b.txt", $"Ferry returns\n\n{Story}\n\nDivers found nine life jackets on the pier.\n")
            .RunAsync();

    // a and c are one story through b but not directly related: they share little besides the pier and the harbour.
    private const string Opening = "Governor Kuzmin opens Skerrow pier\n\nGovernor Aleksandr Kuzmin opened the new Skerrow pier in Portmain on Monday and promised a ferry link to Tarrow by spring.\n\n";
    private const string Bridge = "Skerrow pier opens\n\nThe new Skerrow pier in Portmain was opened by Governor Aleksandr Kuzmin on Monday. Harbour master Ilse Varga thanked the 340 workers of Brindle Yard who built it in 19 months.\n";
    private const string Workers = "Brindle Yard workers praised\n\nHarbour master Ilse Varga praised the 340 workers of Brindle Yard who built the pier in 19 months, and the crane drivers of Hollin Quay who lifted its beams.\n\n";

    [Fact]
    public Task A_figure_is_compared_with_the_whole_story_where_its_sentence_says_enough() =>
        new AnalyzerTest()
            .WithArticle("a.txt", Opening + "The storm last winter damaged {|#0:12 fishing boats|} moored in the old harbour, the governor said.\n")
            .WithArticle("b.txt", Bridge)
            .WithArticle("c.txt", Workers + "The storm last winter damaged {|#1:25 fishing boats|} moored in the old harbour, Varga said.\n")
            .Expect("CG2002", 0, 1, "'12 fishing boats' conflicts with '25 fishing boats' in Articles/c.txt (line 5), same story; check which figure is right")
            .Expect("CG2002", 1, 0)
            .RunAsync();

    [Fact]
    public Task A_short_sentence_is_compared_only_with_the_articles_that_report_the_event_directly() =>
        new AnalyzerTest()
            .WithArticle("a.txt", Opening + "Its crane lifts 12 tonnes.\n")
            .WithArticle("b.txt", Bridge)
            .WithArticle("c.txt", Workers + "Its crane lifts 25 tonnes.\n")
            .RunAsync();
}
