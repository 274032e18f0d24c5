using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Benchmarks;

// A benchmark fixture run in-process, never loaded by a compiler: the analyzer-project rules do not apply.
#pragma warning disable RS1036, RS1041, RS2008

/// <summary>
/// ContentGen's generator pipeline with the same steps in the same graph (per-article steps, collections and combines),
/// each doing next to nothing: an article is its path and length, its source a one-line comment, 40 sources a file.
/// What it costs per edit is Roslyn's own price for that shape at N articles, the floor under the real generator's
/// re-run (<c>edit-one … --shape</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
internal sealed class ShapeOnlyGenerator : IIncrementalGenerator
{
    private sealed record Spec(string Path, int Length);

    private sealed record Keys(string Path);

    private sealed record Model(Spec Spec, int Corpus, int Plan);

    private sealed record Group(string HintName, ImmutableArray<string> Sources)
    {
        public bool Equals(Group? other) => other is not null && HintName == other.HintName && Sources.SequenceEqual(other.Sources);

        public override int GetHashCode() => HintName.GetHashCode();
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // As ReadArticles: the file list with the options, one spec per article.
        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany(static (pair, token) => ImmutableArray.Create(new Spec(pair.Left.Path, pair.Left.GetText(token)?.Length ?? 0)));

        // As CollectCorpusKeys, AssignNames and ResolveCorpus (with the glossary's filter over every file).
        var keys = specs.Select(static (spec, _) => new Keys(spec.Path)).Collect();
        var names = keys.Select(static (all, _) => all.Length);
        var glossary = context.AdditionalTextsProvider.Where(static text => text.Path.EndsWith(".glossary", StringComparison.Ordinal)).Collect().Select(static (all, _) => all.Length);
        var corpus = keys.Combine(glossary).Select(static (input, _) => input.Left.Length + input.Right);

        // As PlanEmit and JoinCorpus.
        var plan = specs.Collect().Select(static (all, _) => all.Length);
        var models = specs
            .Combine(corpus.Combine(names).Combine(plan))
            .Select(static (input, _) => new Model(input.Left, input.Right.Left.Left, input.Right.Right));

        // As EmitArticles: a source per article, collected into files of 40.
        var files = models
            .Select(static (model, _) => $"// {model.Spec.Path} {model.Spec.Length}\n")
            .Collect()
            .SelectMany(static (all, _) => Enumerable.Range(0, (all.Length + 39) / 40).Select(i => new Group($"G{i}.g.cs", all.Skip(i * 40).Take(40).ToImmutableArray())).ToImmutableArray());

        context.RegisterSourceOutput(files, static (spc, group) => spc.AddSource(group.HintName, SourceText.From(string.Concat(group.Sources), System.Text.Encoding.UTF8)));
    }
}
#pragma warning restore RS1036, RS1041, RS2008
