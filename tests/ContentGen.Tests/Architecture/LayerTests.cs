using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContentGen.Tests.Architecture;

/// <summary>
/// The engine's folders are layers that point one way (docs/architecture.md): a namespace uses only the namespaces
/// below it. Read from the engine's sources with Roslyn's binder, so a reference in a method body counts as much as
/// one in a signature.
/// </summary>
public class LayerTests
{
    /// <summary>Bottom to top. A namespace may use its own types and those of any namespace listed before it.</summary>
    private static readonly string[] Layers =
    [
        "ContentGen.Text.Model",
        "ContentGen.Text.Tokens",
        "ContentGen.Text.Extraction",
        "ContentGen.Text.Parsing",
        "ContentGen.Text.Glossaries",
        "ContentGen.Text.Inputs",
        "ContentGen.Text.Corpus",
        "ContentGen.Text.Checks",
        "ContentGen.Text",
        "ContentGen.Text.Fixes",
    ];

    private static readonly Lazy<List<(string From, string To, string Where)>> Uses = new(ReadUses);

    [Fact]
    public void Every_engine_namespace_is_a_layer()
    {
        var namespaces = Uses.Value.Select(u => u.From).Distinct().ToList();

        Assert.All(namespaces, ns => Assert.Contains(ns, Layers));
        Assert.True(namespaces.Count >= Layers.Length - 1, "the engine's sources were not found or not read");
    }

    [Fact]
    public void Layers_point_one_way()
    {
        var upward = Uses.Value
            .Where(u => Array.IndexOf(Layers, u.To) > Array.IndexOf(Layers, u.From))
            .Select(u => $"{u.Where}: {u.From} uses {u.To}")
            .Distinct()
            .ToList();

        Assert.True(upward.Count == 0, "Upward uses:\n" + string.Join("\n", upward));

        // What the test reads is real: the layers do use each other downward.
        Assert.Contains(Uses.Value, u => u.From == "ContentGen.Text.Checks" && u.To == "ContentGen.Text.Corpus");
        Assert.Contains(Uses.Value, u => u.From == "ContentGen.Text.Parsing" && u.To == "ContentGen.Text.Tokens");
    }

    private static List<(string From, string To, string Where)> ReadUses()
    {
        var root = Path.Combine(RepositoryRootAttribute.Get(), "src", "ContentGen.Text");
        var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "ContentGen.Text",
            trees,
            Basic.Reference.Assemblies.NetStandard20.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.True(errors.Count == 0, "The engine's sources do not compile on their own:\n" + string.Join("\n", errors));

        var uses = new List<(string From, string To, string Where)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                // A name in a base list or a namespace-level attribute has the namespace itself as its enclosing symbol.
                var enclosing = model.GetEnclosingSymbol(name.SpanStart);
                var from = (enclosing as INamespaceSymbol ?? enclosing?.ContainingNamespace)?.ToDisplayString();
                var symbol = model.GetSymbolInfo(name).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                while (type?.ContainingType is { } outer)
                {
                    type = outer;
                }

                var to = type?.ContainingNamespace?.ToDisplayString();
                if (from is not null && to is not null && from.StartsWith("ContentGen.Text", StringComparison.Ordinal)
                    && to.StartsWith("ContentGen.Text", StringComparison.Ordinal) && from != to)
                {
                    uses.Add((from, to, $"{Path.GetFileName(tree.FilePath)}:{name.GetLocation().GetLineSpan().StartLinePosition.Line + 1} {type!.Name}"));
                }
                else if (from is not null && from.StartsWith("ContentGen.Text", StringComparison.Ordinal) && seen.Add(from))
                {
                    uses.Add((from, from, Path.GetFileName(tree.FilePath))); // a namespace that uses no other still counts as one
                }
            }
        }

        return uses;
    }
}
