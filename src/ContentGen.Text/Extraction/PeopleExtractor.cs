using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Model;

namespace ContentGen.Text.Extraction
{
    /// <summary>
    /// Finds people without a name list: a run of capitalised words counts as a person's name when a title
    /// stands before it ("Prime Minister Nikol Pashinyan") or a speech verb next to it ("Jane Doe said").
    /// Later surname-only mentions, in any romanisation ("Pashinian"), join the person they name.
    /// </summary>
    public static class PeopleExtractor
    {
        private const int MaxNameWords = 4;

        public static PeopleIndex Extract(IReadOnlyList<ParsedParagraph> paragraphs) =>
            Extract(paragraphs, paragraphs.Select(p => Tokenizer.Tokenize(p.Text)).ToList());

        /// <summary>Finds the people of an article whose paragraphs are already tokenized (one list per paragraph).</summary>
        public static PeopleIndex Extract(IReadOnlyList<ParsedParagraph> paragraphs, IReadOnlyList<List<Token>> tokenized)
        {
            var people = new PeopleByKey();

            // Tokens that belong to a full name, flagged at the paragraph's offset plus the token's index, so that
            // pass 2 skips them: one cleared buffer per thread instead of an array per paragraph.
            var offsets = new int[paragraphs.Count];
            var total = 0;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                offsets[p] = total;
                total += tokenized[p].Count;
            }

            var claimed = ClaimedBuffer(total);

            // Pass 1: full names (and title + surname), in reading order.
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var tokens = tokenized[p];
                var t = 0;
                while (t < tokens.Count)
                {
                    if (!tokens[t].MayBeCapitalizedIn(paragraph.Text) || !tokens[t].IsCapitalized)
                    {
                        t++;
                        continue;
                    }

                    var end = RunEnd(paragraph.Text, tokens, t);
                    var run = (Start: t, Count: Math.Min(end, tokens.Count) - t);
                    t = end;
                    if (AsName(tokens, run, out var first, out var count))
                    {
                        var nameStart = tokens[first].Start;
                        var nameEnd = tokens[first + count - 1].End;
                        var form = Form(paragraph.Text, tokens, first, count);
                        var surnameToken = tokens[first + count - 1];
                        var mention = new PersonMention(
                            form,
                            NameParts.StripPossessive(surnameToken.Text),
                            paragraph.ToSource(nameStart, nameEnd - nameStart),
                            paragraph.ToSource(surnameToken.Start, NameParts.StripPossessive(surnameToken.Text).Length));
                        AddFullMention(people, mention, count > 1 ? NameParts.StripPossessive(tokens[first].Text) : null);
                        for (var i = first; i < first + count; i++)
                        {
                            claimed[offsets[p] + i] = true;
                        }
                    }
                }
            }

            // Pass 2: surname-only mentions of the people found.
            if (people.All.Count > 0)
            {
                for (var p = 0; p < paragraphs.Count; p++)
                {
                    var tokens = tokenized[p];
                    for (var t = 0; t < tokens.Count; t++)
                    {
                        var token = tokens[t];
                        if (claimed[offsets[p] + t] || !token.MayBeCapitalizedIn(paragraphs[p].Text) || !token.IsCapitalized)
                        {
                            continue;
                        }

                        var word = NameParts.StripPossessive(token.Text);
                        var person = FindBySurname(people, word);
                        if (person is null || Lexicon.NotNames.Contains(word))
                        {
                            continue;
                        }

                        var range = paragraphs[p].ToSource(token.Start, word.Length);
                        person.Mentions.Add(new PersonMention(word, word, range, range));
                    }
                }
            }

            var result = people.All.Select(b => b.Build()).ToList();
            return new PeopleIndex(result);
        }

        private static void AddFullMention(PeopleByKey people, PersonMention mention, string? firstName)
        {
            PersonBuilder? match = null;
            var candidates = people.Candidates(mention.Surname);
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                var candidate = candidates[i];
                if (!NameSkeleton.AreVariants(candidate.Surname, mention.Surname))
                {
                    continue;
                }

                // Two first names that differ are two people who share a surname.
                if (firstName is null || candidate.FirstName is null || NameSkeleton.AreVariants(candidate.FirstName, firstName))
                {
                    match = candidate;
                    break;
                }
            }

            if (match is null)
            {
                match = new PersonBuilder(mention.Surname);
                people.Add(match);
            }


            match.FirstName ??= firstName;
            match.Mentions.Add(mention);
        }

        // The latest person found whose surname this word spells: a shared surname means the one named last.
        private static PersonBuilder? FindBySurname(PeopleByKey people, string word)
        {
            PersonBuilder? found = null;
            foreach (var person in people.Candidates(word))
            {
                if (NameSkeleton.AreVariants(person.Surname, word))
                {
                    found = person;
                }
            }

            return found;
        }

        /// <summary>Decides whether a run of capitalised tokens is a person's name, and which tokens are the name.</summary>
        private static bool AsName(List<Token> tokens, (int Start, int Count) run, out int first, out int count)
        {
            first = run.Start;
            var end = run.Start + run.Count;
            var strippedDeterminer = false;
            while (first < end && Lexicon.NotNames.Contains(tokens[first].Text))
            {
                strippedDeterminer |= tokens[first].Text is "The" or "A" or "An";
                first++;
            }

            var hasTitle = false;
            for (var i = end - 1; i >= first; i--)
            {
                if (Lexicon.Titles.Contains(tokens[i].Text))
                {
                    hasTitle = true;
                    first = i + 1;
                    break;
                }
            }

            // "Minister of Transport Elif Dursunova": the run after "<title> of" starts with the portfolio.
            if (!hasTitle && run.Start >= 2 && end - first >= 3 && (tokens[run.Start - 1].Text is "of" or "for")
                && Lexicon.Titles.Contains(tokens[run.Start - 2].Text))
            {
                hasTitle = true;
                first = end - 2;
            }

            count = end - first;
            if (count < 1 || count > MaxNameWords || (count == 1 && !hasTitle))
            {
                return false;
            }

            for (var i = first; i < end; i++)
            {
                if (Lexicon.NotNames.Contains(tokens[i].Text) || Lexicon.Titles.Contains(tokens[i].Text))
                {
                    return false;
                }
            }

            if (!tokens[end - 1].IsCapitalized || Lexicon.InstitutionWords.Contains(NameParts.StripPossessive(tokens[end - 1].Text)))
            {
                return false;
            }

            if (hasTitle)
            {
                return true;
            }

            // Without a title, a speech verb must vouch for the name, and "the ..." is never a person.
            if (strippedDeterminer || (run.Start > 0 && tokens[run.Start - 1].Is("the")))
            {
                return false;
            }

            var next = end;
            while (next < tokens.Count && tokens[next].IsWord && Lexicon.Adverbs.Contains(tokens[next].Text))
            {
                next++;
            }

            var before = run.Start - 1;
            return (next < tokens.Count && tokens[next].IsWord && Lexicon.SpeechVerbs.Contains(tokens[next].Text))
                || (before >= 0 && tokens[before].IsWord && Lexicon.SpeechVerbs.Contains(tokens[before].Text));
        }

        /// <summary>
        /// Where the maximal run of capitalised words starting at <paramref name="start"/> (a capitalised token)
        /// ends: words separated by single spaces, with initials and name particles; a possessive ends a run.
        /// </summary>
        private static int RunEnd(string text, List<Token> tokens, int start)
        {
            var j = start + 1;
            while (!IsPossessive(tokens[j - 1]) && j < tokens.Count && OnlySpaceBetween(text, tokens[j - 1], tokens[j])
                   && (tokens[j].IsCapitalized || IsInitial(text, tokens, j)
                       || (Lexicon.NameParticles.Contains(tokens[j].Text) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized)))
            {
                j += IsInitial(text, tokens, j) ? 2 : 1;
            }

            return j;
        }

        // "Nikol Pashinyan" ends with the word "Pashinyan" (a space, then the shorter form).
        private static bool EndsWithWord(string longer, string word) =>
            longer.Length > word.Length && longer[longer.Length - word.Length - 1] == ' ' && longer.EndsWith(word, StringComparison.Ordinal);

        [ThreadStatic]
        private static bool[]? _claimed;

        // A cleared flag per token, reused by the thread's next article; an article of more than 64K tokens gets
        // its own array, so a huge one is not kept.
        private static bool[] ClaimedBuffer(int count)
        {
            const int MaxKept = 1 << 16;
            var buffer = _claimed;
            if (buffer is null || buffer.Length < count)
            {
                buffer = new bool[Math.Max(count, 1024)];
                if (buffer.Length <= MaxKept)
                {
                    _claimed = buffer;
                }
            }
            else
            {
                Array.Clear(buffer, 0, count);
            }

            return buffer;
        }

        // "John F. Kennedy": a capital letter followed by a dot, then a space.
        private static bool IsInitial(string text, List<Token> tokens, int j) =>
            tokens[j].IsWord && tokens[j].Length == 1 && char.IsUpper(tokens[j].Text[0])
            && j + 2 < tokens.Count && tokens[j + 1].Text == "." && tokens[j + 1].Start == tokens[j].End
            && tokens[j + 2].IsCapitalized;

        private static bool IsPossessive(Token token) => NameParts.StripPossessive(token.Text).Length != token.Text.Length;

        private static bool OnlySpaceBetween(string text, Token a, Token b) => b.Start - a.End == 1 && text[a.End] == ' ';

        private static string Form(string text, List<Token> tokens, int first, int count)
        {
            var last = tokens[first + count - 1];
            var end = last.Start + NameParts.StripPossessive(last.Text).Length;
            return text.Substring(tokens[first].Start, end - tokens[first].Start);
        }

        /// <summary>People found so far, indexed by the first letters of their surname's skeleton.</summary>
        private sealed class PeopleByKey
        {
            private static readonly List<PersonBuilder> None = new();
            private readonly Dictionary<long, List<PersonBuilder>> _byKey = new();

            public List<PersonBuilder> All { get; } = new();

            public void Add(PersonBuilder person)
            {
                All.Add(person);
                var key = Key(person.Surname);
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = new List<PersonBuilder>();
                }

                list.Add(person);
            }

            /// <summary>People whose surname may be a spelling of <paramref name="surname"/>, in the order found.</summary>
            public List<PersonBuilder> Candidates(string surname) => _byKey.TryGetValue(Key(surname), out var list) ? list : None;

            // The skeleton's block key (its first three letters) packed into a number: looked up for every
            // capitalised word of the article, so it should not allocate a string each time.
            private static long Key(string surname)
            {
                var skeleton = NameSkeleton.Of(surname);
                var length = Math.Min(skeleton.Length, 3);
                long key = length;
                for (var i = 0; i < length; i++)
                {
                    key = (key << 16) | skeleton[i];
                }

                return key;
            }
        }

        private sealed class PersonBuilder
        {
            public PersonBuilder(string surname) => Surname = surname;

            public string Surname { get; }

            public string? FirstName { get; set; }

            public List<PersonMention> Mentions { get; } = new();

            public ParsedPerson Build()
            {
                // Mentions arrive by pass (full names, then surnames), each pass in reading order; no two share a start.
                var mentions = Mentions.ToArray();
                Array.Sort(mentions, (a, b) => a.Range.Start.CompareTo(b.Range.Start));
                var forms = new List<string>();
                var surnameUse = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var mention in mentions)
                {
                    if (!forms.Contains(mention.Form))
                    {
                        forms.Add(mention.Form);
                    }

                    surnameUse[mention.Surname] = surnameUse.TryGetValue(mention.Surname, out var n) ? n + 1 : 1;
                }

                // A surname-only form that ends a longer form is the same spelling, not another one.
                var spellings = new List<string>(forms.Count);
                foreach (var form in forms)
                {
                    if (!forms.Exists(longer => EndsWithWord(longer, form)))
                    {
                        spellings.Add(form);
                    }
                }

                // The name is the full form whose surname spelling the article uses most (the first such form on a tie).
                string? name = null;
                var bestUse = -1;
                foreach (var form in forms)
                {
                    if (form.IndexOf(' ') <= 0)
                    {
                        continue;
                    }

                    var use = surnameUse.TryGetValue(NameParts.Surname(form), out var n) ? n : 0;
                    if (use > bestUse)
                    {
                        name = form;
                        bestUse = use;
                    }
                }

                name ??= forms[0];
                return new ParsedPerson(name, spellings.ToEquatableArray(), new EquatableArray<PersonMention>(mentions));
            }
        }
    }
}
