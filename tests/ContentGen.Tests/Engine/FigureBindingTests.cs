using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

/// <summary>
/// What a figure is bound to (governing word, place, part, counted phrase, series) and how that decides whether two
/// reports give the same quantity. All text is our own.
/// </summary>
public class FigureBindingTests
{
    private static IReadOnlyList<FigureKey> Keys(string sentence)
    {
        var text = "Harbour report\n\n" + sentence + "\n";
        return new ArticleText(ArticleParser.Parse("a.txt", text), text).FigureKeys;
    }

    private static FigureKey Key(string sentence, string figure) => Keys(sentence).Single(k => k.Figure.Text == figure);

    private static bool Same(string a, string figureA, string b, string figureB) =>
        FigureComparison.SameQuantity(Key(a, figureA), Key(b, figureB));

    [Fact]
    public void A_series_word_binds_only_under_the_same_verb_in_the_same_tense()
    {
        // The sentences share too few words for the same statement; the series word and its verb say it.
        const string past = "He missed the final four crossings of the season.";
        Assert.False(Key(past, "four crossings").Statement.Says(Key("He missed the final two crossings, the company said.", "two crossings").Statement));
        Assert.True(Same(past, "four crossings", "He missed the final two crossings, the company said.", "two crossings"));
        Assert.False(Same(past, "four crossings", "He will miss the final two crossings, the company said.", "two crossings"));
    }

    [Fact]
    public void The_same_part_of_a_series_under_the_same_verb_is_the_same_quantity() =>
        Assert.True(Same("Skipper Varga completed his first 17 crossings without a delay.", "17 crossings",
            "He completed his first 35 crossings, every one of them on time.", "35 crossings"));

    [Fact]
    public void Another_part_of_a_series_is_another_quantity() =>
        Assert.False(Same("He completed his first 17 crossings, every one of them on time.", "17 crossings",
            "He completed his last 12 crossings, every one of them on time.", "12 crossings"));

    [Fact]
    public void The_same_counted_phrase_of_several_words_is_the_same_quantity() =>
        Assert.True(Same("The home side scored 17 unanswered points in the second half.", "17 unanswered points",
            "Nine unanswered points in the second half settled it.", "Nine unanswered points"));

    [Fact]
    public void Another_counted_phrase_is_another_quantity() =>
        Assert.False(Same("Ostrander finished the season with 404 rushing yards and a fumble.", "404 rushing yards",
            "Ostrander finished the season with 440 receiving yards and a fumble.", "440 receiving yards"));

    [Fact]
    public void Figures_told_apart_by_their_places_are_compared_by_place()
    {
        const string a = "Turnout reached 55 percent in Lorvia, 61 percent in Dessa and 48 percent in Ambor, officials said.";
        const string b = "Turnout reached 55 percent in Lorvia, 60 percent in Dessa and 48 percent in Ambor, officials said.";
        var dessa = Key(a, "61 percent");

        Assert.True(dessa.Ambiguous);
        Assert.True(FigureComparison.Comparable(dessa));
        Assert.True(FigureComparison.SameQuantity(dessa, Key(b, "60 percent")));
        Assert.False(FigureComparison.SameQuantity(dessa, Key(b, "48 percent")));
    }

    [Fact]
    public void Figures_of_one_unit_that_nothing_tells_apart_stay_uncompared()
    {
        var key = Key("The crew hauled 28 nets and 41 nets.", "41 nets");

        Assert.True(key.Ambiguous);
        Assert.False(FigureComparison.Comparable(key));
    }

    [Fact]
    public void A_conversion_in_brackets_is_bound_like_the_figure_before_it()
    {
        var keys = Keys("The tremor struck at a depth of 22 miles (35 kilometers), the survey said.");
        var miles = keys.Single(k => k.Figure.Text == "22 miles").Binding;

        Assert.NotNull(miles.Governor);
        Assert.Same(miles, keys.Single(k => k.Figure.Text == "35 kilometers").Binding);
    }

    [Fact]
    public void Another_modified_noun_is_another_quantity() =>
        Assert.False(Same("The ferry captain was serving a 15-year sentence in Dorrow.", "15-year",
            "The ferry captain, a 12-year veteran of the line, was serving in Dorrow.", "12-year"));

    [Fact]
    public void Figures_said_of_different_places_are_other_quantities_whatever_their_words() =>
        Assert.False(Same("Storms destroyed 40 houses in Dessa on Sunday, officials said.", "40 houses",
            "Storms destroyed 12 houses in Ambor on Sunday, officials said.", "12 houses"));

    [Fact]
    public void Sentences_whose_other_figures_all_disagree_report_other_frames()
    {
        // One skipper's haul on one trip against the season's: the nets and the days differ, so the crates do too.
        const string trip = "Varga landed 13 crates and 43 nets in 5 days with the Dessa crew.";
        const string season = "Over the season Varga landed 33 crates and 121 nets in 157 days with both crews.";
        Assert.False(Same(trip, "13 crates", season, "33 crates"));

        // The same sentence with one figure changed keeps its frame: the changed figure is still the same quantity.
        Assert.True(Same(trip, "13 crates", "Varga landed 26 crates and 43 nets in 5 days with the Dessa crew.", "26 crates"));
    }

    [Fact]
    public void Other_phrases_of_the_same_unit_frame_a_figure_too() =>
        Assert.False(Same("Ostrander has 548 rushing yards, 28 receptions and 258 receiving yards this season.", "258 receiving yards",
            "Since the spring, Ostrander has eight touchdowns on 498 rushing yards and 176 receiving yards.", "176 receiving yards"));

    [Fact]
    public void A_pronoun_stands_for_the_person_named_before_its_sentence()
    {
        const string a = "Tomas Kerrigan and Ilse Varga stood trial in Dorrow. Mr. Varga was sentenced to seven years in prison.";
        const string b = "Tomas Kerrigan and Ilse Varga stood trial in Dorrow. Kerrigan spoke last. He was sentenced to 12 years in prison.";
        Assert.Equal("kerigan", Key(b, "12 years").Binding.Subject);
        Assert.False(Same(a, "seven years", b, "12 years"));

        const string c = "Tomas Kerrigan and Ilse Varga stood trial in Dorrow. Varga spoke last. He was sentenced to 12 years in prison.";
        Assert.True(Same(a, "seven years", c, "12 years"));
    }

    [Fact]
    public void A_currency_conversion_is_not_compared_and_a_unit_conversion_is_rounded()
    {
        var euros = Keys("The fund agreed a 110-billion euro ($143 billion) rescue on Sunday.").Single(k => k.Unit == "usd");
        Assert.False(FigureComparison.Comparable(euros));

        var miles = Key("The survey put the epicentre at about 58km (36 miles) west of Dorrow.", "36 miles");
        Assert.Equal("approximately", miles.Figure.Qualifier);
        Assert.True(FigureComparison.CanBothBeTrue(miles.Figure, Key("The survey said the quake was 35 miles west of Dorrow.", "35 miles").Figure));
        Assert.False(FigureComparison.CanBothBeTrue(miles.Figure, Key("The survey said the quake was 55 miles west of Dorrow.", "55 miles").Figure));
    }

    [Fact]
    public void A_sentence_of_two_words_under_another_governor_is_not_the_same_statement()
    {
        // "against Dessa" is all the two sentences share, and all the second one says besides its verb.
        const string needed = "The tall senior needed nine points in the game against Dessa on Friday to pass the record.";
        Assert.False(Same(needed, "nine points", "Ely put up 23 points against Dessa.", "23 points"));
        Assert.True(Same("He was sentenced to 12 years in prison.", "12 years", "Later he was sentenced to 14 years in prison.", "14 years"));
    }

    [Fact]
    public void The_same_predicate_in_other_words_with_more_of_its_clause_is_the_same_quantity()
    {
        // "worth" and "valued at" say one predicate; "masked thieves stole" is three more words of the clause.
        const string worth = "On Friday masked thieves stole pearls worth 40 million crowns from a shop in Dessa.";
        const string valued = "The masked thieves stole rubies valued at 80 million crowns from the harbour branch, police said.";
        Assert.True(Same(worth, "40 million crowns", valued, "80 million crowns"));

        // The same predicate with nothing more in common is not enough.
        Assert.False(Same(worth, "40 million crowns", "The insurer said the cargo was worth 80 million crowns.", "80 million crowns"));
    }

    [Fact]
    public void The_same_governing_word_at_the_same_place_is_the_same_quantity() =>
        Assert.True(Same("The navy said on Sunday it had seized 23 smugglers off Kessa after a chase.", "23 smugglers",
            "Coastguard boats seized 46 smugglers off Kessa, officials said.", "46 smugglers"));

    [Fact]
    public void A_name_before_the_governing_verb_is_whom_the_figure_is_said_of()
    {
        var hale = Key("On Sunday Oren Hale rushed for 226 yards while the rest of the side added 80.", "226 yards");
        Assert.Equal("hale", hale.Binding.Subject);
        Assert.False(Same("On Sunday Oren Hale rushed for 226 yards in the cold.", "226 yards",
            "Running back Ivo Marsh rushed for 101 yards in the cold.", "101 yards"));
    }

    [Fact]
    public void An_estimate_is_approximate()
    {
        var estimate = Key("Officials estimate the damage to the harbour chapel at $1 million.", "$1 million");
        Assert.Equal("approximately", estimate.Figure.Qualifier);
        Assert.Equal("exact", Key("The harbour chapel cost $1 million to build.", "$1 million").Figure.Qualifier);
    }

    [Fact]
    public void A_record_before_a_figure_narrows_it_and_governs_nothing()
    {
        var record = Key("Varga sailed for a career-high 658 miles on the crossing.", "658 miles").Binding;
        Assert.Equal("sailed", record.Governor);
        Assert.Equal("career-high", record.Ordinal);
    }

    [Fact]
    public void A_depth_told_apart_from_a_distance_is_compared_with_another_depth()
    {
        var depth = Key("The quake struck at a depth of 10 kilometres, 55 kilometres west of Portmain.", "10 kilometres");
        Assert.True(depth.Ambiguous);
        Assert.True(FigureComparison.Comparable(depth));
        Assert.True(FigureComparison.SameQuantity(depth, Key("The quake struck at a depth of 12 kilometres, 55 kilometres west of Portmain.", "12 kilometres")));
        Assert.False(FigureComparison.SameQuantity(depth, Key("The quake struck at a depth of 12 kilometres, 55 kilometres west of Portmain.", "55 kilometres")));
    }

    [Fact]
    public void A_figure_counted_over_a_stretch_of_the_game_is_not_the_game_total()
    {
        const string game = "Ruiz scored 14 points, grabbed 9 rebounds and blocked six shots.";
        const string run = "During the deciding 12-2 run, Ruiz scored two baskets, grabbed 3 of his 9 rebounds and blocked two shots.";
        Assert.Equal("run", Key(run, "two shots").Binding.Scope);
        Assert.Null(Key(game, "six shots").Binding.Scope);
        Assert.True(Key(game, "six shots").Statement.Says(Key(run, "two shots").Statement));
        Assert.False(Same(game, "six shots", run, "two shots"));
    }

    [Fact]
    public void Figures_counted_over_the_same_stretch_are_compared()
    {
        Assert.True(Same("Ruiz blocked two shots in the second half.", "two shots", "Ruiz blocked four shots in the second half.", "four shots"));
        // The part named with its noun left out is the same part.
        Assert.True(Same("The Gulls scored 17 unanswered points in the fourth quarter to win it.", "17 unanswered points",
            "Nine unanswered points in the fourth did it for the Gulls.", "Nine unanswered points"));
        Assert.False(Same("Ruiz blocked two shots in the second half.", "two shots", "Ruiz blocked four shots in the first half.", "four shots"));
        // Said before the figure or after it, the same part.
        Assert.True(Same("In the second half, Ruiz blocked two shots.", "two shots", "Ruiz blocked four shots in the second half.", "four shots"));
    }

    [Fact]
    public void A_figure_counted_in_a_capacity_is_not_the_whole_tenure()
    {
        const string capacity = "Before that, Varga spent four seasons as the Gulls harbour director and coached the juniors.";
        Assert.Equal("as director", Key(capacity, "four seasons").Binding.Scope);
        Assert.False(Same(capacity, "four seasons", "Varga has spent 19 seasons with the Gulls.", "19 seasons"));
        Assert.True(Same(capacity, "four seasons", "Before that, Varga spent five seasons as the Gulls harbour director.", "five seasons"));
    }

    [Fact]
    public void A_figure_of_a_season_or_career_is_not_one_of_the_game() =>
        Assert.False(Same("Ostrander caught two touchdowns against the Gulls on Sunday.", "two touchdowns",
            "Ostrander caught 31 touchdowns in his career against the Gulls.", "31 touchdowns"));

    [Fact]
    public void A_capitalised_first_word_before_a_lower_case_one_is_a_word_of_the_clause()
    {
        const string worth = "Masked thieves stole pearls worth 40 million crowns from a jeweller in Dessa on Friday.";
        const string valued = "Masked thieves stole rubies valued at 80 million crowns from the Dessa branch of a jeweller, police said.";
        Assert.Contains("masked", Key(worth, "40 million crowns").Binding.Clause);
        Assert.True(Same(worth, "40 million crowns", valued, "80 million crowns"));
        // Two capitalised words open a name, not a sentence's common word.
        Assert.DoesNotContain("harbour", Key("Harbour Police seized 40 crates of rifles.", "40 crates").Binding.Clause);
    }

    [Fact]
    public void A_participle_is_its_verb_in_any_tense()
    {
        const string past = "He completed his first 35 crossings, every one of them on time.";
        Assert.True(Same("Skipper Varga finished with 40 of 44 after completing his first 17 crossings.", "17 crossings", past, "35 crossings"));
        // Two finite forms keep their tenses.
        Assert.False(Same("He will complete his first 17 crossings, the company said.", "17 crossings", past, "35 crossings"));
    }
}
