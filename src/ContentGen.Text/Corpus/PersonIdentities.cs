using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Glossaries;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Corpus
{
    /// <summary>One article's person as the identity resolution sees it: where, the name, every spelling used.</summary>
    internal sealed record PersonRecord(string Path, string Name, EquatableArray<string> Spellings);

    /// <summary>A person across the corpus: every article's record of them and the spelling to use.</summary>
    internal sealed class PersonIdentity
    {
        internal PersonIdentity(int id) => Id = id;

        public int Id { get; }

        public List<PersonRecord> Records { get; } = new();

        /// <summary>The canonical full name: the glossary's, else the most used full form with the canonical surname.</summary>
        public string CanonicalName { get; internal set; } = string.Empty;

        public string CanonicalSurname { get; internal set; } = string.Empty;

        /// <summary>The glossary entry that decided the spelling, if any.</summary>
        public GlossaryName? Glossary { get; internal set; }

        /// <summary>Distinct surname spellings in use, with the number of articles using each.</summary>
        public Dictionary<string, int> SurnameUse { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// Decides which people in different articles are one person: surnames that are spellings of one name
    /// (transliteration-aware, see <see cref="NameSkeleton"/>) and first names that agree. Two records with
    /// different first names stay two people, so a common surname never merges strangers. Candidates are found
    /// through a key (the skeleton's first letters), never by comparing all pairs.
    /// </summary>
    internal sealed class PersonIdentities
    {
        private readonly Dictionary<(string Path, string Name), PersonIdentity> _byRecord = new();

        public PersonIdentities(IEnumerable<PersonRecord> records, IReadOnlyList<GlossaryName> glossary)
            : this(records, glossary, null)
        {
        }

        /// <summary>
        /// Identities decided with the articles' stories: spellings join only within a story (as CG2001 compares
        /// them), and across stories only through the glossary, so a common name in unrelated articles is never one
        /// person. Without <paramref name="storyOf"/> (path → story id), spellings join across the corpus.
        /// </summary>
        public PersonIdentities(IEnumerable<PersonRecord> records, IReadOnlyList<GlossaryName> glossary, Func<string, string>? storyOf)
        {
            var all = records.ToList();
            var sets = new UnionFind(all.Count);
            void Union(int a, int b) => sets.Union(a, b);

            var glossaryOf = GlossaryLookup(glossary);

            // Records with the same (surname, first name) skeletons are one person outright; only the distinct keys of a
            // block are compared pairwise, so a corpus with thousands of mentions of a few people stays cheap.
            var keys = new Dictionary<NameKey, int>();
            for (var i = 0; i < all.Count; i++)
            {
                var key = NameKey.Of(all[i].Name, storyOf?.Invoke(all[i].Path) ?? string.Empty);
                if (keys.TryGetValue(key, out var representative))
                {
                    Union(i, representative);
                }
                else
                {
                    keys[key] = i;
                }
            }

            // Blocks are per story: keys only match within one (NameKey.Matches), and a name common across the corpus
            // would otherwise make one block of every story's mention of it, compared pairwise.
            var codes = new long[4];
            var blocks = new Dictionary<(string Story, long Code), List<NameKey>>();
            foreach (var key in keys.Keys)
            {
                for (var c = NameSkeleton.BlockKeyCodes(key.Surname, codes) - 1; c >= 0; c--)
                {
                    var blockKey = (key.Story, codes[c]);
                    if (!blocks.TryGetValue(blockKey, out var block))
                    {
                        blocks[blockKey] = block = new List<NameKey>();
                    }

                    block.Add(key);
                }
            }

            // Full names first: a first-name variant with the same surname, or a surname variant with the same first name.
            foreach (var block in blocks.Values)
            {
                for (var a = 0; a < block.Count; a++)
                {
                    for (var b = a + 1; b < block.Count; b++)
                    {
                        if (block[a].IsFull && block[b].IsFull && block[a].Matches(block[b]))
                        {
                            Union(keys[block[a]], keys[block[b]]);
                        }
                    }
                }
            }

            // A surname alone joins a full name only where that is the one person it can be across the corpus: four
            // people called Williams leave "Williams" on its own. Surnames alone spelled alike are one record.
            foreach (var key in keys.Keys.Where(k => !k.IsFull))
            {
                var roots = new HashSet<int>();
                var bare = -1;
                for (var c = NameSkeleton.BlockKeyCodes(key.Surname, codes) - 1; c >= 0; c--)
                {
                    foreach (var other in blocks[(key.Story, codes[c])])
                    {
                        if (!other.Equals(key) && key.Matches(other))
                        {
                            if (other.IsFull)
                            {
                                roots.Add(sets.Find(keys[other]));
                            }
                            else if (other.Surname == key.Surname)
                            {
                                bare = keys[other];
                            }
                        }
                    }
                }

                if (roots.Count == 1)
                {
                    Union(keys[key], roots.First());
                }
                else if (bare >= 0 && roots.Count == 0)
                {
                    Union(keys[key], bare);
                }
            }

            // Glossary variants name one person even where spellings are too far apart for the skeleton.
            var byGlossary = new Dictionary<GlossaryName, int>();
            for (var i = 0; i < all.Count && glossaryOf.Count > 0; i++)
            {
                var entry = all[i].Spellings.Append(all[i].Name).Select(s => Lookup(glossaryOf, s)).FirstOrDefault(e => e is not null);
                if (entry is null)
                {
                    continue;
                }

                if (byGlossary.TryGetValue(entry, out var first))
                {
                    Union(i, first);
                }
                else
                {
                    byGlossary[entry] = i;
                }
            }

            var identities = new Dictionary<int, PersonIdentity>();
            for (var i = 0; i < all.Count; i++)
            {
                var root = sets.Find(i);
                if (!identities.TryGetValue(root, out var identity))
                {
                    identities[root] = identity = new PersonIdentity(identities.Count);
                }

                identity.Records.Add(all[i]);
                _byRecord[(all[i].Path, all[i].Name)] = identity;
            }

            foreach (var identity in identities.Values)
            {
                Decide(identity, glossaryOf);
            }

            All = identities.Values.ToList();
        }

        public IReadOnlyList<PersonIdentity> All { get; }

        public PersonIdentity? Of(string path, string name) => _byRecord.TryGetValue((path, name), out var identity) ? identity : null;

        /// <summary>Full names "First Last" with agreeing first names (see <see cref="NameSkeleton.SameName"/>), or a surname alone, naming one person.</summary>
        public static bool SamePerson(string a, string b) => NameKey.Of(a, string.Empty).Matches(NameKey.Of(b, string.Empty));

        /// <summary>A name reduced to what identity depends on: the surname's skeleton, the surname and first name as written.</summary>
        private readonly record struct NameKey(string Surname, string Name, bool IsFull, string Story)
        {
            public static NameKey Of(string name, string story) => new(NameSkeleton.Of(NameParts.Surname(name)), name, HasGivenName(name), story);

            // A word before the surname that is a given name, not an initial ("J." or "JR"): counted without splitting.
            private static bool HasGivenName(string name)
            {
                var start = 0;
                for (var i = 0; i <= name.Length; i++)
                {
                    if (i < name.Length && name[i] != ' ')
                    {
                        continue;
                    }

                    if (i == name.Length)
                    {
                        return false; // the last word is the surname
                    }

                    var length = i - start;
                    var word = name.Substring(start, length);
                    if (length > 1 && char.IsUpper(name[start]) && !NameSkeleton.IsInitial(word))
                    {
                        return true;
                    }

                    start = i + 1;
                }

                return false;
            }

            public bool Matches(NameKey other) => Story == other.Story && NameSkeleton.SameName(Name, other.Name);
        }

        private static void Decide(PersonIdentity identity, Dictionary<string, GlossaryName> glossaryOf)
        {
            // Most people are named once, one way: their name is their canonical name.
            if (glossaryOf.Count == 0 && identity.Records.Count == 1 && identity.Records[0].Spellings.All(s => s == identity.Records[0].Name))
            {
                var name = identity.Records[0].Name;
                identity.CanonicalSurname = NameParts.Surname(name);
                identity.SurnameUse[identity.CanonicalSurname] = 1;
                identity.CanonicalName = name;
                return;
            }

            foreach (var record in identity.Records)
            {
                foreach (var surname in record.Spellings.Append(record.Name).Select(NameParts.Surname).Distinct(StringComparer.Ordinal))
                {
                    identity.SurnameUse[surname] = identity.SurnameUse.TryGetValue(surname, out var n) ? n + 1 : 1;
                }
            }

            var entry = glossaryOf.Count == 0 ? null : identity.Records.SelectMany(r => r.Spellings.Append(r.Name)).Select(s => Lookup(glossaryOf, s)).FirstOrDefault(e => e is not null);
            if (entry is not null)
            {
                identity.Glossary = entry;
                identity.CanonicalName = entry.Canonical;
                identity.CanonicalSurname = NameParts.Surname(entry.Canonical);
                return;
            }

            // The spelling most articles use; then the one used more often; then the first in path order.
            identity.CanonicalSurname = identity.SurnameUse
                .OrderByDescending(p => p.Value)
                .ThenBy(p => identity.Records.FindIndex(r => r.Spellings.Append(r.Name).Any(s => NameParts.Surname(s) == p.Key)))
                .First().Key;
            identity.CanonicalName = identity.Records
                .SelectMany(r => r.Spellings.Append(r.Name))
                .Where(s => s.IndexOf(' ') > 0 && NameParts.Surname(s) == identity.CanonicalSurname)
                .GroupBy(s => s, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault()
                ?? WithSurname(identity.Records[0].Name, identity.CanonicalSurname);
        }

        private static string WithSurname(string name, string surname)
        {
            var space = name.LastIndexOf(' ');
            return space > 0 ? name.Substring(0, space + 1) + surname : surname;
        }

        private static Dictionary<string, GlossaryName> GlossaryLookup(IReadOnlyList<GlossaryName> glossary)
        {
            var lookup = new Dictionary<string, GlossaryName>(StringComparer.Ordinal);
            foreach (var entry in glossary)
            {
                lookup[entry.Canonical] = entry;
                lookup[NameParts.Surname(entry.Canonical)] = entry;
                foreach (var variant in entry.Variants)
                {
                    lookup[variant] = entry;
                    lookup[NameParts.Surname(variant)] = entry;
                }
            }

            return lookup;
        }

        private static GlossaryName? Lookup(Dictionary<string, GlossaryName> lookup, string spelling) =>
            lookup.TryGetValue(spelling, out var entry) || lookup.TryGetValue(NameParts.Surname(spelling), out entry) ? entry : null;
    }
}
