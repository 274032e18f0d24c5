using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

public class FurnitureShapesTests
{
    [Theory]
    [InlineData("Tuesday March 4, 2025", BoilerplateKind.Timestamp)]
    [InlineData("Mar. 4, 2025 8:03 am ET", BoilerplateKind.Timestamp)]
    [InlineData("3 days ago at 07:52 am", BoilerplateKind.Timestamp)]
    [InlineData("2025-03-04T08:57:40+01:00", BoilerplateKind.Timestamp)]
    [InlineData("Updated: Mar. 4, 2025, 7:10 p.m.", BoilerplateKind.Timestamp)]
    [InlineData("Harbour Wire March 4, 2025, 9:02 AM", BoilerplateKind.Timestamp)]
    [InlineData("Updated an hour ago", BoilerplateKind.Timestamp)]
    [InlineData("By Ann Lee", BoilerplateKind.Byline)]
    [InlineData("By Ann Lee and Bo Park", BoilerplateKind.Byline)]
    [InlineData("| by Ann Lee", BoilerplateKind.Byline)]
    [InlineData("Ann Lee @annlee_writes", BoilerplateKind.Byline)]
    [InlineData("By Ann Lee - 3/4/25 06:56 AM EST", BoilerplateKind.Byline)]
    [InlineData("About Ann Lee", BoilerplateKind.Byline)]
    [InlineData("Photo: Ann Lee, Harbour Wire", BoilerplateKind.Caption)]
    [InlineData("Ann Lee/Getty Images", BoilerplateKind.Caption)]
    [InlineData("Bo Park | Harbour Wire | Getty Images", BoilerplateKind.Caption)]
    [InlineData("Image copyright Harbour Wire", BoilerplateKind.Caption)]
    [InlineData("(Image credit: Harbour Wire)", BoilerplateKind.Caption)]
    [InlineData("A ferry leaves the pier at dawn. (AP Photo/Ann Lee)", BoilerplateKind.Caption)]
    [InlineData("The new pier stands empty at night Credit: Harbour Wire", BoilerplateKind.Caption)]
    [InlineData("A gull sits on the rebuilt pier.Ann Lee / AP file", BoilerplateKind.Caption)]
    [InlineData("The first map of the harbour floor. ( Harbour Survey/Portmain Council )", BoilerplateKind.Caption)]
    [InlineData("Mayor Ann Lee, left, greets the crew at the pier, Tuesday, March 4, 2025, in Portmain.", BoilerplateKind.Caption)]
    [InlineData("The ferry Skerrow Star leaves the pier, Tuesday, March 4, 2025.", BoilerplateKind.Caption)]
    [InlineData("In this Tuesday, March 4, 2025, photo, a ferry leaves Portmain.", BoilerplateKind.Caption)]
    [InlineData("Image 1 of 5", BoilerplateKind.PageChrome)]
    [InlineData("2 / 9", BoilerplateKind.PageChrome)]
    [InlineData("• 5 min read", BoilerplateKind.PageChrome)]
    [InlineData("Rating: 12 Votes", BoilerplateKind.PageChrome)]
    [InlineData("14 Comments", BoilerplateKind.PageChrome)]
    [InlineData("harbourfan says:", BoilerplateKind.PageChrome)]
    [InlineData("Share", BoilerplateKind.PageChrome)]
    [InlineData("Facebook Twitter Email", BoilerplateKind.PageChrome)]
    [InlineData("Share on: Facebook Twitter", BoilerplateKind.PageChrome)]
    [InlineData("Please enable JavaScript to view the comments", BoilerplateKind.PageChrome)]
    [InlineData("https://harbour.example/img/logo.png", BoilerplateKind.PageChrome)]
    [InlineData("AP-US--Harbour-Ferry, 2nd Ld-Writethru", BoilerplateKind.PageChrome)]
    [InlineData("Terms of Use • Privacy Policy • Contact Us", BoilerplateKind.PageChrome)]
    [InlineData("More: Ferry fares rise again", BoilerplateKind.RelatedLinks)]
    [InlineData("[Related: Ferry fares rise again]", BoilerplateKind.RelatedLinks)]
    [InlineData("Most read in local news", BoilerplateKind.RelatedLinks)]
    [InlineData("More Great Harbour Stories", BoilerplateKind.RelatedLinks)]
    [InlineData("Popular on Harbour News", BoilerplateKind.RelatedLinks)]
    [InlineData("More from Harbour News", BoilerplateKind.RelatedLinks)]
    [InlineData("Like Loading...", BoilerplateKind.PageChrome)]
    [InlineData("Ferry crew rescues a seal pup at the pier [VIDEO]", BoilerplateKind.RelatedLinks)]
    [InlineData("Follow our ferry coverage at https://harbour.example/ferries", BoilerplateKind.RelatedLinks)]
    [InlineData("Email Ann Lee at ann.lee@harbour.example or follow her @annlee", BoilerplateKind.RelatedLinks)]
    [InlineData("Filed Under: ferries, storms, Portmain", BoilerplateKind.RelatedLinks)]
    [InlineData("Bo Park contributed reporting from Skerrow.", BoilerplateKind.Byline)]
    [InlineData("Ann Lee contributed to this report.", BoilerplateKind.Byline)]
    [InlineData("Harbour Wire writers Ann Lee, Bo Park and Cy Holm contributed.", BoilerplateKind.Byline)]
    [InlineData("By Ann Lee , Bo Park on Tuesday, March 4th, 2025 at 11:08 a.m.", BoilerplateKind.Byline)]
    [InlineData("@annlee_writes", BoilerplateKind.Byline)]
    [InlineData("On harbour.news: Ferry fares rise again", BoilerplateKind.RelatedLinks)]
    [InlineData("Also on harbour.news Ferry fares rise again for the winter", BoilerplateKind.RelatedLinks)]
    [InlineData("Also on harbour.news Ferry crews and harbour staff are threatened with fines as the council cuts the winter timetable again", BoilerplateKind.RelatedLinks)]
    [InlineData("\u00BB Ferry timetables", BoilerplateKind.RelatedLinks)]
    [InlineData("Image caption The ferry leaves the pier at dawn", BoilerplateKind.Caption)]
    [InlineData("FILE PHOTO: Crew members tie up the ferry at the pier in Portmain, March 4, 2025.", BoilerplateKind.Caption)]
    [InlineData("Above: The rebuilt pier at dawn.", BoilerplateKind.Caption)]
    [InlineData("This aerial image from the harbour survey shows the new breakwater.", BoilerplateKind.Caption)]
    [InlineData("An artist's impression of the new ferry terminal at Portmain.", BoilerplateKind.Caption)]
    [InlineData("A gull sits on the pier on March 4, 2025.J. Lee / AP file", BoilerplateKind.Caption)]
    [InlineData("A gull sits on the rebuilt pierCredit: Harbour Wire", BoilerplateKind.Caption)]
    [InlineData("<div class=\"share-tools\" data-id=\"4\">", BoilerplateKind.PageChrome)]
    [InlineData("&lt;span data-kind=\"marker\"&gt;&lt;/span&gt;", BoilerplateKind.PageChrome)]
    [InlineData("[button link=\"https://harbour.example/tips\"]Send us your tip[/button]", BoilerplateKind.PageChrome)]
    [InlineData("Do you read us every day? Click here to support the paper.", BoilerplateKind.SharePrompt)]
    [InlineData("Updated", BoilerplateKind.Timestamp)]
    [InlineData("\u00B7 Updated:", BoilerplateKind.Timestamp)]
    [InlineData("Updated Mar 4, 6:55 AM;", BoilerplateKind.Timestamp)]
    [InlineData("Eingestellt :[ 2025-03-04 15:24 ]", BoilerplateKind.Timestamp)]
    [InlineData("Lesezeit: 3 Minuten", BoilerplateKind.PageChrome)]
    [InlineData("2 minutos", BoilerplateKind.PageChrome)]
    [InlineData("250304081500123", BoilerplateKind.PageChrome)]
    public void Recognises_furniture_by_its_shape(string line, BoilerplateKind kind) =>
        Assert.Equal(kind, FurnitureShapes.Classify(line));

    [Theory]
    [InlineData("Saturday, March 8: Portmain v Skerrow")]                       // a fixture list
    [InlineData("Portmain 2 Skerrow 1")]
    [InlineData("4:14 p.m.")]                                                  // a live blog's entry time
    [InlineData("8 March 2025 | 20 April 2025")]                               // an exhibition's run
    [InlineData("By Monday the pier was open.")]
    [InlineData("By the numbers")]
    [InlineData("The findings were published today (Mar. 4) in a journal.")]
    [InlineData("(Published Tuesday, Mar. 4, 2025)")]
    [InlineData("The vote is set for Tuesday, March 4, 2025, and the council expects a close result.")]
    [InlineData("It happened on Tuesday, March 4, 2025, in Portmain, when the storm broke the pier apart and many boats sank.")]
    [InlineData("The key image: a boy on a bridge")]
    [InlineData("The report names the agency (ePA) as its source.")]
    [InlineData("Spiced Honey Plum Jam")]
    [InlineData("Account: @harbourfan")]
    [InlineData("Story Timeline")]
    [InlineData("Share prices fell on Monday.")]
    [InlineData("Facebook updated its privacy policy on Monday, the company said, and users were told by email.")]
    [InlineData("— Ann Lee (@annlee) March 4, 2025")]                         // an embedded post's signature
    [InlineData("Path A: Portmain, Skerrow/Dravik/Holm")]
    [InlineData("Sign up for a ferry pass for $11.99 a month")]
    [InlineData("The pier reopened on Tuesday, March 4, 2025.")]                  // prose dates what happened
    [InlineData("The quake struck before dawn today Tuesday, March 4, 2025.")]
    [InlineData("Ann Lee contributed $5,000 to the harbour fund.")]
    [InlineData("The storm contributed to the decline, the report said.")]
    [InlineData("Readers were told to click here for updates.")]
    [InlineData("The photo of the mayor spread quickly on Monday.")]
    [InlineData("An artist sketched the pier at dawn.")]
    [InlineData("<3 the new ferry")]
    [InlineData("[Ann Lee, page 41]")]
    [InlineData("Updated rules take effect on Monday.")]
    [InlineData("Released 2025-03-04 05:08:35 GMT")]                         // a wire's release stamp: left as before
    [InlineData("@ the pier")]
    [InlineData("2025")]
    [InlineData("On Monday: the pier reopens")]
    public void Leaves_content_alone(string line) =>
        Assert.Null(FurnitureShapes.Classify(line));

    [Theory]
    [InlineData("Ann Lee, Harbour Wire", true)]
    [InlineData("Ann Lee and Bo Park", true)]
    [InlineData("by Ann Lee", true)]
    [InlineData("Ann Lee, staff writer", true)]
    [InlineData("Harbour Wire", true)]                                        // a wire service alone above the story
    [InlineData("Skerrow Ferries", false)]
    [InlineData("Davis Cup", false)]
    [InlineData("Crew Charged With Theft, Fraud", false)]                     // a headline in title case
    [InlineData("Sheriff's Office, Portmain", false)]
    public void Author_lines_have_what_marks_them_as_authors(string line, bool expected) =>
        Assert.Equal(expected, FurnitureShapes.IsAuthorLine(line));

    [Theory]
    [InlineData("FERRY CREW RESCUES SEAL PUP AFTER THE WINTER STORM IN PORTMAIN", true)]
    [InlineData("HARBOUR AWARDS: CREW OF THE SKERROW STAR HONOURED BY THE COUNCIL", true)]
    [InlineData("HOW TO PICKLE THE HARBOUR'S HERRING", false)]                   // an article's own subheading
    [InlineData("WILL ANYONE STAND UP FOR THE FERRY CREWS OF PORTMAIN?", false)]  // a question put to the reader
    [InlineData("HARBOUR FERRIES INC. 11.40 -0.62 -1.41% TODAY ON THE EXCHANGE", false)] // a ticker
    [InlineData("THE COUNCIL VOTED ON MONDAY TO REOPEN THE PIER FOR THE SUMMER.", false)]   // prose in capitals
    public void A_shouted_teaser_is_a_whole_headline_in_capitals(string line, bool expected) =>
        Assert.Equal(expected, FurnitureShapes.IsShoutedTeaser(line));

    [Theory]
    [InlineData("Ferry fares rise again for the winter PORTMAIN: The council voted on Monday to", true)]
    [InlineData("Storm closes pier NEW HARBOUR: Crews worked through the night", true)]
    [InlineData("PORTMAIN: The council voted on Monday.", false)]                // a dateline opens the story
    [InlineData("The mayor spoke. PORTMAIN: The council voted on Monday.", false)]
    [InlineData("Fares rise: the council voted on Monday", false)]
    public void A_dateline_teaser_runs_a_headline_into_a_dateline(string line, bool expected) =>
        Assert.Equal(expected, FurnitureShapes.IsDatelineTeaser(line));

    [Theory]
    [InlineData("Ann Lee is a reporter for Harbour Wire.", true)]
    [InlineData("Ann Lee\u00A0is a freelance writer based in Portmain.", true)]
    [InlineData("Harbour contributor Bo Park (bo@harbour.example) is the editor of the Skerrow Gazette.", true)]
    [InlineData("Bo is Harbour's ferry correspondent.", true)]
    [InlineData("The ferry is a danger to swimmers, the coastguard said.", false)]
    [InlineData("Ann Lee is a mother of three who runs the pier cafe.", false)]
    public void An_author_note_names_the_writer_and_a_role(string line, bool expected) =>
        Assert.Equal(expected, FurnitureShapes.IsAuthorNote(line));

    [Theory]
    [InlineData("Please check the box to subscribe.", true)]
    [InlineData("Keep an eye on your inbox for the morning edition.", true)]
    [InlineData("There was an error processing your subscription.", true)]
    [InlineData("Millions subscribe to the service, the company said.", false)]
    [InlineData("\"You should subscribe,\" she told her neighbours.", false)]
    public void A_reader_prompt_speaks_to_the_reader_of_a_subscription(string line, bool expected) =>
        Assert.Equal(expected, FurnitureShapes.IsReaderPrompt(line));

    [Theory]
    [InlineData("Harbour Survey", true)]
    [InlineData("NASA Earth Observatory", true)]
    [InlineData("Harbour Survey.", false)]
    [InlineData("the harbour survey", false)]
    [InlineData("Tuesday Morning", false)]
    public void A_short_credit_is_a_few_capitalised_words(string line, bool expected) =>
        Assert.Equal(expected, FurnitureShapes.IsShortCredit(line));
}
