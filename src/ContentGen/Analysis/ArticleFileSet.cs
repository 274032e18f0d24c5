using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
        // What each AdditionalText object is to this analyzer, kept as long as the object lives: the IDE hands every
        // compilation of a project the same objects for the files not edited, so a keystroke in a 10,000-article project
        // works out one relative path, not ten thousand, and reads no file's options again while the options provider
        // is the same (docs/benchmarks.md, tenth session). A command-line build's objects die with its compilation,
        // and their entries with them.
        private static readonly ConditionalWeakTable<AdditionalText, StrongBox<FileFacts?>> Known = new();

        // A number for each options provider, so that the facts above name the options they were read under without
        // keeping the provider (and, in the IDE, the project snapshot behind it) alive.
        private static readonly ConditionalWeakTable<AnalyzerConfigOptionsProvider, StrongBox<long>> OptionsStamps = new();
        private static long s_lastOptionsStamp;

        private readonly Dictionary<string, (SourceText Text, string RelativePath)> _files;
        private readonly object _gate = new();
        private Dictionary<string, string>? _fullPathOf;

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
            _files = new Dictionary<string, (SourceText, string)>(files.Length);
            var optionsStamp = OptionsStamps.GetValue(options, static _ => new StrongBox<long>(Interlocked.Increment(ref s_lastOptionsStamp))).Value;
            var glossaries = new List<AdditionalText>();
            string? firstRelative = null;
            foreach (var file in files)
            {
                var facts = FactsOf(file, options, optionsStamp, projectDir);
                if (facts.IsGlossary)
                {
                    glossaries.Add(file);
                    continue;
                }

                if (facts.IsArticle && file.GetText(cancellationToken) is { } text && !_files.ContainsKey(file.Path))
                {
                    _files.Add(file.Path, (text, facts.RelativePath));
                    if (firstRelative is null || string.CompareOrdinal(facts.RelativePath, firstRelative) < 0)
                    {
                        (FirstArticle, firstRelative) = (file.Path, facts.RelativePath);
                    }
                }
            }

            // The engine's rule picks the glossary, as the command line does.
            if (ContentFiles.FirstByPath(glossaries, file => file.Path) is { } glossary && glossary.GetText(cancellationToken) is { } glossaryText)
            {
                GlossaryFile = glossary.Path;
                GlossaryRelativePath = RelativePath(glossary.Path);
                GlossaryText = glossaryText;
                Glossary = GlossaryParser.Parse(GlossaryRelativePath, glossaryText.ToString());
            }
        }

        /// <summary>The file's role and relative path, worked out once per AdditionalText object and options.</summary>
        private static FileFacts FactsOf(AdditionalText file, AnalyzerConfigOptionsProvider options, long optionsStamp, string? projectDir)
        {
            var slot = Known.GetValue(file, static _ => new StrongBox<FileFacts?>());
            var known = Volatile.Read(ref slot.Value);
            if (known is not null && known.OptionsStamp == optionsStamp && known.ProjectDir == projectDir)
            {
                return known;
            }

            // The IDE gives each compilation a new options provider: the path's facts carry over, the per-file options
            // (ContentGen="false") are read again.
            var isGlossary = known?.ProjectDir == projectDir ? known!.IsGlossary : ContentFiles.IsGlossary(file.Path);
            var facts = new FileFacts(
                optionsStamp,
                projectDir,
                isGlossary,
                !isGlossary && ArticleFileFilter.IsArticle(file.Path, options.GetOptions(file)),
                known?.ProjectDir == projectDir ? known!.RelativePath : ProjectPaths.Relative(file.Path, projectDir));
            Volatile.Write(ref slot.Value, facts); // racing compilations write equal facts
            return facts;
        }

        public string? ProjectDir { get; }

        public AnalyzerConfigOptionsProvider Options { get; }

        public int Count => _files.Count;

        /// <summary>The project's ContentGen.glossary, if it has one.</summary>
        public string? GlossaryFile { get; }

        public string? GlossaryRelativePath { get; }

        public SourceText? GlossaryText { get; }

        public Glossary Glossary { get; } = Glossary.Empty;

        /// <summary>The article that reports project-wide problems: the first by relative path.</summary>
        public string? FirstArticle { get; }

        public bool Contains(string fullPath) => _files.ContainsKey(fullPath);

        public string RelativePath(string fullPath) => _files.TryGetValue(fullPath, out var file) ? file.RelativePath : ProjectPaths.Relative(fullPath, ProjectDir);

        public IEnumerable<string> FullPaths => _files.Keys;

        /// <summary>The text of an article of this set, by full path.</summary>
        public SourceText? TextAt(string fullPath) => _files.TryGetValue(fullPath, out var file) ? file.Text : null;

        public SourceText? TextOf(string relativePath) => FullPathOf(relativePath) is { } fullPath
            ? _files.TryGetValue(fullPath, out var file) ? file.Text : GlossaryText
            : null;

        /// <summary>The full path of an article (or the glossary) given its project-relative path.</summary>
        public string? FullPathOf(string relativePath)
        {
            // Only findings that point at another file need this, so the reverse map is built on first use.
            var fullPathOf = Volatile.Read(ref _fullPathOf);
            if (fullPathOf is null)
            {
                fullPathOf = new Dictionary<string, string>(_files.Count + 1);
                foreach (var pair in _files)
                {
                    fullPathOf[pair.Value.RelativePath] = pair.Key;
                }

                if (GlossaryFile is not null)
                {
                    fullPathOf[GlossaryRelativePath!] = GlossaryFile;
                }

                Volatile.Write(ref _fullPathOf, fullPathOf);
            }

            return fullPathOf.TryGetValue(relativePath, out var path) ? path : null;
        }

        public ArticleText Parse(string fullPath, CancellationToken cancellationToken)
        {
            var file = _files[fullPath];
            return ParseCache.Get(file.Text, file.RelativePath, cancellationToken);
        }

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
                    foreach (var file in _files.Values)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        articles.Add(ParseCache.Get(file.Text, file.RelativePath, cancellationToken));
                    }

                    var version = new CorpusVersion(articles, GlossaryRelativePath, GlossaryText?.ToString());
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

            // An updated index has the same paths, slugs and usability, so the type names carry over too. Otherwise the
            // new index still takes the last one's people where the edit left them alone, and its names where it left the
            // paths and slugs alone (a keystroke in a headline).
            if (last?.Index.Update(articles, Glossary) is { } updated)
            {
                return new CorpusResults(updated, last.KnownTypeNames);
            }

            var index = new CorpusIndex(articles, Glossary, last?.Index);
            return new CorpusResults(index, last is not null && index.HasSameSlugs(last.Index) ? last.KnownTypeNames : null);
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

        private sealed class FileFacts
        {
            public FileFacts(long optionsStamp, string? projectDir, bool isGlossary, bool isArticle, string relativePath) =>
                (OptionsStamp, ProjectDir, IsGlossary, IsArticle, RelativePath) = (optionsStamp, projectDir, isGlossary, isArticle, relativePath);

            /// <summary>The options provider the facts were read under (another may mark the file otherwise).</summary>
            public long OptionsStamp { get; }

            public string? ProjectDir { get; }

            public bool IsGlossary { get; }

            public bool IsArticle { get; }

            public string RelativePath { get; }
        }
    }
}
