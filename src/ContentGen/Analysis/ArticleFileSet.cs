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

        // The last corpus index of each project (by project directory): the next compilation, one keystroke later in
        // the IDE, updates it in linear time instead of resolving every name and story again. Bounded; it keeps the
        // parses of at most that many projects alive.
        private const int MaxRememberedProjects = 8;
        private static readonly Dictionary<string, (CorpusIndex Index, Dictionary<string, string>? TypeNames)> LastIndex = new();
        private static readonly object LastIndexGate = new();
        private CorpusIndex? _corpus;
        private ContentChecker? _checker;
        private Dictionary<string, string>? _typeNames;

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

        /// <summary>The corpus index, built by the first caller; the others wait for it.</summary>
        public CorpusIndex Corpus(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (_corpus is null)
                {
                    var articles = new List<ArticleText>(_files.Count);
                    foreach (var path in _files.Keys)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        articles.Add(Parse(path, cancellationToken));
                    }

                    _corpus = UpdateOrBuild(articles);
                }

                return _corpus;
            }
        }

        /// <summary>The engine's front door over this compilation's corpus.</summary>
        public ContentChecker Checker(CancellationToken cancellationToken)
        {
            var corpus = Corpus(cancellationToken);
            lock (_gate)
            {
                return _checker is { } checker && ReferenceEquals(checker.Corpus, corpus) ? checker : _checker = new ContentChecker(corpus);
            }
        }

        private CorpusIndex UpdateOrBuild(List<ArticleText> articles)
        {
            var key = ProjectDir ?? string.Empty;
            (CorpusIndex Index, Dictionary<string, string>? TypeNames) last;
            lock (LastIndexGate)
            {
                LastIndex.TryGetValue(key, out last);
            }

            // An updated index has the same paths, slugs and usability, so the type names carry over too.
            var index = last.Index?.Update(articles, Glossary);
            _typeNames = index is null ? null : last.TypeNames;
            index ??= new CorpusIndex(articles, Glossary);
            Remember(index);
            return index;
        }

        private void Remember(CorpusIndex index)
        {
            var key = ProjectDir ?? string.Empty;
            lock (LastIndexGate)
            {
                if (LastIndex.Count >= MaxRememberedProjects && !LastIndex.ContainsKey(key))
                {
                    LastIndex.Clear();
                }

                LastIndex[key] = (index, _typeNames);
            }
        }

        /// <summary>The type name the generator gives each usable article, by relative path.</summary>
        public IReadOnlyDictionary<string, string> TypeNames(CancellationToken cancellationToken)
        {
            var corpus = Corpus(cancellationToken);
            lock (_gate)
            {
                if (_typeNames is null)
                {
                    var keys = ImmutableArray.CreateBuilder<(string Path, string Slug)>();
                    foreach (var article in corpus.Articles)
                    {
                        if (!article.Parsed.IsUnusable)
                        {
                            keys.Add((article.Path, article.Parsed.Slug));
                        }
                    }

                    _typeNames = new Dictionary<string, string>();
                    foreach (var names in ArticleNaming.Assign(keys.ToImmutable()))
                    {
                        _typeNames[names.Path] = "Articles." + names.PropertyName;
                    }

                    Remember(corpus);
                }

                return _typeNames;
            }
        }
    }
}
