using System.Text;
using System.Text.Json.Nodes;

namespace ContentGen.Tests.Lsp;

/// <summary><c>contentgen lsp</c> run as a process and driven by a scripted client over its standard streams.</summary>
public sealed class LanguageServerTests : IDisposable
{
    private const string Pier = "Governor Aleksandr Kuzmin opened the new Skerrow pier in Portmain on Monday; 340 workers built it in 19 months.\n\nTraders in Portmain welcomed the pier after months of delays, Kuzmin said.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("contentgen-lsp-").FullName;
    private readonly LspClient _client = new();

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Initialize_advertises_incremental_sync_hover_and_code_actions()
    {
        var response = _client.Initialize(_folder);

        var capabilities = response["result"]!["capabilities"]!;
        Assert.Equal(2, capabilities["textDocumentSync"]!["change"]!.GetValue<int>());
        Assert.True(capabilities["textDocumentSync"]!["openClose"]!.GetValue<bool>());
        Assert.True(capabilities["hoverProvider"]!.GetValue<bool>());
        Assert.True(capabilities["codeActionProvider"]!.GetValue<bool>());
        Assert.Equal("contentgen", response["result"]!["serverInfo"]!["name"]!.GetValue<string>());
        Assert.Equal(0, _client.Exit());
    }

    [Fact]
    public void Opening_an_article_publishes_its_findings_at_utf16_positions()
    {
        // The emoji is two UTF-16 code units: the repetition starts at character 18 of line 2, not 17.
        var path = Write("harbour.txt", "Ferry returns to the harbour\n\n\U0001F6A2 The ferry left the the pier on time.\n");
        _client.Initialize(_folder);
        _client.Notify("initialized", new JsonObject());

        _client.Open(path, File.ReadAllText(path));

        var published = _client.Diagnostics(path, version: 1);
        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("CG1002", diagnostic["code"]!.GetValue<string>());
        Assert.Equal(2, diagnostic["severity"]!.GetValue<int>());
        Assert.Equal("contentgen", diagnostic["source"]!.GetValue<string>());
        Assert.EndsWith("docs/diagnostics/CG1002.md", diagnostic["codeDescription"]!["href"]!.GetValue<string>());
        Assert.Equal((2, 18, 2, 25), RangeOf(diagnostic));
        Assert.Equal(0, _client.Exit());
    }

    [Fact]
    public void Every_change_republishes_the_article()
    {
        var path = Write("harbour.txt", "Ferry returns to the harbour\n\nThe ferry left the pier on time.\n");
        _client.Initialize(_folder);
        _client.Open(path, File.ReadAllText(path));
        Assert.Empty(_client.Diagnostics(path, version: 1)["diagnostics"]!.AsArray());

        _client.Change(path, 2, (2, 15), (2, 15), "the "); // "left the the pier"
        var flagged = Assert.Single(_client.Diagnostics(path, version: 2)["diagnostics"]!.AsArray())!;
        Assert.Equal("CG1002", flagged["code"]!.GetValue<string>());
        Assert.Equal((2, 15, 2, 22), RangeOf(flagged));

        _client.Change(path, 3, (2, 15), (2, 19), string.Empty); // undone
        Assert.Empty(_client.Diagnostics(path, version: 3)["diagnostics"]!.AsArray());
        Assert.Equal(0, _client.Exit());
    }

    [Fact]
    public void A_change_that_makes_a_cross_article_conflict_republishes_the_other_article_too()
    {
        var wire = Write("wire.txt", "Governor opens Skerrow pier\n\n" + Pier);
        var gazette = Write("gazette.txt", "Skerrow pier opens in Portmain\n\n" + Pier);
        _client.Initialize(_folder);
        _client.Open(wire, File.ReadAllText(wire));
        Assert.Empty(_client.Diagnostics(wire, version: 1)["diagnostics"]!.AsArray());

        _client.Change(wire, 2, (2, 101), (2, 103), "21");

        var own = Assert.Single(_client.Diagnostics(wire, version: 2)["diagnostics"]!.AsArray())!;
        Assert.Equal("CG2002", own["code"]!.GetValue<string>());
        var related = Assert.Single(own["relatedInformation"]!.AsArray())!;
        Assert.Equal(LspClient.UriOf(gazette), related["location"]!["uri"]!.GetValue<string>());
        Assert.Equal((2, 101, 2, 110), RangeOf(related["location"]!));
        var other = Assert.Single(_client.Diagnostics(gazette)["diagnostics"]!.AsArray())!;
        Assert.Equal("CG2002", other["code"]!.GetValue<string>());
        Assert.Contains("'19 months' conflicts with '21 months'", other["message"]!.GetValue<string>());

        _client.Change(wire, 3, (2, 101), (2, 103), "19");
        Assert.Empty(_client.Diagnostics(wire, version: 3)["diagnostics"]!.AsArray());
        Assert.Empty(_client.Diagnostics(gazette)["diagnostics"]!.AsArray());
        Assert.Equal(0, _client.Exit());
    }

    [Fact]
    public void A_name_spelled_another_way_is_reported_with_the_other_article()
    {
        var wire = Write("wire.txt", "Governor opens Skerrow pier\n\n" + Pier);
        Write("gazette.txt", "Skerrow pier opens in Portmain\n\n" + Pier);
        Write("post.txt", "Portmain celebrates its Skerrow pier\n\n" + Pier);
        _client.Initialize(_folder);
        _client.Open(wire, File.ReadAllText(wire));
        Assert.Empty(_client.Diagnostics(wire, version: 1)["diagnostics"]!.AsArray());

        _client.Change(wire, 2, (2, 20), (2, 20), "o"); // Kuzmin -> Kouzmin in the first mention

        var published = _client.Diagnostics(wire, version: 2)["diagnostics"]!.AsArray();
        Assert.Contains(published, d => d!["code"]!.GetValue<string>() == "CG2001" && d["relatedInformation"] is not null);
        Assert.Equal(0, _client.Exit());
    }

    [Fact]
    public void Hover_over_a_name_gives_the_canonical_spelling_and_the_others_seen()
    {
        var wire = Write("wire.txt", "Governor opens Skerrow pier\n\n" + Pier);
        Write("gazette.txt", "Skerrow pier opens in Portmain\n\n" + Pier);
        Write("post.txt", "Portmain celebrates its Skerrow pier\n\n" + Pier.Replace("Kuzmin", "Kouzmin"));
        _client.Initialize(_folder);
        _client.Open(wire, File.ReadAllText(wire));

        var hover = _client.Request("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(wire) },
            ["position"] = new JsonObject { ["line"] = 2, ["character"] = 21 },
        })["result"]!;

        var text = hover["contents"]!["value"]!.GetValue<string>();
        Assert.StartsWith("**Aleksandr Kuzmin**", text);
        Assert.Contains("Kouzmin (`post.txt`)", text);
        Assert.Equal((2, 9, 2, 25), RangeOf(hover));

        var nothing = _client.Request("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(wire) },
            ["position"] = new JsonObject { ["line"] = 2, ["character"] = 40 },
        });
        Assert.Null(nothing["result"]);
        Assert.Null(nothing["error"]);
        Assert.Equal(0, _client.Exit());
    }

    [Fact]
    public void A_finding_with_a_fix_is_offered_as_a_quick_fix_and_one_without_gets_none()
    {
        var path = Write("harbour.txt", "Ferry returns to the harbour\n\nThe ferry left the the pier on time.\n");
        _client.Initialize(_folder);
        _client.Open(path, File.ReadAllText(path));
        var diagnostic = Assert.Single(_client.Diagnostics(path, version: 1)["diagnostics"]!.AsArray())!;

        var response = _client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
        });

        Assert.Null(response["error"]);
        var action = Assert.Single(response["result"]!.AsArray())!;
        Assert.Equal("quickfix", action["kind"]!.GetValue<string>());
        Assert.Equal("CG1002", action["diagnostics"]![0]!["code"]!.GetValue<string>());
        var edits = action["edit"]!["changes"]![LspClient.UriOf(path)]!.AsArray();
        Assert.NotEmpty(edits);
        // Applying the edits (LSP positions on line 2) removes the doubled word and nothing else.
        var line = "The ferry left the the pier on time.";
        foreach (var edit in edits.OrderByDescending(e => e!["range"]!["start"]!["character"]!.GetValue<int>()))
        {
            Assert.Equal(2, edit!["range"]!["start"]!["line"]!.GetValue<int>());
            var from = edit["range"]!["start"]!["character"]!.GetValue<int>();
            var to = edit["range"]!["end"]!["character"]!.GetValue<int>();
            line = line[..from] + edit["newText"]!.GetValue<string>() + line[to..];
        }

        Assert.Equal("The ferry left the pier on time.", line);

        // Away from any finding: nothing to offer.
        var none = _client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) },
            ["range"] = new JsonObject
            {
                ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
                ["end"] = new JsonObject { ["line"] = 0, ["character"] = 3 },
            },
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        });
        Assert.Empty(none["result"]!.AsArray());
        Assert.Equal(0, _client.Exit());
    }

    [Fact]
    public void The_glossary_is_read_from_the_folder_and_checked_when_opened()
    {
        var wire = Write("wire.txt", "Governor opens Skerrow pier\n\n" + Pier);
        var glossary = Write("ContentGen.glossary", "Aleksandr Kouzmin = Kuzmin\n");
        _client.Initialize(_folder);
        _client.Open(wire, File.ReadAllText(wire));
        Assert.Contains(_client.Diagnostics(wire, version: 1)["diagnostics"]!.AsArray(), d => d!["code"]!.GetValue<string>() == "CG2001");

        _client.Open(glossary, "Aleksandr Kouzmin = Kuzmin\nthis line means nothing\n");

        var issue = Assert.Single(_client.Diagnostics(glossary, version: 1)["diagnostics"]!.AsArray())!;
        Assert.Equal("CG0003", issue["code"]!.GetValue<string>());
        Assert.Equal(1, RangeOf(issue).Line);

        _client.Change(glossary, 2, (0, 0), (1, 0), string.Empty); // the name entry removed: the spelling is fine again
        Assert.Empty(_client.Diagnostics(wire)["diagnostics"]!.AsArray());
        Assert.Equal(0, _client.Exit());
    }

    [Fact]
    public void Bad_messages_are_answered_or_logged_and_the_server_keeps_serving()
    {
        var path = Write("harbour.txt", "Ferry returns to the harbour\n\nThe ferry left the the pier on time.\n");

        var early = _client.Request("textDocument/hover", new JsonObject());
        Assert.Equal(-32002, early["error"]!["code"]!.GetValue<int>());

        _client.Initialize(_folder);
        _client.SendRaw(Encoding.ASCII.GetBytes("Content-Type: nothing else\r\n\r\n"));
        _client.SendBody("{ this is not json");
        _client.SendBody("[1, 2, 3]");
        var unknown = _client.Request("workspace/frobnicate", new JsonObject());
        var badParams = _client.Request("textDocument/hover", new JsonObject { ["textDocument"] = 42 });
        _client.Notify("textDocument/didChange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere/never-opened.txt", ["version"] = 1 }, ["contentChanges"] = new JsonArray() });
        _client.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = "not an object" });

        Assert.Equal(-32601, unknown["error"]!["code"]!.GetValue<int>());
        Assert.Equal(-32602, badParams["error"]!["code"]!.GetValue<int>());
        _client.Open(path, File.ReadAllText(path));
        Assert.Single(_client.Diagnostics(path, version: 1)["diagnostics"]!.AsArray());
        Assert.Equal(0, _client.Exit());
        Assert.Contains("no valid Content-Length", _client.Errors);
        Assert.Contains("not JSON", _client.Errors);
        Assert.Contains("bad parameters for textDocument/didOpen", _client.Errors);
    }

    [Fact]
    public void Exit_without_shutdown_ends_with_code_1()
    {
        _client.Initialize(_folder);

        Assert.Equal(1, _client.Exit(shutdownFirst: false));
    }

    [Fact]
    public void Closing_an_article_clears_its_diagnostics()
    {
        var path = Write("harbour.txt", "Ferry returns to the harbour\n\nThe ferry left the the pier on time.\n");
        _client.Initialize(_folder);
        _client.Open(path, File.ReadAllText(path));
        Assert.Single(_client.Diagnostics(path, version: 1)["diagnostics"]!.AsArray());

        _client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) } });

        Assert.Empty(_client.Diagnostics(path)["diagnostics"]!.AsArray());
        Assert.Equal(0, _client.Exit());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Line, int Character, int EndLine, int EndCharacter) RangeOf(JsonNode node)
    {
        var range = node["range"]!;
        return (range["start"]!["line"]!.GetValue<int>(), range["start"]!["character"]!.GetValue<int>(), range["end"]!["line"]!.GetValue<int>(), range["end"]!["character"]!.GetValue<int>());
    }
}
