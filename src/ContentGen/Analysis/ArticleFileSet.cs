using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ContentGen.Generation;
using ContentGen.Inputs;
using ContentGen.Text;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Analysis
{
    /// <summary>
    /// The compilation's article files — the same set the generator reads — with their texts, relative paths,
    /// and the corpus index built from them once, on first use.
    /// </summary>
    internal sealed class ArticleFileSet
    {
        private readonly Dictionary<string, (AdditionalText File, SourceText Text, string RelativePath)> _files = new();
        private readonly Dictionary<string, SourceText> _byRelativePath = new();
        private readonly Dictionary<string, string> _fullPathOf = new();
        private readonly object _gate = new();

        // The last results of each project (by project directory): the next compilation, one keystroke later in the
        // IDE, updates its corpus index in linear time instead of resolving every name and story again. Bounded; it
        // keeps the parses of at most that many projects alive.
        private const int MaxRememberedProjects = 8;
        private static readonly Dictionary<string, CorpusResults> LastResults = new();
        private static readonly object LastResultsGate = new();
        private CorpusResults? _results;

        public ArticleFileSet(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            options.GlobalOptions.TryGetValue(SettingsReader.ProjectDirProperty, out var projectDir);
            ProjectDir = projectDir;
            Options = options;
            var glossaries = new List<AdditionalText>();
            foreach (var file in files)
            {
                if (ContentFiles.IsGlossary(file.Path))
                {
                    glossaries.Add(file);
                    continue;
                }

                if (ArticleFileFilter.IsArticle(file.Path, options.GetOptions(file)) && file.GetText(cancellationToken) is { } text && !_files.ContainsKey(file.Path))
                {
                    var relativePath = ProjectPaths.Relative(file.Path, projectDir);
                    _files.Add(file.Path, (file, text, relativePath));
                    _byRelativePath[relativePath] = text;
                    _fullPathOf[relativePath] = file.Path;
                }
            }

            // The engine's rule picks the glossary, as the command line does.
            if (ContentFiles.FirstByPath(glossaries, file => file.Path) is { } glossary && glossary.GetText(cancellationToken) is { } glossaryText)
            {
                var glossaryPath = RelativePath(glossary.Path);
                GlossaryFile = glossary.Path;
                GlossaryText = glossaryText;
                Glossary = GlossaryParser.Parse(glossaryPath, glossaryText.ToString());
                _byRelativePath[glossaryPath] = glossaryText;
                _fullPathOf[glossaryPath] = glossary.Path;
            }
        }

        public string? ProjectDir { get; }

        public AnalyzerConfigOptionsProvider Options { get; }

        public int Count => _files.Count;

        /// <summary>The project's ContentGen.glossary, if it has one.</summary>
        public string? GlossaryFile { get; }

        public SourceText? GlossaryText { get; }

        public Glossary Glossary { get; } = Glossary.Empty;

        public bool Contains(string fullPath) => _files.ContainsKey(fullPath);

        public string RelativePath(string fullPath) => _files.TryGetValue(fullPath, out var file) ? file.RelativePath : ProjectPaths.Relative(fullPath, ProjectDir);

        public IEnumerable<string> FullPaths => _files.Keys;

        public SourceText? TextOf(string relativePath) => _byRelativePath.TryGetValue(relativePath, out var text) ? text : null;

        /// <summary>The full path of an article given its project-relative path.</summary>
        public string? FullPathOf(string relativePath) => _fullPathOf.TryGetValue(relativePath, out var path) ? path : null;

        public ArticleText Parse(string fullPath, CancellationToken cancellationToken) => ParseCache.Get(_files[fullPath].Text, _files[fullPath].RelativePath, cancellationToken);

        /// <summary>
        /// What the engine found for this compilation's corpus: taken from the process-wide cache when an earlier
        /// compilation had the same articles and glossary, otherwise computed by the first caller (the others wait).
        /// </summary>
        public CorpusResults Results(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (_results is null)
                {
                    var articles = new List<ArticleText>(_files.Count);
                    foreach (var path in _files.Keys)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        articles.Add(Parse(path, cancellationToken));
                    }

                    var version = new CorpusVersion(articles, GlossaryFile is null ? null : RelativePath(GlossaryFile), GlossaryText?.ToString());
                    _results = CorpusResults.Cache.Get(version) ?? CorpusResults.Cache.Add(version, UpdateOrBuild(articles));
                    Remember(_results);
                }

                return _results;
            }
        }

        /// <summary>The corpus index of this compilation's articles.</summary>
        public CorpusIndex Corpus(CancellationToken cancellationToken) => Results(cancellationToken).Index;

        /// <summary>The engine's front door over this compilation's corpus.</summary>
        public ContentChecker Checker(CancellationToken cancellationToken) => Results(cancellationToken).Checker;

        /// <summary>The member name the generator gives each usable article, by relative path.</summary>
        public IReadOnlyDictionary<string, string> TypeNames(CancellationToken cancellationToken) => Results(cancellationToken).TypeNames();

        private CorpusResults UpdateOrBuild(List<ArticleText> articles)
        {
            CorpusResults? last;
            lock (LastResultsGate)
            {
                LastResults.TryGetValue(ProjectDir ?? string.Empty, out last);
            }

            // An updated index has the same paths, slugs and usability, so the type names carry over too.
            return last?.Index.Update(articles, Glossary) is { } updated
                ? new CorpusResults(updated, last.KnownTypeNames)
                : new CorpusResults(new CorpusIndex(articles, Glossary));
        }

        private void Remember(CorpusResults results)
        {
            var key = ProjectDir ?? string.Empty;
            lock (LastResultsGate)
            {
                if (LastResults.Count >= MaxRememberedProjects && !LastResults.ContainsKey(key))
                {
                    LastResults.Clear();
                }

                LastResults[key] = results;
            }
        }
    }
}
