using System.Globalization;
using System.Text;

namespace ContentGen.Synthesis;

/// <summary>One synthesized article file.</summary>
public sealed record SynthesizedArticle(string FileName, string Text, string StoryId);

/// <summary>
/// Writes N realistic articles of about 4 KB, deterministically from a seed: stories covered by 2–5 outlets that
/// share people, places, figures and quotes, with injected inconsistencies (name variants, conflicting figures,
/// reworded quotes, boilerplate, doubled words), plus unrelated single articles. All text is generated here from
/// invented names and template sentences; nothing is copied from real articles.
/// </summary>
public sealed class CorpusSynthesizer(int seed)
{
    private const int TargetLength = 4000;

    private static readonly string[] Places = ["Portmain", "Skerrow", "Lindholm", "Varnaby", "Östervik", "Castellmor", "Dunfarrow", "Quillon", "Brasnov", "Teskara", "Arvelle", "Morrowgate", "Saltmere", "Kelvarin", "Ildasar", "Tormund"];
    private static readonly string[] Regions = ["Northern Isles", "Varna Valley", "Coastal Province", "High Plateau", "Eastern March", "Lake District"];
    private static readonly string[] FirstNames = ["Aleksandr", "Ingrid", "Tomas", "Marta", "Elif", "Piet", "Lena", "Karim", "Noor", "Sofia", "Dmitri", "Yusuf", "Hana", "Olek", "Amara", "Jonas", "Ilse", "Rafael", "Mirela", "Viktor"];
    // Surnames with the romanisation variants outlets disagree on.
    private static readonly (string Usual, string Variant)[] Surnames =
    [
        ("Kuzmin", "Kouzmin"), ("Pashaev", "Pashayev"), ("Khodjaev", "Hodjaev"), ("Tsvetkova", "Tzvetkova"), ("Dzhabarov", "Jabarov"),
        ("Solberg", "Sollberg"), ("Haddad", "Hadad"), ("Marchetti", "Marcheti"), ("Qasimov", "Gasimov"), ("Aliyeva", "Alieva"),
        ("Lindqvist", "Lindquist"), ("Eklund", "Ecklund"), ("Dursunova", "Dursunowa"), ("Hendriks", "Hendricks"), ("Ortiz", "Ortis"),
    ];
    private static readonly string[] Roles = ["Governor", "Mayor", "Minister", "President", "Senator", "Ambassador", "Chairman", "Director"];
    private static readonly (string Name, string Credit)[] Outlets =
    [
        ("Harbour Gazette", "Credit: www.harbourgazette.example / {0}"),
        ("Coastal Wire", "Copyright (c){1} Coastal Wire, Inc. Reprinted with permission."),
        ("Valley Herald", "Credit: www.valleyherald.example / {0}"),
        ("Island Courier", "© {1} Island Courier. All rights reserved."),
        ("Plateau Post", "Source: Plateau Post"),
    ];
    private static readonly (string Event, string Headline, string[] Units)[] Events =
    [
        ("reopened the ferry crossing", "Ferry link to {0} restored", ["passengers", "months", "sailings"]),
        ("opened the new bridge", "Bridge at {0} opens after delays", ["vehicles", "months", "workers"]),
        ("announced the harvest results", "{0} growers report record harvest", ["tonnes", "workers", "farms"]),
        ("signed the water agreement", "Water deal signed in {0}", ["households", "years", "villages"]),
        ("closed the old factory", "Factory in {0} shuts its doors", ["jobs", "years", "families"]),
        ("hosted the regional talks", "Leaders meet in {0} for talks", ["delegates", "days", "refugees"]),
    ];
    private static readonly string[] Boilerplate = ["- Advertisement -", "Related Stories", "Share this article", "Sign up for our morning newsletter", "Mail Us For DMCA / Credit Notice", "Image:"];
    private static readonly string[] Subjects = ["Officials", "Residents", "Local traders", "Engineers", "Council members", "Observers", "Teachers", "Farmers"];
    private static readonly string[] Verbs = ["expect", "welcomed", "questioned", "described", "reviewed", "discussed", "criticised", "praised"];
    private static readonly string[] Objects = ["the plan", "the schedule", "the cost", "the new rules", "the agreement", "the timetable", "the budget", "the report"];
    private static readonly string[] Tails = ["over the coming months", "at a public meeting", "in a statement", "after weeks of debate", "during a visit", "on the local radio", "before the vote", "in the town hall"];
    private static readonly string[] QuoteOpenings = ["We have waited long enough for", "This is a good day for", "Nobody should forget", "We will keep working on", "It is too early to judge", "People deserve"];
    private static readonly string[] QuoteEndings = ["the people of {0}", "a fair solution", "the families who stayed", "what was promised", "the next generation", "every village in the region"];

    private readonly Random _random = new(seed);

    /// <summary>Synthesizes <paramref name="count"/> articles: about 80% in multi-outlet stories, the rest single.</summary>
    public IReadOnlyList<SynthesizedArticle> Generate(int count)
    {
        var articles = new List<SynthesizedArticle>(count);
        var story = 0;
        while (articles.Count < count)
        {
            var single = _random.NextDouble() < 0.2;
            var outlets = single ? 1 : _random.Next(2, 6);
            outlets = Math.Min(outlets, count - articles.Count);
            articles.AddRange(Story(story++, outlets));
        }

        return articles;
    }

    /// <summary>Writes the articles to a folder, returning their paths.</summary>
    public static IReadOnlyList<string> Write(string directory, IEnumerable<SynthesizedArticle> articles)
    {
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var article in articles)
        {
            var path = Path.Combine(directory, article.FileName);
            File.WriteAllText(path, article.Text);
            paths.Add(path);
        }

        return paths;
    }

    private IEnumerable<SynthesizedArticle> Story(int id, int outlets)
    {
        var place = Pick(Places) + (id >= Places.Length ? " " + Pick(Places) : string.Empty);
        var region = Pick(Regions);
        var ev = Events[_random.Next(Events.Length)];
        var people = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => (Role: Pick(Roles), First: Pick(FirstNames), Surname: Surnames[_random.Next(Surnames.Length)])).ToList();
        var date = new DateTime(2020, 1, 1).AddDays(_random.Next(0, 2000) + id % 7);
        var figures = ev.Units.Select(unit => (Unit: unit, Value: _random.Next(2, 60) * (unit is "months" or "years" or "days" ? 1 : 100))).ToList();
        var quotes = people.Select(p => (Speaker: p, Text: $"{Pick(QuoteOpenings)} {string.Format(CultureInfo.InvariantCulture, Pick(QuoteEndings), place)}")).ToList();

        for (var o = 0; o < outlets; o++)
        {
            var outlet = Outlets[(id + o) % Outlets.Length];
            var text = new StringBuilder();
            if (_random.NextDouble() < 0.3)
            {
                text.Append(region).Append("\n\n");
            }

            text.Append(string.Format(CultureInfo.InvariantCulture, ev.Headline, place)).Append("\n\n");
            var lead = people[0];
            var surname = o > 0 && _random.NextDouble() < 0.3 ? lead.Surname.Variant : lead.Surname.Usual;
            var weekday = date.DayOfWeek.ToString();
            text.Append(CultureInfo.InvariantCulture, $"({outlet.Name}) - {lead.Role} {lead.First} {surname} on {weekday} {ev.Event} in {place}, {date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}.\n\n");

            var paragraphs = new List<string>();
            foreach (var (unit, value) in figures)
            {
                // Some outlets get a figure wrong.
                var v = o > 0 && _random.NextDouble() < 0.15 ? value + Math.Max(1, value / 3) : value;
                var qualifier = _random.NextDouble() < 0.5 ? "some " : "";
                paragraphs.Add($"{Pick(Subjects)} said {qualifier}{v.ToString("N0", CultureInfo.InvariantCulture)} {unit} were involved, according to figures from {place}.");
            }

            foreach (var (speaker, quote) in quotes)
            {
                var words = o > 0 && _random.NextDouble() < 0.2 ? quote.Replace("long enough", "far too long").Replace("good day", "great day") : quote;
                var name = speaker == lead ? surname : speaker.Surname.Usual;
                paragraphs.Add(_random.NextDouble() < 0.5
                    ? $"\"{words},\" {name} said."
                    : $"{speaker.Role} {speaker.First} {speaker.Surname.Usual} said \"{words}.\"");
            }

            while (text.Length + paragraphs.Sum(p => p.Length + 2) < TargetLength)
            {
                var sentence = $"{Pick(Subjects)} in {place} {Pick(Verbs)} {Pick(Objects)} {Pick(Tails)}.";
                if (_random.NextDouble() < 0.02)
                {
                    sentence = sentence.Replace(" the ", " the the ");
                }

                paragraphs.Add(sentence + " " + $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Tails)}.");
            }

            Shuffle(paragraphs);
            foreach (var paragraph in paragraphs)
            {
                text.Append(paragraph).Append("\n\n");
                if (_random.NextDouble() < 0.03)
                {
                    text.Append(Pick(Boilerplate)).Append("\n\n");
                }
            }

            text.Append(string.Format(CultureInfo.InvariantCulture, outlet.Credit, region, date.Year)).Append('\n');
            yield return new SynthesizedArticle($"s{id:D5}-{o}-{Slug(outlet.Name)}.txt", text.ToString(), $"s{id:D5}");
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
