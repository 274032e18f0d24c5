using System;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Emit;
using ContentGen.Generation.Model;
using ContentGen.Inputs;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Inputs;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;
using Microsoft.CodeAnalysis;

namespace ContentGen.Generation
{
    /// <summary>
    /// Turns every article file (a <c>.txt</c> AdditionalFile) into a typed record. Diagnostics are the analyzers'
    /// job: this generator only produces source, and produces it for every usable article whatever its problems.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ArticleGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Namespace from MSBuild properties. Re-runs when any options change; its value rarely does,
            // so everything downstream stays cached.
            var settings = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => SettingsReader.Read(options))
                .WithTrackingName(TrackingNames.Settings);

            // Language version and framework types. Re-runs on every compilation (cheap look-ups); its
            // value only changes with the project's settings, so it does not invalidate the outputs.
            var target = context.CompilationProvider
                .Select((compilation, _) => SettingsReader.ReadTarget(compilation))
                .WithTrackingName(TrackingNames.Target);

            // Each article file parsed (the expensive step): an edited file re-runs alone, editing a .cs file touches
            // none. The parse goes through the cache the analyzer reads too, so a build parses each text once.
            var parsed = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .SelectMany((pair, cancellationToken) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (text, options) = pair;
                    if (!ArticleFileFilter.IsArticle(text.Path, options.GetOptions(text)))
                    {
                        return ImmutableArray<ParsedArticle>.Empty;
                    }

                    options.GlobalOptions.TryGetValue(SettingsReader.ProjectDirProperty, out var projectDir);
                    var relativePath = ProjectPaths.Relative(text.Path, projectDir);
                    var source = text.GetText(cancellationToken);
                    return ImmutableArray.Create(source is null
                        ? ArticleParser.Parse(relativePath, string.Empty, cancellationToken)
                        : ParseCache.Get(source, relativePath, cancellationToken).Article);
                })
                .WithTrackingName(TrackingNames.ParsedArticles);

            // Content-only spec; an edit that changes no content produces an equal spec and stops here. Unusable
            // files have none (the analyzer reports them).
            var specs = parsed
                .SelectMany((article, cancellationToken) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return ArticleSpecFactory.Create(article) is { } spec ? ImmutableArray.Create(spec) : ImmutableArray<ArticleSpec>.Empty;
                })
                .WithTrackingName(TrackingNames.ArticleSpecs);

            // Type names need the whole corpus (collisions). Only (path, slug) pairs are collected, so an edit
            // to an article's text yields equal names and leaves every other article's source cached.
            var names = specs
                .Select((spec, _) => (spec.Path, spec.Slug))
                .WithTrackingName(TrackingNames.NameKeys)
                .Collect()
                .Select((all, _) => ArticleNaming.Assign(all))
                .WithTrackingName(TrackingNames.TypeNames);

            var shared = settings.Combine(target);

            // The glossary's canonical spellings. Re-runs when the glossary (or any additional file's list) changes.
            var glossary = context.AdditionalTextsProvider
                .Where(text => ContentFiles.IsGlossary(text.Path))
                .Collect()
                .Select((all, cancellationToken) => ContentFiles.FirstByPath(all, text => text.Path) is { } text
                    ? GlossaryParser.Parse(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty).Names.ToEquatableArray()
                    : EquatableArray<GlossaryName>.Empty)
                .WithTrackingName(TrackingNames.Glossary);

            // People across the corpus and the stories need every article. Only each article's people and story
            // features are collected: an edit that changes neither leaves them equal, so this step stays cached; when it
            // does run, its value is compared, so nothing after it runs unless canonical names or stories changed.
            var corpus = specs
                .Select((spec, _) => new CorpusKeys(spec.Path, spec.People, spec.Story))
                .WithTrackingName(TrackingNames.CorpusKeys)
                .Collect()
                .Combine(glossary)
                .Select((input, cancellationToken) => CorpusSpecFactory.Create(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Corpus);

            // Each article with its own slice of the corpus (canonical names of its people). Re-runs for every article
            // when the corpus changes, but yields an equal value unless this article's slice changed.
            var articlesWithCorpus = specs
                .Combine(corpus)
                .Select((input, _) => (Spec: input.Left, CanonicalNames: input.Right.For(input.Left.Path)))
                .WithTrackingName(TrackingNames.ArticleWithCorpus);

            // One source per article: re-emitted only when that article, its canonical names, the names or the settings change.
            var articleSources = articlesWithCorpus
                .Combine(names.Combine(shared))
                .Select((input, cancellationToken) =>
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (article, (allNames, (options, features))) = input;
                    var own = ArticleNaming.Find(allNames, article.Spec.Path);
                    return features.SupportsRecords ? ArticleEmitter.Emit(article.Spec, article.CanonicalNames, own, options, features) : null;
                })
                .WithTrackingName(TrackingNames.ArticleSources);

            // The catalog lists every article (path, slug, title) and the stories, so it needs them all; an edit to an
            // article's body changes neither, and the catalog stays cached.
            var stories = corpus
                .Select((corpusSpec, _) => corpusSpec.Stories)
                .WithTrackingName(TrackingNames.Stories);
            var catalog = specs
                .Select((spec, _) => new CatalogEntry(spec.Path, spec.Slug, spec.Title))
                .WithTrackingName(TrackingNames.CatalogEntries)
                .Collect()
                .Combine(names)
                .Combine(stories)
                .Combine(shared)
                .Select((input, _) =>
                {
                    var (((all, allNames), allStories), (options, features)) = input;
                    return features.SupportsRecords ? CatalogEmitter.Emit(all, allNames, allStories, options) : null;
                })
                .WithTrackingName(TrackingNames.CatalogSource);

            var baseTypes = shared
                .Select((input, _) => input.Right.SupportsRecords ? BaseTypesEmitter.Emit(input.Left, input.Right) : null)
                .WithTrackingName(TrackingNames.BaseTypesSource);

            // The files the articles' sources go into: one each, or a fixed number of groups in a large project. Runs on
            // any article edit (it reads them all, cheaply: unchanged sources are the same strings); an unchanged group
            // compares equal, so only the edited article's file is added anew.
            var articleFiles = articleSources
                .Collect()
                .SelectMany((all, _) => SourceFileGroups.Group(all))
                .WithTrackingName(TrackingNames.ArticleSourceFiles);

            context.RegisterSourceOutput(articleFiles, static (spc, group) => Add(spc, new GeneratedFile(group.HintName, SourceFileGroups.Text(group))));
            context.RegisterSourceOutput(catalog, static (spc, file) => Add(spc, file));
            context.RegisterSourceOutput(baseTypes, static (spc, file) => Add(spc, file));
            context.RegisterSourceOutput(target, static (spc, features) =>
            {
                if (features.SupportsRecords && features.NeedsIsExternalInit)
                {
                    Add(spc, IsExternalInitEmitter.Emit());
                }
            });
        }

        private static void Add(SourceProductionContext context, GeneratedFile? file)
        {
            if (file is null)
            {
                return;
            }

            try
            {
                context.AddSource(file.HintName, file.Text);
            }
            catch (System.ArgumentException)
            {
                // The same file listed twice in AdditionalFiles: its source is already added once.
            }
        }
    }
}
