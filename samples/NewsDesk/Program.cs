// NewsDesk: prints a digest of the articles that ContentGen compiled into this program.
// Every value below was read from Articles/*.txt at build time; nothing is parsed at run time.
using NewsDesk.Content;

Console.WriteLine($"NewsDesk — {Articles.All.Count} articles compiled in");
Console.WriteLine();

foreach (var article in Articles.All)
{
    Console.WriteLine(article.Kicker is null ? article.Title : $"[{article.Kicker}] {article.Title}");
    Console.WriteLine($"  {article.Path} · slug '{article.Slug}' · {article.Source ?? "unknown source"} · {article.Date?.ToString("yyyy-MM-dd") ?? "undated"}");
    Console.WriteLine($"  {article.Paragraphs.Count} paragraphs; first: {Shorten(article.Paragraphs.FirstOrDefault() ?? "")}");

    foreach (var person in article.People)
    {
        var spellings = person.Spellings.Count > 1 ? $" (spelled: {string.Join(" / ", person.Spellings)})" : "";
        var canonical = person.CanonicalName != person.Name ? $" → elsewhere: {person.CanonicalName}" : "";
        Console.WriteLine($"  person: {person.Name}{spellings}{canonical}");
    }

    var alsoReportedBy = Articles.StoryOf(article).Articles.Where(other => other != article).Select(other => other.Source ?? other.Slug).ToList();
    if (alsoReportedBy.Count > 0)
    {
        Console.WriteLine($"  also reported by: {string.Join(", ", alsoReportedBy)}");
    }

    foreach (var quote in article.Quotes)
    {
        Console.WriteLine($"  quote:  {quote.Speaker ?? "unattributed"}: \"{Shorten(quote.Text)}\"");
    }

    foreach (var figure in article.Figures)
    {
        Console.WriteLine($"  figure: {figure.Value:0.##} {figure.Unit} ({figure.Qualifier}) — \"{figure.Text}\"");
    }

    if (article.Credit is not null)
    {
        Console.WriteLine($"  credit: {Shorten(article.Credit)}");
    }

    Console.WriteLine();
}

// Typed access: if an edit removes the passenger figure or the governor, this stops compiling. People are named
// after the spelling the whole project uses, so fixing the wire's variant spelling changes nothing here.
var gazette = Articles.HarbourGazetteFerry;
var wire = Articles.CoastalWireFerry;
Console.WriteLine("Side by side on the Skerrow ferry story:");
Console.WriteLine($"  passengers a day: {ArticleFacts.HarbourGazetteFerry.Figures.Passengers:N0} ({gazette.Source}) vs {ArticleFacts.CoastalWireFerry.Figures.Passengers:N0} ({wire.Source})");
Console.WriteLine($"  governor: {gazette.FindPerson(ArticleFacts.HarbourGazetteFerry.People.AleksandrKuzmin)?.Name} vs {wire.FindPerson(ArticleFacts.CoastalWireFerry.People.AleksandrKuzmin)?.Name}");
Console.WriteLine($"  Find(\"library-reopens\"): {Articles.Find("library-reopens")?.Title}");
Console.WriteLine($"  {Articles.Stories.Count} stories; the largest has {Articles.Stories.Max(story => story.Articles.Count)} articles");

static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "...";
