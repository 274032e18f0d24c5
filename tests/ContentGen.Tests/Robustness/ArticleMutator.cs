using System.Text;

namespace ContentGen.Tests.Robustness;

/// <summary>Seeded generator of hostile and mutated article texts for the fuzz tests.</summary>
public sealed class ArticleMutator(int seed)
{
    // Characters that have broken parsers, literals or displays before.
    private static readonly string[] Nasty =
    [
        "\"", "\"\"\"", "\\", "{", "}", "*/", "/*", "//", "#error x", "#line 1 \"x.cs\"", "\0", "\u0001", "\u001b", "\u007f",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200E", "\uFEFF",
        "\uD800", "\uDC00", "\uD83D\uDE00", "\u2028", "\u2029", "\r", "\n", "\r\n", "\t", "“", "”", "„", "(", ")", "[", "]",
        "- Advertisement -", "---", "title:", "date: 2021-02-30", "Image:", "Ã©", "â€™", "\uFFFD", "the the", "Mr.", "U.S.",
        "Monday, February 29, 2021", "some 2,000 peacekeepers", "President Ab Cd said", "0", "99999999999999999999999999999",
    ];

    private readonly Random _random = new(seed);

    public string Next(IReadOnlyList<string> realistic)
    {
        return _random.Next(4) switch
        {
            0 => RandomText(),
            _ => Mutate(realistic[_random.Next(realistic.Count)]),
        };
    }

    private string RandomText()
    {
        var builder = new StringBuilder();
        var length = _random.Next(0, 400);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(5) switch
            {
                0 => Nasty[_random.Next(Nasty.Length)],
                1 => ((char)_random.Next(0, 0x3000)).ToString(),
                2 => "\n\n",
                _ => "word ",
            });
        }

        return builder.ToString();
    }

    private string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var edits = _random.Next(1, 12);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = _random.Next(builder.Length);
            switch (_random.Next(6))
            {
                case 0:
                    builder.Insert(at, Nasty[_random.Next(Nasty.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(_random.Next(1, 200), builder.Length - at));
                    break;
                case 2:
                    var length = Math.Min(_random.Next(1, 300), builder.Length - at);
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                case 3:
                    builder.Replace("\n", _random.Next(2) == 0 ? "\r\n" : "\r");
                    break;
                case 4:
                    builder.Length = at;
                    break;
                default:
                    builder.Insert(0, "---\ntitle: " + Nasty[_random.Next(Nasty.Length)] + "\n" + (_random.Next(2) == 0 ? "---\n" : string.Empty));
                    break;
            }
        }

        return builder.ToString();
    }
}
