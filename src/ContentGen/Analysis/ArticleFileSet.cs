using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ContentGen.Generation;
using ContentGen.Shared;
using ContentGen.Text.Checks;
using ContentGen.Text.Corpus;
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
        private readonly Dictionary<string, (AdditionalText File, SourceText Text)> _files = new();
        private readonly Dictionary<string, SourceText> _byRelativePath = new();
        private readonly Dictionary<string, string> _fullPathOf = new();
        private readonly object _gate = new();
        private CorpusIndex? _corpus;
        private Dictionary<string, string>? _typeNames;

        public ArticleFileSet(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            options.GlobalOptions.TryGetValue(SettingsReader.ProjectDirProperty, out var projectDir);
            ProjectDir = projectDir;
            Options = options;
            foreach (var file in files)
            {
                if (GlossaryFile is null && string.Equals(ArticleFileFilter.FileName(file.Path), GlossaryParser.FileName, System.StringComparison.OrdinalIgnoreCase)
                    && file.GetText(cancellationToken) is { } glossaryText)
                {
                    GlossaryFile = file.Path;
                    GlossaryText = glossaryText;
                    Glossary = GlossaryParser.Parse(RelativePath(file.Path), glossaryText.ToString());
                    _byRelativePath[RelativePath(file.Path)] = glossaryText;
                    _fullPathOf[RelativePath(file.Path)] = file.Path;
                    continue;
                }

                if (ArticleFileFilter.IsArticle(file.Path, options.GetOptions(file)) && file.GetText(cancellationToken) is { } text && !_files.ContainsKey(file.Path))
                {
                    _files.Add(file.Path, (file, text));
                    _byRelativePath[RelativePath(file.Path)] = text;
                    _fullPathOf[RelativePath(file.Path)] = file.Path;
                }
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

        public string RelativePath(string fullPath) => ProjectPaths.Relative(fullPath, ProjectDir);

        public IEnumerable<string> FullPaths => _files.Keys;

        public SourceText? TextOf(string relativePath) => _byRelativePath.TryGetValue(relativePath, out var text) ? text : null;

        /// <summary>The full path of an article given its project-relative path.</summary>
        public string? FullPathOf(string relativePath) => _fullPathOf.TryGetValue(relativePath, out var path) ? path : null;

        public ArticleText Parse(string fullPath) => ParseCache.Get(_files[fullPath].Text, RelativePath(fullPath));

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
                        articles.Add(Parse(path));
                    }

                    _corpus = new CorpusIndex(articles, Glossary);
                }

                return _corpus;
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
                        if (!article.Article.Article.IsUnusable)
                        {
                            keys.Add((article.Path, article.Article.Article.Slug));
                        }
                    }

                    _typeNames = new Dictionary<string, string>();
                    foreach (var names in ArticleNaming.Assign(keys.ToImmutable()))
                    {
                        _typeNames[names.Path] = names.TypeName;
                    }
                }

                return _typeNames;
            }
        }
    }
}
