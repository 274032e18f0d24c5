using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Extraction
{
    /// <summary>
    /// Finds people without a name list: a run of capitalised words counts as a person's name when a title
    /// stands before it ("Prime Minister Nikol Pashinyan") or a speech verb next to it ("Jane Doe said").
    /// Later surname-only mentions, in any romanisation ("Pashinian"), join the person they name.
    /// </summary>
    internal static class PeopleExtractor
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

            // Pass 1: full names (and title + surname), in reading order. Runs that look like a name but have no
            // title or speech verb to vouch for them wait until the whole article is read: they are names when their
            // last word is also used alone, as news refers to a person after introducing them ("Ana Ruiz ... Ruiz").
            var plain = _plain ??= new List<(int Paragraph, int First, int Count)>();
            var alone = _alone ??= new HashSet<string>(StringComparer.Ordinal);
            var aloneAt = _aloneAt ??= new List<(int Paragraph, int Token)>();
            plain.Clear();
            alone.Clear();
            aloneAt.Clear();
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
                    if (AsName(paragraph.Text, tokens, run, out var first, out var count, out var isPlain))
                    {
                        AddFull(people, paragraph, tokens, first, count, claimed, offsets[p]);
                    }
                    else if (isPlain)
                    {
                        plain.Add((p, first, count));
                    }
                    else if ((run.Count == 1 || (run.Count == 2 && Lexicon.NotNames.Contains(tokens[run.Start].Text)))
                             && !(run.Start > 0 && tokens[run.Start - 1].IsWord && Lexicon.Determiners.Contains(tokens[run.Start - 1].Text)))
                    {
                        aloneAt.Add((p, run.Start + run.Count - 1)); // looked up only if a plain name waits for it
                    }
                }
            }

            if (plain.Count > 0)
            {
                foreach (var (p, t) in aloneAt)
                {
                    alone.Add(NameParts.StripPossessive(tokenized[p][t].Text));
                }
            }

            foreach (var (p, first, count) in plain)
            {
                var tokens = tokenized[p];
                if (alone.Contains(NameParts.StripPossessive(tokens[first + count - 1].Text)))
                {
                    AddFull(people, paragraphs[p], tokens, first, count, claimed, offsets[p]);
                }
            }

            // Pass 2: surname-only mentions of the people found, and people named by surname alone beside a speech verb
            // ("Ruiz said") when no full name was found for them.
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
                    if (NameParts.IsContraction(word) || Lexicon.NotNames.Contains(word) || Lexicon.Titles.Contains(word) || (t > 0 && IsDeterminer(tokens[t - 1])))
                    {
                        continue; // "the Ruizes", "the Brenners": a family or a group, not the person
                    }

                    var person = people.All.Count == 0 ? null : FindBySurname(people, word);
                    if (person is null)
                    {
                        // "Ruiz said" mid-sentence or "said Ruiz"; a sentence opening on a capitalised word and a
                        // speech verb is as often a plural noun ("Residents called it a disgrace").
                        if (!SpeechVerbBeside(tokens, t) || Lexicon.InstitutionWords.Contains(word) || !StandsAlone(paragraphs[p].Text, tokens, t)
                            || StartsSentence(tokens, t))
                        {
                            continue;
                        }

                        person = new PersonBuilder(word, null, offsets[p] + t);
                        people.Add(person);
                    }

                    var range = paragraphs[p].ToSource(token.Start, word.Length);
                    person.Mentions.Add(new PersonMention(word, word, range, range));
                    claimed[offsets[p] + t] = true;
                }
            }

            people.All.Sort((x, y) => x.Order.CompareTo(y.Order));
            var result = people.All.Select(b => b.Build()).ToList();
            return new PeopleIndex(result);
        }

        private static void AddFull(PeopleByKey people, ParsedParagraph paragraph, List<Token> tokens, int first, int count, bool[] claimed, int offset)
        {
            var nameStart = tokens[first].Start;
            var nameEnd = tokens[first + count - 1].End;
            var form = Form(paragraph.Text, tokens, first, count);
            var surnameToken = tokens[first + count - 1];
            var surname = NameParts.StripPossessive(surnameToken.Text);
            var mention = new PersonMention(
                form,
                surname,
                paragraph.ToSource(nameStart, nameEnd - nameStart),
                paragraph.ToSource(surnameToken.Start, surname.Length));
            AddFullMention(people, mention, count > 1 ? NameParts.StripPossessive(tokens[first].Text) : null, offset + first);
            for (var i = first; i < first + count; i++)
            {
                claimed[offset + i] = true;
            }
        }

        private static bool StartsSentence(List<Token> tokens, int t)
        {
            var before = t - 1;
            while (before >= 0 && tokens[before].Text is "\"" or "\u201C" or "'" or "\u2018" or "(")
            {
                before--;
            }

            return before < 0 || tokens[before].Text is "." or "!" or "?" or ":" or ";" or "\u2014" or "-";
        }

        private static bool IsDeterminer(Token token) => token.IsWord && (token.Is("the") || token.Is("both") || token.Is("these") || token.Is("those"));

        private static bool SpeechVerbBeside(List<Token> tokens, int t)
        {
            var after = t + 1;
            while (after < tokens.Count && tokens[after].IsWord && Lexicon.Adverbs.Contains(tokens[after].Text))
            {
                after++;
            }

            return (after < tokens.Count && tokens[after].IsWord && Lexicon.SpeechVerbs.Contains(tokens[after].Text))
                || (t > 0 && tokens[t - 1].IsWord && Lexicon.SpeechVerbs.Contains(tokens[t - 1].Text) && !(t + 1 < tokens.Count && tokens[t + 1].IsCapitalized));
        }

        // A word that is not part of a longer capitalised run: "Ruiz said", not "Madrid City Council said".
        private static bool StandsAlone(string text, List<Token> tokens, int t) =>
            !(t > 0 && tokens[t - 1].IsCapitalized && OnlySpaceBetween(text, tokens[t - 1], tokens[t]))
            && !(t + 1 < tokens.Count && tokens[t + 1].IsCapitalized && OnlySpaceBetween(text, tokens[t], tokens[t + 1]));

        private static void AddFullMention(PeopleByKey people, PersonMention mention, string? firstName, int order)
        {
            // The latest person found whose name this is; two first names that differ are two people who share a surname.
            var (head, tail) = people.Candidates(mention.Surname);
            var match = LatestSameName(head, null, mention.Surname, firstName);
            match = LatestSameName(tail, match, mention.Surname, firstName);

            if (match is null)
            {
                match = new PersonBuilder(mention.Surname, firstName, order);
                people.Add(match);
            }


            match.FirstName ??= firstName;
            match.Mentions.Add(mention);
        }

        private static PersonBuilder? LatestSameName(List<PersonBuilder> list, PersonBuilder? match, string surname, string? firstName)
        {
            for (var i = list.Count - 1; i >= 0 && (match is null || list[i].Index > match.Index); i--)
            {
                var candidate = list[i];
                if (NameSkeleton.SameName(candidate.FirstName ?? string.Empty, candidate.Surname, firstName ?? string.Empty, surname))
                {
                    return candidate;
                }
            }

            return match;
        }

        // The latest person found whose surname this word spells: a shared surname means the one named last.
        private static PersonBuilder? FindBySurname(PeopleByKey people, string word)
        {
            // The same name first ("Nelson" is Brock Nelson's, though Anders Nilsson was named since), then a close variant.
            var skeleton = NameSkeleton.Of(word);
            PersonBuilder? found = null;
            PersonBuilder? close = null;
            var (head, tail) = people.Candidates(word);
            Scan(head, word, skeleton, ref found, ref close);
            Scan(tail, word, skeleton, ref found, ref close);
            return found ?? close;
        }

        private static void Scan(List<PersonBuilder> list, string word, string skeleton, ref PersonBuilder? found, ref PersonBuilder? close)
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                var person = list[i];
                if (person.Skeleton == skeleton)
                {
                    if (found is null || person.Index > found.Index)
                    {
                        found = person;
                    }
                }
                else if ((close is null || person.Index > close.Index) && NameSkeleton.SkeletonsAreCloseVariants(person.Skeleton, skeleton))
                {
                    close = person;
                }
            }
        }

        /// <summary>
        /// Decides whether a run of capitalised tokens is a person's name, and which tokens are the name. A name
        /// needs a reason: a title or role noun before it ("Sgt. Ana Ruiz", "striker Ana Ruiz"), a speech verb beside
        /// it, an apposition after it ("Ana Ruiz, 34," / "Ana Ruiz, the club's captain"), "according to" before it,
        /// or a possessive ("Ana Ruiz's goal"). Without one, <paramref name="plain"/> is set for a two- or three-word
        /// run that may still be a name if its last word is used alone later in the article.
        /// </summary>
        private static bool AsName(string text, List<Token> tokens, (int Start, int Count) run, out int first, out int count, out bool plain)
        {
            plain = false;
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
                    first = i + 1 < end && tokens[i + 1].Text == "." ? i + 2 : i + 1;
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

            // "Comeaux Jr.": the suffix is not the surname.
            while (end - first > 1 && Lexicon.NameSuffixes.Contains(tokens[end - 1].Text))
            {
                end--;
            }

            count = end - first;
            if (count < 1 || NameWords(tokens, first, end) > MaxNameWords)
            {
                return false;
            }

            for (var i = first; i < end; i++)
            {
                if (Lexicon.NotNames.Contains(tokens[i].Text) || Lexicon.Titles.Contains(tokens[i].Text) || NameParts.IsContraction(NameParts.StripPossessive(tokens[i].Text)))
                {
                    return false;
                }
            }

            var last = NameParts.StripPossessive(tokens[end - 1].Text);
            if (!tokens[end - 1].IsCapitalized || Lexicon.InstitutionWords.Contains(last))
            {
                return false;
            }

            // A role noun in lower case before the name: "reporter Bob Lane", "police commissioner Ray Kell".
            var before = first == run.Start ? run.Start - 1 : -1;
            if (!hasTitle && before >= 0 && tokens[before].IsWord && Lexicon.RoleNouns.Contains(tokens[before].Text) && OnlySpaceBetween(text, tokens[before], tokens[first]))
            {
                hasTitle = count > 1 || !strippedDeterminer;
            }

            if (hasTitle)
            {
                return true;
            }

            // Without a title, "the ..." is never a person ("the Brenners", "the White Stripes"), nor is one word.
            if (count == 1 || strippedDeterminer || (run.Start > 0 && tokens[run.Start - 1].Is("the")) || Lexicon.PlaceStarts.Contains(tokens[first].Text))
            {
                return false;
            }

            var next = run.Start + run.Count;
            if (next < tokens.Count && tokens[next].Text == "." && Lexicon.NameSuffixes.Contains(tokens[next - 1].Text))
            {
                next++; // "Comeaux Jr., 49,"
            }

            var after = next;
            while (after < tokens.Count && tokens[after].IsWord && Lexicon.Adverbs.Contains(tokens[after].Text))
            {
                after++;
            }

            var prev = run.Start - 1;
            if ((after < tokens.Count && tokens[after].IsWord && Lexicon.SpeechVerbs.Contains(tokens[after].Text))
                || (prev >= 0 && tokens[prev].IsWord && Lexicon.SpeechVerbs.Contains(tokens[prev].Text))
                || (prev >= 1 && tokens[prev].Is("to") && tokens[prev - 1].Is("according"))
                || IsPossessive(tokens[end - 1])
                || Apposition(tokens, next)
                || (NameWords(tokens, first, end) <= 3 && Lexicon.GivenNames.Contains(tokens[first].Text))
                || SetOffByCommas(tokens, prev, next))
            {
                return true;
            }

            plain = NameWords(tokens, first, end) <= 3;
            return false;
        }

        /// <summary>
        /// "her colleague, Ana Ruiz, said" or "the club's new coach, Ana Ruiz.": a name set off by commas after a
        /// lower-case word, the way a noun phrase is followed by the name it describes.
        /// </summary>
        private static bool SetOffByCommas(List<Token> tokens, int prev, int next) =>
            prev >= 1 && tokens[prev].Text == "," && tokens[prev - 1].IsWord && char.IsLower(tokens[prev - 1].Text[0])
            && next < tokens.Count && tokens[next].Text is "," or "." && !(next + 1 < tokens.Count && tokens[next + 1].IsCapitalized && tokens[next].Text == ",");

        /// <summary>
        /// "Ana Ruiz, 34," or "Ana Ruiz, the club's captain" or "Ana Ruiz, who": a comma after the name, then an age,
        /// an article, "who", or a role noun within a few lower-case words.
        /// </summary>
        private static bool Apposition(List<Token> tokens, int next)
        {
            if (next + 1 >= tokens.Count || tokens[next].Text != ",")
            {
                return false;
            }

            var t = tokens[next + 1];
            if (t.Kind == TokenKind.Number)
            {
                return next + 2 < tokens.Count && tokens[next + 2].Text is "," or "." or ")";
            }

            if (!t.IsWord)
            {
                return false;
            }

            if (t.Text is "who" or "whose" || (t.Text == "one" && next + 2 < tokens.Count && tokens[next + 2].Text == "of"))
            {
                return true;
            }

            var articled = t.Text is "a" or "an" or "the" or "his" or "her" or "their";
            for (var i = next + (articled ? 2 : 1); i < tokens.Count && i <= next + 5; i++)
            {
                if (!tokens[i].IsWord)
                {
                    return false;
                }

                if (Lexicon.RoleNouns.Contains(tokens[i].Text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where the maximal run of capitalised words starting at <paramref name="start"/> (a capitalised token)
        /// ends: words separated by single spaces, with initials and name particles; a possessive ends a run.
        /// </summary>
        private static int RunEnd(string text, List<Token> tokens, int start)
        {
            var j = start + 1;
            while (j < tokens.Count && !IsPossessive(tokens[j - 1]))
            {
                // "Sgt. Ana Ruiz": an abbreviated title, its dot, then the name.
                if (tokens[j].Text == "." && tokens[j].Start == tokens[j - 1].End && Lexicon.Titles.Contains(tokens[j - 1].Text)
                    && j + 1 < tokens.Count && OnlySpaceBetween(text, tokens[j], tokens[j + 1]) && tokens[j + 1].IsCapitalized)
                {
                    j += 2;
                    continue;
                }

                // 'Anthony "Fat Tony" Salerno': a nickname in quotation marks inside the name.
                var after = Nickname(text, tokens, j);
                if (after > 0)
                {
                    j = after;
                    continue;
                }

                if (!OnlySpaceBetween(text, tokens[j - 1], tokens[j]))
                {
                    break;
                }

                if (tokens[j].IsCapitalized || Lexicon.NameSuffixes.Contains(tokens[j].Text))
                {
                    j++;
                }
                else if (IsInitial(text, tokens, j))
                {
                    j += 2;
                }
                else if (Lexicon.NameParticles.Contains(tokens[j].Text) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized)
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        // Where the name goes on after a quoted nickname at token j (the surname's index), or 0 when there is none.
        private static int Nickname(string text, List<Token> tokens, int j)
        {
            if (!(tokens[j].Text is "\"" or "\u201C") || !tokens[j - 1].IsCapitalized || !OnlySpaceBetween(text, tokens[j - 1], tokens[j])
                || j + 1 >= tokens.Count || !tokens[j + 1].IsCapitalized || tokens[j + 1].Start != tokens[j].End)
            {
                return 0;
            }

            for (var k = j + 2; k < tokens.Count && k <= j + 5; k++)
            {
                if (tokens[k].Text is "\"" or "\u201D")
                {
                    return tokens[k].Start == tokens[k - 1].End && k + 1 < tokens.Count && OnlySpaceBetween(text, tokens[k], tokens[k + 1])
                        && tokens[k + 1].IsCapitalized ? k + 1 : 0;
                }

                if (!tokens[k].IsWord)
                {
                    return 0;
                }
            }

            return 0;
        }

        // Words of a name outside a quoted nickname.
        private static int NameWords(List<Token> tokens, int first, int end)
        {
            var words = 0;
            var quoted = false;
            for (var i = first; i < end; i++)
            {
                if (tokens[i].Text is "\"" or "\u201C" or "\u201D")
                {
                    quoted = !quoted;
                }
                else if (!quoted && tokens[i].IsWord)
                {
                    words++;
                }
            }

            return words;
        }

        // "Nikol Pashinyan" ends with the word "Pashinyan" (a space, then the shorter form).
        private static bool EndsWithWord(string longer, string word) =>
            longer.Length > word.Length && longer[longer.Length - word.Length - 1] == ' ' && longer.EndsWith(word, StringComparison.Ordinal);

        [ThreadStatic]
        private static bool[]? _claimed;

        // The thread's lists for one article's names awaiting a later mention, cleared for the next article.
        [ThreadStatic]
        private static List<(int Paragraph, int First, int Count)>? _plain;

        [ThreadStatic]
        private static HashSet<string>? _alone;

        [ThreadStatic]
        private static List<(int Paragraph, int Token)>? _aloneAt;

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

        /// <summary>
        /// People found so far, indexed by the first two and by the last two letters of their surname's skeleton:
        /// two spellings one edit apart share at least one of the two (see <see cref="NameSkeleton.BlockKeys"/>).
        /// </summary>
        private sealed class PeopleByKey
        {
            private static readonly List<PersonBuilder> None = new();
            private readonly Dictionary<long, List<PersonBuilder>> _byKey = new();

            public List<PersonBuilder> All { get; } = new();

            public void Add(PersonBuilder person)
            {
                person.Index = All.Count;
                All.Add(person);
                var skeleton = person.Skeleton;
                Register(Key(skeleton, head: true), person);
                if (Key(skeleton, head: false) != Key(skeleton, head: true))
                {
                    Register(Key(skeleton, head: false), person);
                }
            }

            private void Register(long key, PersonBuilder person)
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = new List<PersonBuilder>();
                }

                list.Add(person);
            }

            /// <summary>People whose surname may be a spelling of <paramref name="surname"/>: two lists, each in the order found.</summary>
            public (List<PersonBuilder> Head, List<PersonBuilder> Tail) Candidates(string surname)
            {
                var skeleton = NameSkeleton.Of(surname);
                return (_byKey.TryGetValue(Key(skeleton, head: true), out var head) ? head : None,
                        _byKey.TryGetValue(Key(skeleton, head: false), out var tail) ? tail : None);
            }

            // Two letters of the skeleton packed into a number with the end they come from: looked up for every
            // capitalised word of the article, so it should not allocate a string each time.
            private static long Key(string skeleton, bool head)
            {
                var length = Math.Min(skeleton.Length, 2);
                long key = (head ? 0x10 : 0x20) | length;
                for (var i = 0; i < length; i++)
                {
                    key = (key << 16) | (head ? skeleton[i] : skeleton[skeleton.Length - length + i]);
                }

                return key;
            }
        }

        private sealed class PersonBuilder
        {
            public PersonBuilder(string surname, string? firstName, int order)
            {
                Surname = surname;
                Skeleton = NameSkeleton.Of(surname);
                FirstName = firstName;
                Order = order;
            }

            public string Skeleton { get; }

            public string Surname { get; }

            /// <summary>The order in which people were found.</summary>
            public int Index { get; set; }

            /// <summary>Where the person was first named (token order across the article): people are listed in this order.</summary>
            public int Order { get; }

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
