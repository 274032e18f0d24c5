using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ContentGen.Text.Corpus;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG2001: a person's name spelled differently in two articles of one story — the surname
    /// ("Pashinyan"/"Pashinian") or a first or middle name ("Katrin"/"Catrin Vossberg"). The spelling most articles
    /// of the story use is suggested, and only the outlier is reported: a spelling one article uses, or one that the
    /// usual spelling clearly outnumbers. Across the whole corpus only people the glossary names are checked, against
    /// its canonical spelling: elsewhere a shared name in unrelated articles is no evidence of one person.
    /// Each spelling is reported once per article, at its first mention.
    /// </summary>
    internal sealed class NameVariantRule : ICorpusRule
    {
        // The story groups of people, computed once per set of identities (a corpus update that keeps people and
        // stories keeps them too).
        private static readonly ConditionalWeakTable<PersonIdentities, StoryPeople> Groups = new();

        // The usual spelling is clearly the story's when at least this many times as many articles use it as the other.
        private const int ClearMajority = 2;

        public static RuleInfo Metadata { get; } = new(RuleIds.NameVariant, "Name spelled differently across articles or from the glossary", RuleCategory.Consistency) { Fix = "use the canonical spelling" };

        public RuleInfo Info => Metadata;

        public void Check(CorpusArticle article, CorpusIndex corpus, List<Finding> findings)
        {
            var people = article.Parsed.People;
            StoryPeople? story = null;
            for (var index = 0; index < people.Count; index++)
            {
                var person = people[index];
                var identity = corpus.People.Of(article.Path, person.Name);
                if (identity?.Glossary is { } entry)
                {
                    CheckGlossary(person, identity, entry, corpus, findings);
                    continue;
                }

                story ??= Groups.GetValue(corpus.People, _ => new StoryPeople(corpus));
                if (story.GroupOf(article.Path, index) is { } group)
                {
                    CheckStory(article, person, group, corpus, findings);
                }
            }

            story ??= Groups.GetValue(corpus.People, _ => new StoryPeople(corpus));
            CheckUnintroduced(article, story, corpus, findings);
        }

        /// <summary>
        /// A person the story's other articles name in full, written here only in passing ("Gibs scored twice",
        /// "said Zadan and Merron") where nothing in this article introduces them: a capitalised word of this
        /// article that spells their surname or given name closely (<see cref="NameSkeleton.AreCloseVariants"/>)
        /// but not as any article of the story does. A given name counts only beside the person's surname.
        /// </summary>
        private void CheckUnintroduced(CorpusArticle article, StoryPeople story, CorpusIndex corpus, List<Finding> findings)
        {
            var index = story.IndexOf(article.Path);
            if (index is null)
            {
                return;
            }

            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var person in article.Parsed.People)
            {
                foreach (var spelling in person.Spellings)
                {
                    foreach (var word in spelling.Split(' '))
                    {
                        own.Add(NameParts.StripPossessive(word));
                    }
                }
            }

            var nouns = new HashSet<string>(article.Parsed.ProperNouns, StringComparer.Ordinal);
            var codes = new long[4];
            var near = new List<StoryIndex.Entry>();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in article.Parsed.ProperNouns)
            {
                // Only a spelling no other article of the story uses: one two articles share is established
                // ("Evansville", "Wi-Fi"), and the regular comparison above covers the people they name.
                if (own.Contains(word) || reported.Contains(word) || index.ArticlesUsing(word) > 1 || NameParts.IsContraction(word)
                    || Lexicon.InstitutionWords.Contains(word) || Lexicon.PlaceStarts.Contains(word))
                {
                    continue;
                }

                var skeleton = NameSkeleton.Of(word);
                index.Near(skeleton, codes, near);
                foreach (var entry in near)
                {
                    if (entry.Group.Any(m => m.Path == article.Path) || !NameSkeleton.SkeletonsAreCloseVariants(skeleton, entry.Skeleton)
                        || (entry.Slot == NameSpelling.Given && !entry.Surnames.Any(nouns.Contains)))
                    {
                        continue;
                    }

                    var members = Members(entry.Group, corpus);
                    var use = NameSpelling.Use(members, entry.Slot);
                    if (use.Keys.Any(spelling => NameSpelling.Same(spelling, word)))
                    {
                        continue;
                    }

                    foreach (var spelling in use.Keys.ToList())
                    {
                        if (!NameSpelling.Variants(entry.Slot, spelling, word))
                        {
                            use.Remove(spelling);
                        }
                    }

                    var canonical = NameSpelling.Canonical(use);
                    // Where the word stands without another given name before it: "Olivia Colman" is not Jenna Coleman.
                    var given = NameSpelling.Use(members, NameSpelling.Given).Keys.ToList();
                    var range = canonical is null ? null : FindWord(article, word, previous => previous.Length == 0
                        || !char.IsUpper(previous[0]) || Lexicon.NotNames.Contains(previous) || Lexicon.Titles.Contains(previous)
                        || given.Any(g => NameSpelling.Same(g, previous) || NameSpelling.Variants(NameSpelling.Given, g, previous)));
                    if (canonical is null || range is null || FindWord(article, word.ToLowerInvariant(), _ => true) is not null)
                    {
                        continue; // a word the article also writes in lower case is a word ("More", "Copper"), not a name
                    }

                    var source = use[canonical].Articles.OrderBy(p => p, StringComparer.Ordinal).First();
                    var other = members.First(m => m.Article.Path == source);
                    var where = NameSpelling.FirstRange(other.Person, entry.Slot, canonical);
                    reported.Add(word);
                    findings.Add(new Finding(Info.Id, range.Value,
                        $"Name '{word}' is spelled '{canonical}' in {(where is { } w ? other.Article.Where(w) : other.Article.FileName)}{(use[canonical].Articles.Count > 1 ? " and other articles" : string.Empty)} of this story; use one spelling across the story",
                        where is { } r ? new RelatedLocation(other.Article.Path, r) : null) { Replacement = canonical });
                    break;
                }
            }
        }

        // The first place the word stands as a whole word in the article's text, outside its first line (the title),
        // where the word before it (empty at the start of a line or after punctuation) is acceptable.
        private static TextRange? FindWord(CorpusArticle article, string word, Func<string, bool> acceptPrevious)
        {
            var text = article.Article.Text;
            var from = text.IndexOf('\n');
            for (var at = text.IndexOf(word, from < 0 ? 0 : from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                    && acceptPrevious(PreviousWord(text, at)))
                {
                    return new TextRange(at, word.Length);
                }
            }

            return null;
        }

        // The word just before a position, when only a space separates them ("Olivia" before "Colman"); else empty.
        private static string PreviousWord(string text, int at)
        {
            if (at < 2 || text[at - 1] != ' ' || !char.IsLetter(text[at - 2]))
            {
                return string.Empty;
            }

            var start = at - 2;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
            {
                start--;
            }

            return text.Substring(start, at - 1 - start);
        }

        private static List<(CorpusArticle Article, ParsedPerson Person)> Members(List<(string Path, int Index)> group, CorpusIndex corpus)
        {
            var members = new List<(CorpusArticle Article, ParsedPerson Person)>(group.Count);
            foreach (var (path, index) in group)
            {
                if (corpus.Find(path) is { } other && index < other.Parsed.People.Count)
                {
                    members.Add((other, other.Parsed.People[index]));
                }
            }

            return members;
        }

        private void CheckGlossary(ParsedPerson person, PersonIdentity identity, GlossaryName entry, CorpusIndex corpus, List<Finding> findings)
        {
            var canonical = identity.CanonicalSurname;
            foreach (var mention in person.Mentions)
            {
                if (mention.Surname == canonical)
                {
                    continue;
                }

                findings.Add(new Finding(Info.Id, mention.SurnameRange,
                    $"Name '{mention.Surname}' is spelled '{canonical}' in the glossary ({entry.Canonical}, line {entry.Line}); use the canonical spelling",
                    corpus.Glossary.Path.Length == 0 ? null : new RelatedLocation(corpus.Glossary.Path, entry.Range)) { Replacement = canonical });
            }
        }

        private void CheckStory(CorpusArticle article, ParsedPerson person, List<(string Path, int Index)> group, CorpusIndex corpus, List<Finding> findings)
        {
            var members = Members(group, corpus);

            if (members.Select(m => m.Article.Path).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                return;
            }

            foreach (var slot in NameSpelling.Slots(article.Parsed, person))
            {
                // The spellings of this part of the name: a given name is compared with the given names it may spell
                // ("Boone" with "Boonne", not with "Cheryl"), wherever they stand in the name.
                var use = NameSpelling.Use(members, slot.Slot);
                foreach (var spelling in use.Keys.ToList())
                {
                    if (!NameSpelling.Same(spelling, slot.Spelling) && !NameSpelling.Variants(slot.Slot, spelling, slot.Spelling))
                    {
                        use.Remove(spelling);
                    }
                }

                var canonical = NameSpelling.Canonical(use);
                if (canonical is null || NameSpelling.Same(slot.Spelling, canonical) || !IsOutlier(use, slot.Spelling, canonical))
                {
                    continue;
                }

                // Point at the canonical spelling in another article of the story.
                var elsewhere = use[canonical].Articles.Where(p => p != article.Path).OrderBy(p => p, StringComparer.Ordinal).ToList();
                if (elsewhere.Count == 0)
                {
                    continue; // only this article uses it: a spelling within one article is CG1006's
                }

                var other = members.First(m => m.Article.Path == elsewhere[0]);
                var where = NameSpelling.FirstRange(other.Person, slot.Slot, canonical);
                findings.Add(new Finding(Info.Id, slot.Range,
                    $"Name '{slot.Spelling}' is spelled '{canonical}' in {(where is { } w ? other.Article.Where(w) : other.Article.FileName)}{(elsewhere.Count > 1 ? " and other articles" : string.Empty)} of this story; use one spelling across the story",
                    where is { } r ? new RelatedLocation(other.Article.Path, r) : null) { Replacement = canonical });
            }
        }

        /// <summary>
        /// True when the spelling is the story's outlier, the one a copy editor marks: only this article uses it, or
        /// the usual spelling is used by at least twice as many articles. Two spellings that several articles each use,
        /// neither clearly the majority (Heidar in three outlets, Heydar in three), are two house styles, not a slip in
        /// one of them; the story has no usual spelling to point to, and the glossary is where a project settles it.
        /// </summary>
        private static bool IsOutlier(Dictionary<string, (HashSet<string> Articles, int Mentions)> use, string spelling, string canonical)
        {
            var mine = ArticlesUsing(use, spelling);
            return mine <= 1 || ArticlesUsing(use, canonical) >= ClearMajority * mine;
        }

        // In how many articles a spelling stands, counting the forms that are the same spelling ("al-Bashir", "Bashir").
        private static int ArticlesUsing(Dictionary<string, (HashSet<string> Articles, int Mentions)> use, string spelling)
        {
            var articles = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in use)
            {
                if (NameSpelling.Same(pair.Key, spelling))
                {
                    articles.UnionWith(pair.Value.Articles);
                }
            }

            return articles.Count;
        }

        /// <summary>
        /// The people of each story grouped into persons: two people of one story are one person when their names
        /// are spellings of one name (<see cref="NameSkeleton.SameName"/>); a surname alone joins the one full name
        /// of the story it can be, and stays alone when two people of the story share it. Compared within blocks
        /// of similar surnames (<see cref="NameSkeleton.BlockKeys"/>), never all pairs.
        /// </summary>
        private sealed class StoryPeople
        {
            private readonly Dictionary<(string Path, int Index), List<(string Path, int Index)>> _groupOf = new();
            private readonly Dictionary<string, StoryIndex> _indexOf = new(StringComparer.Ordinal);

            public StoryPeople(CorpusIndex corpus)
            {
                foreach (var story in corpus.Stories)
                {
                    if (story.Count >= 2)
                    {
                        Group(story);
                    }
                }
            }

            public List<(string Path, int Index)>? GroupOf(string path, int index) => _groupOf.TryGetValue((path, index), out var group) ? group : null;

            /// <summary>The name parts of the people of the article's story, by block key.</summary>
            public StoryIndex? IndexOf(string path) => _indexOf.TryGetValue(path, out var index) ? index : null;

            private void Group(IReadOnlyList<CorpusArticle> story)
            {
                var members = new List<(string Path, int Index, string Name, bool Full, string Skeleton)>();
                foreach (var article in story)
                {
                    var people = article.Parsed.People;
                    for (var i = 0; i < people.Count; i++)
                    {
                        var name = people[i].Name;
                        var parts = NameSkeleton.Split(name);
                        members.Add((article.Path, i, name, parts.Given.Count > 0, NameSkeleton.Of(parts.Surname)));
                    }
                }

                var codes = new long[4];
                var blocks = new Dictionary<long, List<int>>();
                for (var m = 0; m < members.Count; m++)
                {
                    for (var c = NameSkeleton.BlockKeyCodes(members[m].Skeleton, codes) - 1; c >= 0; c--)
                    {
                        var key = codes[c];
                        if (!blocks.TryGetValue(key, out var block))
                        {
                            blocks[key] = block = new List<int>();
                        }

                        block.Add(m);
                    }
                }

                bool Full(int m) => members[m].Full;
                bool Same(int a, int b) => members[a].Path != members[b].Path && NameSkeleton.SameName(members[a].Name, members[b].Name);

                var sets = new UnionFind(members.Count);
                foreach (var block in blocks.Values)
                {
                    for (var a = 0; a < block.Count; a++)
                    {
                        for (var b = a + 1; b < block.Count; b++)
                        {
                            if (Full(block[a]) && Full(block[b]) && Same(block[a], block[b]))
                            {
                                sets.Union(block[a], block[b]);
                            }
                        }
                    }
                }

                for (var m = 0; m < members.Count; m++)
                {
                    if (Full(m))
                    {
                        continue;
                    }

                    var roots = new HashSet<int>();
                    for (var c = NameSkeleton.BlockKeyCodes(members[m].Skeleton, codes) - 1; c >= 0; c--)
                    {
                        foreach (var other in blocks[codes[c]])
                        {
                            // Two surnames alone join only when spelled alike: with nothing else to go on, "Kraft" the
                            // company and "Craft" the person stay apart.
                            if (other != m && Same(m, other) && (Full(other) || members[other].Skeleton == members[m].Skeleton))
                            {
                                roots.Add(Full(other) ? sets.Find(other) : -1 - sets.Find(other));
                            }
                        }
                    }

                    var full = roots.Where(r => r >= 0).ToList();
                    if (full.Count == 1)
                    {
                        sets.Union(m, full[0]);
                    }
                    else if (full.Count == 0)
                    {
                        foreach (var bare in roots)
                        {
                            sets.Union(m, -1 - bare);
                        }
                    }
                }

                var groups = new Dictionary<int, List<(string Path, int Index)>>();
                for (var m = 0; m < members.Count; m++)
                {
                    var root = sets.Find(m);
                    if (!groups.TryGetValue(root, out var group))
                    {
                        groups[root] = group = new List<(string Path, int Index)>();
                    }

                    group.Add((members[m].Path, members[m].Index));
                }

                var index = new StoryIndex();
                var byPath = new Dictionary<string, CorpusArticle>(StringComparer.Ordinal);
                foreach (var article in story)
                {
                    _indexOf[article.Path] = index;
                    byPath[article.Path] = article;
                    index.CountWords(article);
                }

                foreach (var group in groups.Values)
                {
                    if (group.Count >= 2)
                    {
                        foreach (var member in group)
                        {
                            _groupOf[member] = group;
                        }
                    }

                    index.Add(group, byPath);
                }
            }
        }

        /// <summary>
        /// The surnames and given names of a story's people (those named in full somewhere in the story), by the
        /// block keys of their skeletons, to find the people an article names only in passing.
        /// </summary>
        private sealed class StoryIndex
        {
            private readonly Dictionary<long, List<Entry>> _byKey = new();
            private readonly long[] _codes = new long[4];
            private readonly Dictionary<string, int> _articlesUsing = new(StringComparer.Ordinal);

            /// <summary>Counts the article's capitalised words: a word two articles of the story use is an established spelling of something.</summary>
            public void CountWords(CorpusArticle article)
            {
                foreach (var word in article.Parsed.ProperNouns)
                {
                    _articlesUsing[word] = _articlesUsing.TryGetValue(word, out var n) ? n + 1 : 1;
                }
            }

            /// <summary>In how many articles of the story a capitalised word stands.</summary>
            public int ArticlesUsing(string word) => _articlesUsing.TryGetValue(word, out var n) ? n : 0;

            public void Add(List<(string Path, int Index)> group, Dictionary<string, CorpusArticle> story)
            {
                var parts = new HashSet<(string Skeleton, string Slot)>();
                var surnames = new HashSet<string>(StringComparer.Ordinal);
                var full = false;
                foreach (var (path, i) in group)
                {
                    var article = story[path];
                    foreach (var spelling in article.Parsed.People[i].Spellings)
                    {
                        var name = NameSkeleton.Split(spelling);
                        full |= name.Given.Count > 0;
                        surnames.Add(name.Surname);
                        parts.Add((NameSkeleton.Of(name.Surname), NameSpelling.Surname));
                        foreach (var given in name.Given)
                        {
                            parts.Add((NameSkeleton.Of(given), NameSpelling.Given));
                        }
                    }
                }

                if (!full)
                {
                    return;
                }

                foreach (var (skeleton, slot) in parts)
                {
                    var entry = new Entry(skeleton, slot, group, surnames);
                    for (var c = NameSkeleton.BlockKeyCodes(skeleton, _codes) - 1; c >= 0; c--)
                    {
                        var key = _codes[c];
                        if (!_byKey.TryGetValue(key, out var list))
                        {
                            _byKey[key] = list = new List<Entry>();
                        }

                        list.Add(entry);
                    }
                }
            }

            /// <summary>Fills <paramref name="near"/> with the entries that share a block key with the skeleton (an entry may come twice).</summary>
            public void Near(string skeleton, long[] codes, List<Entry> near)
            {
                near.Clear();
                for (var c = NameSkeleton.BlockKeyCodes(skeleton, codes) - 1; c >= 0; c--)
                {
                    if (_byKey.TryGetValue(codes[c], out var list))
                    {
                        near.AddRange(list);
                    }
                }
            }

            public sealed record Entry(string Skeleton, string Slot, List<(string Path, int Index)> Group, HashSet<string> Surnames);
        }
    }
}
