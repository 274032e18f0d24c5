using ContentGen.Text.Corpus;
using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

/// <summary>Which articles are one story: what they share, weighed by how rare it is; no chains; stable ids.</summary>
public class StoryClusteringTests
{
    private static ArticleText Article(string path, string text) => new(ArticleParser.Parse(path, text), text);

    private static List<string> Stories(params ArticleText[] articles) =>
        new CorpusIndex(articles).Stories.Select(s => string.Join(",", s.Select(a => a.Path))).Order().ToList();

    [Fact]
    public void One_shared_word_never_makes_two_articles_one_story()
    {
        // Every local report names the town; that alone is not one event.
        var stories = Stories(
            Article("a.txt", "Ferry back\n\nThe Skerrow ferry returned to Portmain harbour after repairs.\n"),
            Article("b.txt", "School prize\n\nPupils from Portmain won the regional chess trophy.\n"));

        Assert.Equal(["a.txt", "b.txt"], stories);
    }

    [Fact]
    public void A_chain_of_articles_each_sharing_a_little_with_the_next_is_not_one_story()
    {
        // a~b share the ferry, b~c the councillor, c~d the district: no article is about what the others are.
        var stories = Stories(
            Article("a.txt", "Skerrow ferry delayed by storm\n\nThe Skerrow ferry to Brindle Quay was held in port for six hours on Tuesday as gales swept the coast, captain Ilse Varga said.\n\nPassengers waited in the terminal café while crews checked the mooring lines. Forecasters expect calmer seas by Thursday.\n"),
            Article("b.txt", "Council backs ferry subsidy\n\nThe Portmain council voted to keep the Skerrow ferry subsidy for another year, councillor Odo Renn said after Wednesday's meeting.\n\nThe subsidy costs the town about 90,000 crowns a year. Opponents wanted the money spent on road repairs instead.\n"),
            Article("c.txt", "Renn to publish spending plan\n\nCouncillor Odo Renn said the Portmain council would publish its spending plan for the Tarrow district in May.\n\nThe plan covers parks, street lighting and the old tram depot, which has stood empty since the spring floods.\n"),
            Article("d.txt", "Tarrow district loses library hours\n\nThe Tarrow district library will close on Mondays from next month, treasurer Mina Soll told residents at Hollin Hall.\n\nParents said the change would hurt children who use the reading room after school. A petition has gathered 800 names.\n"));

        Assert.DoesNotContain(stories, s => s.Split(',').Length > 2);
    }

    [Fact]
    public void Reports_of_one_event_are_one_story_whatever_the_order_of_files()
    {
        var first = Article("z-wire.txt", "Governor Kuzmin opens Skerrow pier\n\nGovernor Aleksandr Kuzmin opened the new Skerrow pier in Portmain on Monday; 340 workers built it in 19 months.\n");
        var second = Article("a-gazette.txt", "Skerrow pier opens\n\nThe new Skerrow pier in Portmain, built by 340 workers over 19 months, was opened by Governor Aleksandr Kuzmin.\n");
        var other = Article("m-sport.txt", "Rowing\n\nThe Brindle crew won the autumn regatta on the Hollin river.\n");

        Assert.Equal(["a-gazette.txt,z-wire.txt", "m-sport.txt"], Stories(first, second, other));
        Assert.Equal(["a-gazette.txt,z-wire.txt", "m-sport.txt"], Stories(other, second, first));
    }

    [Fact]
    public void Articles_on_one_story_are_directly_related_and_others_are_not()
    {
        var a = Article("a.txt", "Governor Kuzmin opens Skerrow pier\n\nGovernor Aleksandr Kuzmin opened the new Skerrow pier in Portmain on Monday; 340 workers built it in 19 months.\n");
        var b = Article("b.txt", "Skerrow pier opens\n\nThe new Skerrow pier in Portmain, built by 340 workers over 19 months, was opened by Governor Aleksandr Kuzmin.\n");
        var c = Article("c.txt", "Rowing\n\nThe Brindle crew won the autumn regatta on the Hollin river.\n");
        var corpus = new CorpusIndex([a, b, c]);

        Assert.Equal(["b.txt"], corpus.DirectlyRelated(corpus.Find("a.txt")!).Select(x => x.Path));
        Assert.Empty(corpus.DirectlyRelated(corpus.Find("c.txt")!));
    }
}
