using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

/// <summary>The facts a line's shape holds for the page-furniture passes, on short lines of our own.</summary>
public class LineShapeTests
{
    // Lines of every shape the passes ask about: prose, headlines, labels, captions, credits, prompts, teasers.
    public static readonly TheoryData<string> Lines = new()
    {
        "The ferry between Portmain and Skerrow sailed again on Monday after a winter of repairs to the pier.",
        "Ferry link restored after the winter storm",
        "CALM WATERS",
        "FERRY CREW RESCUES SEAL PUP AFTER THE WINTER STORM IN PORTMAIN",
        "FERRY CREW RESCUES SEAL PUP AFTER THE WINTER STORM.",
        "He said the pier would reopen in the spring.",
        "The rebuilt pier at dawn on Tuesday.",
        "Ann Lee/Harbour Wire",
        "Photo: Ann Lee, Harbour Wire",
        "Related stories:",
        "Don't miss",
        "Please check your inbox to confirm your newsletter subscription.",
        "Is the ferry worth the fare?",
        "___",
        "2025",
        "Image: the pier at dawn",
        "Ferry fares rise again PORTMAIN: The council voted to raise the fares.",
        "» Ferry timetables",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Word_counts_and_endings_agree_with_the_classifier(string line)
    {
        var shape = new LineShape(line);

        foreach (var limit in new[] { 0, 1, 2, 3, 4, 5, 6, 8, 12, 20, 30, 60 })
        {
            Assert.Equal(LineClassifier.HasMoreWordsThan(line, limit), shape.HasMoreWordsThan(limit));
        }

        Assert.Equal(LineClassifier.EndsSentence(line), shape.EndsSentence);
        Assert.Equal(FurnitureShapes.IsShoutedTeaser(line), shape.IsShoutedTeaser);
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Facts_asked_once_agree_with_the_shape_tests_each_time(string line)
    {
        var shapes = new[] { new LineShape(line) };

        for (var ask = 0; ask < 2; ask++)
        {
            Assert.Equal(FurnitureShapes.IsReaderPrompt(line), shapes[0].IsReaderPrompt(line));
            Assert.Equal(FurnitureShapes.IsCreditOnly(line), shapes[0].IsCreditOnly(line));
            Assert.Equal(FurnitureShapes.IsCreditOnlyOrAgency(line), shapes[0].IsCreditOnlyOrAgency(line));
            Assert.Equal(FurnitureShapes.Classify(line) == Text.Model.BoilerplateKind.RelatedLinks, shapes[0].IsLinkByShape(line));
        }
    }

    [Theory]
    [InlineData("The ferry between Portmain and Skerrow sailed again on Monday after a winter of repairs to the pier.", true)]
    [InlineData("The ferry sailed again on Monday after the repairs.", true)]       // a sentence of nine words
    [InlineData("The ferry sailed again on Monday.", false)]                          // a short sentence
    [InlineData("Ferry link restored after the winter storm in Portmain and Skerrow as crews finish repairs to the old pier at last", true)]
    [InlineData("Ferry link restored after the winter storm", false)]
    public void Prose_is_a_sentence_of_some_length_or_a_long_line(string line, bool prose)
    {
        Assert.Equal(prose, new LineShape(line).IsProse);
    }

    [Theory]
    [InlineData("CALM WATERS", true)]
    [InlineData("\u2018NOT ON MY WATCH\u2019", true)]
    [InlineData("Calm waters", false)]                                    // lower case
    [InlineData("AB", false)]                                             // fewer than three capitals
    [InlineData("ONE TWO THREE FOUR FIVE SIX SEVEN", false)]              // more than six words
    public void A_shouted_label_is_short_and_in_capitals(string line, bool shouted)
    {
        Assert.Equal(shouted, new LineShape(line).IsShoutedLabel);
    }

    [Theory]
    [InlineData("The rebuilt pier at dawn on Tuesday.", true)]
    [InlineData("Crews worked through the night to clear the slipway.", true)]
    [InlineData("He said the pier would reopen in the spring.", false)]          // goes on from the sentence before
    [InlineData("Their boat left the pier at dawn on Tuesday.", false)]
    [InlineData("\"We are glad to be back,\" the captain said.", false)]       // a quotation
    [InlineData("Image: the pier at dawn on Tuesday", false)]                    // a label
    [InlineData("The pier at dawn,", false)]                                     // runs on
    [InlineData("Short one.", false)]                                            // under twelve characters
    [InlineData("Heathrow-bound passengers wait at the pier.", true)]          // "He" only as a word of its own
    public void A_caption_names_what_the_photo_shows(string line, bool caption)
    {
        Assert.Equal(caption, new LineShape(line).IsCaptionShaped);
    }

    [Theory]
    [InlineData("Ferry link restored after the winter storm", true, false)]  // seven words: no heading
    [InlineData("Is the ferry worth the fare?", true, true)]                  // a question may end a headline
    [InlineData("The ferry sailed again on Monday.", false, true)]            // a full stop does not
    [InlineData("Related stories:", false, true)]                             // a heading over a list, not a headline
    [InlineData("More: Ferry fares rise", true, false)]                       // a colon inside is no heading
    [InlineData("Short", false, true)]                                        // under eight characters
    [InlineData("___", false, true)]                                          // no word
    public void Headlines_and_headings_by_their_words_and_ending(string line, bool headline, bool heading)
    {
        var shape = new LineShape(line);

        Assert.Equal(headline, shape.IsHeadlineShaped);
        Assert.Equal(heading, shape.IsHeading);
    }

    [Theory]
    [InlineData("Ferry", true)]
    [InlineData("___", false)]
    [InlineData("2025", false)]
    [InlineData("a 1 b", false)]
    public void A_word_has_two_letters_in_a_row(string line, bool word)
    {
        Assert.Equal(word, new LineShape(line).HasWord);
    }
}
