using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using ContentGen.Emit;
using ContentGen.Generation.Model;
using ContentGen.Inputs;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Inputs;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Generation
{
    /// <summary>
    /// Turns every article file (a <c>.txt</c> AdditionalFile) into an <c>Article</c> instance with compile-checked
    /// facts. Diagnostics are the analyzers' job: this generator only produces source, and produces it for every usable
    /// article whatever its problems.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ArticleGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<GeneratorSettings> settings = ReadSettings(context);
            IncrementalValueProvider<OutputOptions> options = ReadOptions(context, settings);
            IncrementalValuesProvider<ArticleSpec> specs = ReadArticles(context);
            IncrementalValueProvider<ImmutableArray<CorpusKeys>> keys = CollectCorpusKeys(specs);
            IncrementalValueProvider<EquatableArray<ArticleNames>> names = AssignNames(keys);
            IncrementalValueProvider<CorpusSpec> corpus = ResolveCorpus(keys, ReadGlossary(context));
            IncrementalValueProvider<EmitPlan> plan = PlanEmit(specs, ReadFactReferences(context), options);
            IncrementalValuesProvider<ArticleModel> articles = JoinCorpus(specs, corpus, names, plan, options);

            IncrementalValuesProvider<GeneratedFileGroup> articleFiles = EmitArticles(articles);
            IncrementalValueProvider<GeneratedFile?> catalog = EmitCatalog(names, corpus, options);
            IncrementalValueProvider<GeneratedFile?> baseTypes = EmitBaseTypes(options);

            // Each file read through its articles' members (kept across builds) instead of a joined copy of them.
            context.RegisterSourceOutput(articleFiles, static (spc, group) => Add(spc, group.HintName, new JoinedSourceText(ArticleFileWriter.Parts(group.Articles))));
            context.RegisterSourceOutput(catalog, static (spc, file) => Add(spc, file));
            context.RegisterSourceOutput(baseTypes, static (spc, file) => Add(spc, file));
            context.RegisterSourceOutput(options, static (spc, options) =>
            {
                if (options.Target.SupportsRecords && options.Target.NeedsIsExternalInit)
                {
                    Add(spc, IsExternalInitEmitter.Emit());
                }
            });
        }

        /// <summary>The project's settings (MSBuild properties).</summary>
        private static IncrementalValueProvider<GeneratorSettings> ReadSettings(IncrementalGeneratorInitializationContext context) =>
            // Re-runs when any options change; its value rarely does, so everything downstream stays cached.
            context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => SettingsReader.Read(options))
                .WithTrackingName(TrackingNames.Settings);

        /// <summary>The settings and what the compilation offers (language version, framework types).</summary>
        private static IncrementalValueProvider<OutputOptions> ReadOptions(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<GeneratorSettings> settings)
        {
            // Language version and framework types. Re-runs on every compilation (cheap look-ups); its
            // value only changes with the project's settings, so it does not invalidate the outputs.
            var target = context.CompilationProvider
                .Select(static (compilation, _) => SettingsReader.ReadTarget(compilation))
                .WithTrackingName(TrackingNames.Target);

            return settings.Combine(target).Select(static (pair, _) => new OutputOptions(pair.Left, pair.Right));
        }

        /// <summary>Each article file parsed and cut down to the content the generated code holds.</summary>
        private static IncrementalValuesProvider<ArticleSpec> ReadArticles(IncrementalGeneratorInitializationContext context) =>
            // An edited file re-runs alone (the parse goes through the cache the analyzer reads too, so a build parses
            // each text once); editing a .cs file touches none. The spec holds content only: an edit that changes no
            // content yields an equal spec and stops here. Unusable files have none (the analyzer reports them). One
            // step, not a parse step and a spec step: every step over all articles costs Roslyn a pass over its table
            // on every keystroke.
            context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .SelectMany(static (pair, cancellationToken) =>
                {
                    try
                    {
                        return Parse(pair.Left, pair.Right, cancellationToken) is { } article && ArticleSpecFactory.Create(article) is { } spec
                            ? ImmutableArray.Create(spec)
                            : ImmutableArray<ArticleSpec>.Empty;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // A fault of the engine on one file leaves that article out, not the whole project's code (an
                        // exception here fails the generator: CS8785 and no Articles at all); the analyzer reports it on
                        // the file.
                        return ImmutableArray<ArticleSpec>.Empty;
                    }
                })
                .WithTrackingName(TrackingNames.ArticleSpecs);

        private static ParsedArticle? Parse(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ArticleFileFilter.IsArticle(text.Path, options.GetOptions(text)))
            {
                return null;
            }

            options.GlobalOptions.TryGetValue(SettingsReader.ProjectDirProperty, out var projectDir);
            var relativePath = ProjectPaths.Relative(text.Path, projectDir);
            var source = text.GetText(cancellationToken);
            return source is null
                ? ArticleParser.Parse(relativePath, string.Empty, cancellationToken)
                : ParseCache.Get(source, relativePath, cancellationToken).Article;
        }

        /// <summary>What the whole-project steps read of each article: path, slug, people and story features.</summary>
        private static IncrementalValueProvider<ImmutableArray<CorpusKeys>> CollectCorpusKeys(IncrementalValuesProvider<ArticleSpec> specs) =>
            // Collected instead of whole specs: an edit that changes none of them (most keystrokes in a paragraph) leaves
            // the collection equal, so the names and the corpus stay cached. One collection for both: every step over all
            // articles costs Roslyn a pass over its table on every keystroke.
            specs
                .Select(static (spec, _) => new CorpusKeys(spec.Path, spec.Slug, spec.People, spec.Story))
                .WithTrackingName(TrackingNames.CorpusKeys)
                .Collect();

        /// <summary>Each article's C# name.</summary>
        private static IncrementalValueProvider<EquatableArray<ArticleNames>> AssignNames(IncrementalValueProvider<ImmutableArray<CorpusKeys>> keys) =>
            // Names need the whole corpus (collisions) but only paths and slugs: re-run when an article's people or story
            // features change too, the names compare equal and nothing after them runs.
            keys
                .Select(static (all, _) => ArticleNaming.Assign(all.Select(static k => (k.Path, k.Slug)).ToImmutableArray()))
                .WithTrackingName(TrackingNames.TypeNames);

        /// <summary>The glossary's canonical spellings.</summary>
        private static IncrementalValueProvider<EquatableArray<GlossaryName>> ReadGlossary(IncrementalGeneratorInitializationContext context) =>
            // Re-runs when the glossary (or any additional file's list) changes.
            context.AdditionalTextsProvider
                .Where(static text => ContentFiles.IsGlossary(text.Path))
                .Collect()
                .Select(static (all, cancellationToken) => ContentFiles.FirstByPath(all, text => text.Path) is { } text
                    ? GlossaryParser.Parse(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty).Names.ToEquatableArray()
                    : EquatableArray<GlossaryName>.Empty)
                .WithTrackingName(TrackingNames.Glossary);

        /// <summary>People's canonical names across the corpus, and the stories.</summary>
        private static IncrementalValueProvider<CorpusSpec> ResolveCorpus(IncrementalValueProvider<ImmutableArray<CorpusKeys>> keys, IncrementalValueProvider<EquatableArray<GlossaryName>> glossary) =>
            // People across the corpus and the stories need every article's people and story features. Its value is
            // compared, so nothing after it runs unless canonical names or stories changed (a slug edit re-runs it for an
            // equal value).
            keys
                .Combine(glossary)
                .Select(static (input, cancellationToken) => CorpusSpecFactory.Create(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Corpus);

        /// <summary>The articles whose facts the project's C# code names (<c>ArticleFacts.&lt;Name&gt;</c>).</summary>
        private static IncrementalValueProvider<ImmutableArray<string>> ReadFactReferences(IncrementalGeneratorInitializationContext context) =>
            // Syntax only, per C# file: an edit re-reads only its own file. The collected names change only when a
            // reference is added or removed, and the plan after them compares equal otherwise, so no article re-emits.
            context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => FactReferences.IsCandidate(node),
                    static (syntax, _) => FactReferences.ArticleName(syntax.Node))
                .WithTrackingName(TrackingNames.FactReferences)
                .Collect();

        /// <summary>The choices that need the whole project: string or UTF-8 data, and which facts holders to generate.</summary>
        private static IncrementalValueProvider<EmitPlan> PlanEmit(
            IncrementalValuesProvider<ArticleSpec> specs,
            IncrementalValueProvider<ImmutableArray<string>> factReferences,
            IncrementalValueProvider<OutputOptions> options) =>
            // Every text edit re-runs the plan: a sum of the articles' literal lengths (each measured once per spec and
            // kept), sorted by path only when over the budget. Its value stays equal unless an article crosses the budget
            // or code names another article's facts. No per-article step of its own: at 10,000 articles each one costs
            // Roslyn a pass over its table on every edit.
            specs
                .Collect()
                .Combine(factReferences)
                .Combine(options)
                .Select(static (input, _) => EmitPlanner.Plan(PayloadSizes.Of(input.Left.Left), input.Left.Right, input.Right.Settings, input.Right.Target.HasDeflate))
                .WithTrackingName(TrackingNames.EmitPlan);

        /// <summary>
        /// Each article with its own slice of the corpus: its people's canonical names, its C# name, how it is emitted,
        /// and the output options.
        /// </summary>
        private static IncrementalValuesProvider<ArticleModel> JoinCorpus(
            IncrementalValuesProvider<ArticleSpec> specs,
            IncrementalValueProvider<CorpusSpec> corpus,
            IncrementalValueProvider<EquatableArray<ArticleNames>> names,
            IncrementalValueProvider<EmitPlan> plan,
            IncrementalValueProvider<OutputOptions> options) =>
            // Re-runs for every article when the corpus, the names, the plan or the options change, but yields an equal
            // value unless this article's slice changed, so only that article's source is emitted again. The whole-project
            // values are combined first, so each article passes through one Combine, not four.
            specs
                .Combine(corpus.Combine(names).Combine(plan).Combine(options))
                .Select(static (input, _) =>
                {
                    var (spec, (((corpusSpec, allNames), emitPlan), output)) = input;
                    var articleNames = ArticleNaming.Find(allNames, spec.Path);
                    return new ArticleModel(
                        spec,
                        corpusSpec.For(spec.Path),
                        articleNames,
                        output,
                        Utf8Payload: EmitPlanner.IsUtf8(emitPlan, spec.Path),
                        EmitFacts: EmitPlanner.HasFacts(emitPlan, articleNames.PropertyName));
                })
                .WithTrackingName(TrackingNames.ArticleWithCorpus);

        /// <summary>Each article's source, gathered into the files the compilation gets.</summary>
        private static IncrementalValuesProvider<GeneratedFileGroup> EmitArticles(IncrementalValuesProvider<ArticleModel> articles)
        {
            // One source per article: re-emitted only when that article, its canonical names, its name or the settings change.
            var sources = articles
                .Select(static (article, cancellationToken) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return article.Output.Target.SupportsRecords ? ArticleSources.Emit(article) : null;
                })
                .WithTrackingName(TrackingNames.ArticleSources);

            // The files the articles' sources go into: one each, or a fixed number of groups in a large project. Runs on
            // any article edit (it reads them all, cheaply: unchanged sources are the same objects, and a large project
            // is regrouped from its last grouping); an unchanged group compares equal, so only the edited article's file
            // is added anew.
            return sources
                .Collect()
                .SelectMany(static (all, _) => SourceFileGroups.Group(all))
                .WithTrackingName(TrackingNames.ArticleSourceFiles);
        }

        /// <summary>The <c>Articles</c> catalog: <c>All</c>, <c>Find</c> and the stories.</summary>
        private static IncrementalValueProvider<GeneratedFile?> EmitCatalog(
            IncrementalValueProvider<EquatableArray<ArticleNames>> names,
            IncrementalValueProvider<CorpusSpec> corpus,
            IncrementalValueProvider<OutputOptions> options)
        {
            // The catalog lists every article's name and the stories, so it needs them all; an edit to an article's
            // text changes neither, and the catalog stays cached.
            var stories = corpus
                .Select(static (corpusSpec, _) => corpusSpec.Stories)
                .WithTrackingName(TrackingNames.Stories);
            return names
                .Combine(stories)
                .Select(static (input, _) => new CatalogModel(input.Left, input.Right))
                .Combine(options)
                .Select(static (input, _) => input.Right.Target.SupportsRecords ? CatalogEmitter.Emit(input.Left, input.Right) : null)
                .WithTrackingName(TrackingNames.CatalogSource);
        }

        /// <summary>The shared types: <c>Article</c>, <c>Quote</c>, <c>Person</c>, <c>Figure</c>, <c>Story</c>.</summary>
        private static IncrementalValueProvider<GeneratedFile?> EmitBaseTypes(IncrementalValueProvider<OutputOptions> options) =>
            options
                .Select(static (output, _) => output.Target.SupportsRecords ? BaseTypesEmitter.Emit(output) : null)
                .WithTrackingName(TrackingNames.BaseTypesSource);

        private static void Add(SourceProductionContext context, GeneratedFile? file)
        {
            if (file is not null)
            {
                Add(context, file.HintName, SourceText.From(file.Text, Encoding.UTF8));
            }
        }

        private static void Add(SourceProductionContext context, string hintName, SourceText text)
        {
            try
            {
                context.AddSource(hintName, text);
            }
            catch (ArgumentException)
            {
                // The same file listed twice in AdditionalFiles: its source is already added once.
            }
        }
    }
}
