namespace ContentGen.Tests.Analyzers;

public class NameVariantAnalyzerTests
{
    [Fact]
    public Task The_spelling_fewer_articles_of_the_story_use_is_reported_once_with_the_usual_one_as_additional_location() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Varna ferry link restored\n\nGovernor Aleksandr {|#0:Kuzmin|} opened the Varna pier on Monday.\n")
            .WithArticle("b.txt", "Varna ferry pier opens\n\nGovernor Aleksandr {|#1:Kouzmin|} cut the ribbon at the Varna pier. Kouzmin said it was a good day.\n")
            .WithArticle("c.txt", "Varna ferry timetable grows\n\nGovernor Aleksandr Kuzmin was pleased with the Varna pier.\n")
            .Expect("CG2001", 1, 0, "Name 'Kouzmin' is spelled 'Kuzmin' in Articles/a.txt (line 3) and other articles of this story; use one spelling across the story")
            .RunAsync();

    [Fact]
    public Task A_glossary_variant_is_reported_on_every_occurrence_with_the_canonical_spelling() =>
        new AnalyzerTest()
            .WithGlossary("# spellings\n{|#9:Nikol Pashinyan = Nikol Pashinian, Pashinian|}\n")
            .WithArticle("a.txt", "Talks end\n\nPrime Minister Nikol {|#0:Pashinian|} spoke. {|#1:Pashinian|} left early.\n")
            .Expect("CG2001", 0, 9, "Name 'Pashinian' is spelled 'Pashinyan' in the glossary (Nikol Pashinyan, line 2); use the canonical spelling")
            .Expect("CG2001", 1, 9)
            .RunAsync();

    [Fact]
    public Task Different_people_with_a_common_surname_and_consistent_spellings_are_left_alone() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Council meets\n\nSenator Maria Lopez said the budget was ready.\n")
            .WithArticle("b.txt", "Mayor speaks\n\nMayor Carlos Lopes said the roads were safe.\n")
            .WithArticle("c.txt", "Mayor speaks again\n\nMayor Carlos Lopes said more.\n")
            .RunAsync();

    [Fact]
    public Task A_given_name_spelled_another_way_in_one_article_of_the_story_is_reported() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Varna ferry link restored\n\nGovernor {|#0:Yorgos|} Pelekanis opened the Varna pier on Monday.\n")
            .WithArticle("b.txt", "Varna ferry pier opens\n\nGovernor {|#1:Giorgos|} Pelekanis cut the ribbon at the Varna pier.\n")
            .WithArticle("c.txt", "Varna ferry timetable grows\n\nGovernor Yorgos Pelekanis was pleased with the Varna pier.\n")
            .Expect("CG2001", 1, 0, "Name 'Giorgos' is spelled 'Yorgos' in Articles/a.txt (line 3) and other articles of this story; use one spelling across the story")
            .RunAsync();

    [Fact]
    public Task A_person_named_in_passing_is_compared_with_the_story() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Varna ferry link restored\n\nGovernor Ilkan {|#0:Berdashev|} opened the Varna pier for boats from Burgas, Odessa and Constanta on Monday.\n")
            .WithArticle("b.txt", "Varna ferry pier opens\n\nThe Varna pier opened for boats from Burgas, Odessa and Constanta, and {|#1:Berdashevv|} cut the ribbon with the crew.\n")
            .WithArticle("c.txt", "Varna ferry timetable grows\n\nGovernor Ilkan Berdashev was pleased with the Varna pier and boats from Burgas, Odessa and Constanta.\n")
            .Expect("CG2001", 1, 0, "Name 'Berdashevv' is spelled 'Berdashev' in Articles/a.txt (line 3) and other articles of this story; use one spelling across the story")
            .RunAsync();

    [Fact]
    public Task The_same_name_in_unrelated_articles_is_not_compared() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Budget passes\n\nSenator Ilkan Berdashev said the budget was ready.\n")
            .WithArticle("b.txt", "Harbour storm\n\nFisherman Ilkan Berdashov said the boats were safe after the gale at Tromso.\n")
            .RunAsync();

    [Fact]
    public Task A_surname_in_passing_after_another_given_name_is_someone_else() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Varna ferry link restored\n\nGovernor Ilkan Berdashev opened the Varna pier for boats from Burgas, Odessa and Constanta on Monday.\n")
            .WithArticle("b.txt", "Varna ferry pier opens\n\nThe Varna pier opened for boats from Burgas, Odessa and Constanta, and Tomas Berdashevv cut the ribbon with the crew.\n")
            .WithArticle("c.txt", "Varna ferry timetable grows\n\nGovernor Ilkan Berdashev was pleased with the Varna pier and boats from Burgas, Odessa and Constanta.\n")
            .RunAsync();

    [Fact]
    public Task A_spelling_several_articles_use_is_reported_when_the_usual_one_clearly_outnumbers_it() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Varna ferry link restored\n\nGovernor Aleksandr {|#0:Kouzmin|} opened the Varna pier on Monday.\n")
            .WithArticle("b.txt", "Varna ferry pier opens\n\nGovernor Aleksandr {|#1:Kouzmin|} cut the ribbon at the Varna pier.\n")
            .WithArticle("c.txt", "Varna ferry timetable grows\n\nGovernor Aleksandr {|#2:Kuzmin|} was pleased with the Varna pier.\n")
            .WithArticle("d.txt", "Varna ferry crews hired\n\nGovernor Aleksandr Kuzmin thanked the crews at the Varna pier.\n")
            .WithArticle("e.txt", "Varna ferry fares set\n\nGovernor Aleksandr Kuzmin set the fares for the Varna pier.\n")
            .WithArticle("f.txt", "Varna ferry sails\n\nGovernor Aleksandr Kuzmin waved off the first boat from the Varna pier.\n")
            .Expect("CG2001", 0, 2, "Name 'Kouzmin' is spelled 'Kuzmin' in Articles/c.txt (line 3) and other articles of this story; use one spelling across the story")
            .Expect("CG2001", 1, 2)
            .RunAsync();

    [Fact]
    public Task Two_spellings_that_several_articles_each_use_without_a_clear_majority_are_left_alone() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Varna ferry link restored\n\nGovernor Aleksandr Kouzmin opened the Varna pier on Monday.\n")
            .WithArticle("b.txt", "Varna ferry pier opens\n\nGovernor Aleksandr Kouzmin cut the ribbon at the Varna pier.\n")
            .WithArticle("c.txt", "Varna ferry timetable grows\n\nGovernor Aleksandr Kuzmin was pleased with the Varna pier.\n")
            .WithArticle("d.txt", "Varna ferry crews hired\n\nGovernor Aleksandr Kuzmin thanked the crews at the Varna pier.\n")
            .WithArticle("e.txt", "Varna ferry fares set\n\nGovernor Aleksandr Kuzmin set the fares for the Varna pier.\n")
            .RunAsync();

    [Fact]
    public Task Two_spellings_each_in_one_article_are_reported_once() =>
        new AnalyzerTest()
            .WithArticle("a.txt", "Varna ferry link restored\n\nGovernor Aleksandr {|#0:Kuzmin|} opened the Varna pier on Monday.\n")
            .WithArticle("b.txt", "Varna ferry pier opens\n\nGovernor Aleksandr {|#1:Kouzmin|} cut the ribbon at the Varna pier.\n")
            .Expect("CG2001", 1, 0, "Name 'Kouzmin' is spelled 'Kuzmin' in Articles/a.txt (line 3) of this story; use one spelling across the story")
            .RunAsync();
}
