using System;
using System.Collections.Generic;
using ContentGen.Text.Tokens;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// What a figure is bound to in its sentence, read from the words around it rather than from the sentence as a
    /// bag: the word that governs it (the verb or noun before it in its clause: "<i>chased</i> him for 60 miles",
    /// "a <i>depth</i> of 22 miles"; or the verb after it: "43 people were <i>killed</i>"), the noun a hyphenated figure
    /// modifies ("a 15-year <i>sentence</i>"), what it is a part of ("5 percent of the <i>backend</i>"), where it is
    /// said to be ("82 percent in <i>India</i>") and the words that narrow what is counted ("his <i>first</i> 17
    /// passes", "17 <i>unanswered</i> points"). Two reports give the same quantity when these agree; several figures of
    /// one unit in a sentence can be told apart by them. Read once per figure per parse, from its sentence's tokens.
    /// </summary>
    internal sealed class FigureBinding
    {
        private const int MaxGovernorDistance = 6;
        private const int MaxPlaceDistance = 6;
        private const int MaxOfWords = 4;
        private const int MaxPlaceBefore = 4;
        private const int MaxExtension = 300;
        private const int MaxPronounReach = 600;

        internal static readonly FigureBinding None = new(null, null, null, null, null, null, string.Empty, string.Empty, Array.Empty<string>(), null);

        // Words that carry no meaning of their own between a figure and what governs it.
        private static readonly HashSet<string> Skip = new(StringComparer.Ordinal)
        {
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "your", "my", "him",
            "them", "it", "he", "she", "they", "we", "you", "i", "me", "us", "who", "which", "is", "are", "was", "were",
            "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could", "should", "may",
            "might", "can", "about", "some", "around", "nearly", "almost", "approximately", "roughly", "circa",
            "estimated", "over", "under", "up", "to", "at", "least", "most", "more", "than", "fewer", "less", "no", "as",
            "many", "much", "just", "only", "even", "still", "also", "and", "or", "but", "plus", "nor", "of", "in", "on",
            "for", "with", "from", "into", "by", "per", "between", "among", "within", "during", "after", "before", "said",
            "says", "told", "according", "reportedly", "another", "other", "additional", "further", "all", "both",
            "each", "every", "total", "then", "now", "so", "there", "here", "mr", "mrs", "ms", "dr", "well", "again",
            "already", "since", "than", "if", "while", "when", "where", "what", "not", "nearly", "once", "twice",
        };

        // Words before a number that narrow what is counted: "his first 17 passes" is not "his 17 passes".
        private static readonly HashSet<string> NarrowingWords = new(StringComparer.Ordinal)
        {
            "first", "last", "final", "next", "initial", "top", "remaining", "previous", "past", "latest", "further",
            "additional", "other", "another", "extra", "consecutive", "straight", "record", "career-high", "season-high",
            "game-high", "career-best", "season-best",
        };

        // Auxiliaries between a counted noun and the verb said of it: "43 people were killed".
        private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
        {
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "reportedly", "also", "all", "still",
            "allegedly", "apparently", "later", "already", "now",
        };

        // What a figure can be counted over that is a part of a game or a tenure, or more than one game.
        private static readonly HashSet<string> ScopeNouns = new(StringComparer.Ordinal)
        {
            "half", "quarter", "period", "inning", "innings", "overtime", "run", "stretch", "spell", "season", "seasons",
            "career", "campaign", "postseason", "playoffs", "preseason",
        };

        // The part of a game an ordinal names ("in the fourth quarter", "in the fourth"): the part, whatever the noun.
        private static readonly HashSet<string> PartOrdinals = new(StringComparer.Ordinal)
        {
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "final", "opening", "closing",
        };

        // Prepositions that open a phrase saying what a figure is counted over: "in the second half", "during the run".
        private static readonly HashSet<string> ScopePrepositions = new(StringComparer.Ordinal)
        {
            "in", "during", "over", "through", "throughout", "across", "for", "this",
        };

        private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
        {
            "in", "at", "near", "off", "from", "outside", "inside",
        };

        private FigureBinding(string? subject, string? governor, string? follower, string? head, string? of, string? place, string narrowing, string ordinal, string[] clause, string? scope) =>
            (Subject, Governor, Follower, Head, Of, Place, Narrowing, Ordinal, Clause, Scope) = (subject, governor, follower, head, of, place, narrowing, ordinal, clause, scope);

        /// <summary>
        /// The person named last before the figure in its sentence (surname skeleton): whom it is said of ("Garrard
        /// threw for 329 yards"). Only people the article introduces count: a capitalised word at a sentence's start
        /// ("Sheriff's deputies chased him") is no one.
        /// </summary>
        public string? Subject { get; }

        /// <summary>The nearest content word before the figure in its clause, stemmed: "chased him for about 30 miles".</summary>
        public string? Governor { get; }

        /// <summary>The verb said of the counted noun after it, stemmed: "43 people were killed".</summary>
        public string? Follower { get; }

        /// <summary>The noun a hyphenated figure modifies, stemmed: "a 15-year sentence".</summary>
        public string? Head { get; }

        /// <summary>What the figure is a part or measure of, stemmed: "5 percent of backend", "12 members of the family".</summary>
        public string? Of { get; }

        /// <summary>Where the figure is said to be (folded): "82 percent in India", "services in Egypt were down by 80 percent".</summary>
        public string? Place { get; }

        /// <summary>The words between the number and what it counts, sorted and joined: "unanswered", "nautical".</summary>
        public string Narrowing { get; }

        /// <summary>A word just before the number that picks a part of a series: "his <i>first</i> 17 passes".</summary>
        public string Ordinal { get; }

        /// <summary>The content words of the figure's clause before it, stemmed.</summary>
        public string[] Clause { get; }

        /// <summary>
        /// The part of a whole the figure is counted over, when its sentence says so: a stretch of a game ("during the
        /// deciding run, he blocked two shots", "11 points in the second half"), a season or a career ("96 touchdowns in
        /// his career"), or a capacity ("four seasons as director"). Null when the sentence names none: the whole of
        /// what the report is about (the game, the tenure), which a figure with a scope is only a part of.
        /// </summary>
        public string? Scope { get; }

        /// <summary>True when the figure is bound to anything at all.</summary>
        public bool IsBound => Governor is not null || Follower is not null || Head is not null || Of is not null || Place is not null;

        /// <summary>True when the figures are said of two different people.</summary>
        public bool SaidOfOthers(FigureBinding other) => Subject is not null && other.Subject is not null && Subject != other.Subject;

        /// <summary>True when the two figures are governed by the same word, before or after them.</summary>
        public bool SameGovernor(FigureBinding other) =>
            (Governor is not null && (SameVerb(Governor, other.Governor) || SameVerb(Governor, other.Follower)))
            || (Follower is not null && (SameVerb(Follower, other.Follower) || SameVerb(Follower, other.Governor)));

        // "completing his first 17 passes" / "completed his first 35 passes": a participle takes the tense of its
        // clause, so it is the verb in any tense; two finite forms keep theirs ("missed" is not "will miss").
        private static bool SameVerb(string a, string? b)
        {
            if (b is null)
            {
                return false;
            }

            if (a == b)
            {
                return true;
            }

            var aIng = a.EndsWith("ing", StringComparison.Ordinal);
            var bIng = b.EndsWith("ing", StringComparison.Ordinal);
            return aIng != bIng && Root(a) is { Length: >= 3 } root && root == Root(b);
        }

        // The verb without its participle or past ending: "completing", "completed" -> "complet"; "miss" stays.
        private static string Root(string verb) =>
            verb.EndsWith("ing", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 3)
            : verb.EndsWith("ed", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 2)
            : verb.EndsWith("e", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 1)
            : verb;

        /// <summary>How many content words the two figures' clauses share besides their governors.</summary>
        public int SharedClauseWords(FigureBinding other)
        {
            var shared = 0;
            foreach (var word in Clause)
            {
                if (word != Governor && word != Follower && word != other.Governor && word != other.Follower && Array.IndexOf(other.Clause, word) >= 0)
                {
                    shared++;
                }
            }

            return shared;
        }

        /// <summary>
        /// The binding of the figure at <paramref name="range"/> in the sentence
        /// [<paramref name="sentenceStart"/>, <paramref name="sentenceEnd"/>) of <paramref name="text"/>.
        /// </summary>
        public static FigureBinding Read(string text, TextRange range, int sentenceStart, int sentenceEnd, string unit, PersonMentions people)
        {
            if (sentenceStart < 0 || sentenceEnd > text.Length || range.Start < sentenceStart || range.End > sentenceEnd)
            {
                return None;
            }

            sentenceStart = StartBeforeTitles(text, sentenceStart);
            var subject = people.LastBetween(sentenceStart, range.Start);

            var tokens = TokenListPool.Rent();
            try
            {
                Tokenizer.TokenizeInto(text.Substring(sentenceStart, sentenceEnd - sentenceStart), tokens);
                var at = range.Start - sentenceStart;
                var end = range.End - sentenceStart;
                var first = 0;
                while (first < tokens.Count && tokens[first].End <= at)
                {
                    first++;
                }

                var last = first;
                while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
                {
                    last++;
                }

                if (first >= tokens.Count)
                {
                    return None;
                }

                // "He was sentenced to 12 years": a pronoun before the figure stands for the person named last before
                // the sentence, so that another person's sentence is not taken for his.
                if (subject is null && HasPersonalPronoun(tokens, first))
                {
                    subject = people.LastBetween(Math.Max(0, sentenceStart - MaxPronounReach), sentenceStart);
                }

                var narrowing = new List<string>();
                for (var k = first; k <= last; k++)
                {
                    // A nationality or name in the counted phrase ("four Israeli soldiers") does not tell one count of them from another.
                    var word = tokens[k].IsCapitalized ? null : Lower(tokens[k]);
                    if (word is not null && (NarrowingWords.Contains(word) || !Skip.Contains(word)) && !IsNumberWord(word)
                        && !string.Equals(word, unit, StringComparison.OrdinalIgnoreCase) && word != "percent" && word != "cent")
                    {
                        narrowing.Add(Stem(word));
                    }
                }

                var ordinal = new List<string>();
                // "Armed robbers stole gems worth": a capitalised first word before a lower-case one, where no person is
                // named, is capitalised for its place in the sentence, not a name.
                var commonFirst = tokens.Count > 1 && tokens[0].IsWord && tokens[0].IsCapitalized && tokens[1].IsWord && !tokens[1].IsCapitalized
                    && !Lexicon.NotNames.Contains(tokens[0].Text) && !Lexicon.Titles.Contains(tokens[0].Text)
                    && people.LastBetween(sentenceStart, sentenceStart + tokens[0].End) is null;
                var (governor, clause, placeBefore, governorAt) = ReadBefore(tokens, first, ordinal, Stem(unit), commonFirst);
                subject ??= ActorOf(tokens, governorAt);
                var (head, of, follower, placeAfter, ofPlace) = ReadAfter(text, sentenceStart, tokens, last, FigureComparison.UnitKey(unit));
                var scope = ScopeAfter(tokens, last) ?? LeadingScope(tokens, first);
                narrowing.Sort(StringComparer.Ordinal);
                ordinal.Sort(StringComparer.Ordinal);
                return new FigureBinding(subject, governor, follower, head, of, placeAfter ?? ofPlace ?? placeBefore, Joined(narrowing), Joined(ordinal), clause, scope);
            }
            finally
            {
                TokenListPool.Return(tokens);
            }
        }

        private static bool HasPersonalPronoun(List<Token> tokens, int first)
        {
            for (var k = 0; k < first; k++)
            {
                if (tokens[k].IsWord && tokens[k].Length <= 3 && (tokens[k].Is("he") || tokens[k].Is("she") || tokens[k].Is("his") || tokens[k].Is("her")))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Joined(List<string> words) => words.Count == 0 ? string.Empty : words.Count == 1 ? words[0] : string.Join(" ", words);

        // "RB Peyton Hillis rushed for 101 yards": a name right before the governing verb (past its auxiliaries) is
        // whom the figure is said of, even when the article never introduced the person. A capitalised first word of
        // the sentence is no evidence ("Police chased him").
        private static string? ActorOf(List<Token> tokens, int governorAt)
        {
            var k = governorAt - 1;
            while (k > 0 && tokens[k].IsWord && !tokens[k].IsCapitalized && Auxiliaries.Contains(Lower(tokens[k]) ?? string.Empty))
            {
                k--;
            }

            return k > 0 && tokens[k].IsWord && tokens[k].IsCapitalized && tokens[k].Length >= 3 && !Lexicon.NotNames.Contains(tokens[k].Text)
                && !Lexicon.Titles.Contains(tokens[k].Text) && !IsPossessive(tokens[k].Text)
                ? NameSkeleton.Of(tokens[k].Text)
                : null;
        }

        private static (string? Governor, string[] Clause, string? Place, int GovernorAt) ReadBefore(List<Token> tokens, int first, List<string> ordinal, string unitStem, bool commonFirst)
        {
            var governorAt = -1;
            string? governor = null;
            string? place = null;
            var clause = new List<string>();
            var scanned = 0;
            for (var k = first - 1; k >= 0; k--)
            {
                var token = tokens[k];
                if (token.Kind == TokenKind.Punctuation)
                {
                    if (EndsClause(token.Text))
                    {
                        break;
                    }

                    continue;
                }

                if (token.Kind == TokenKind.Number)
                {
                    scanned++;
                    continue;
                }

                var word = token.Text.ToLowerInvariant();
                if (token.IsCapitalized && !(k == 0 && commonFirst))
                {
                    if (place is null && scanned <= MaxPlaceBefore && k > 0 && IsPlace(token) && IsPlacePreposition(tokens, k - 1))
                    {
                        place = Fold(token.Text);
                    }

                    continue; // names are shared by every report of the story: no evidence of the same quantity
                }

                if (scanned < 3 && NarrowingWords.Contains(word))
                {
                    ordinal.Add(word);
                }

                // Another figure's unit ("52 percent in Egypt and 82 percent") governs nothing.
                if (Skip.Contains(word) || NarrowingWords.Contains(word) || IsNumberWord(word) || word.Length < 3 || Stem(word) == unitStem)
                {
                    scanned++;
                    continue;
                }

                var stem = Stem(word);
                if (!clause.Contains(stem))
                {
                    clause.Add(stem);
                }

                if (governor is null && scanned < MaxGovernorDistance)
                {
                    governor = Predicate(stem);
                    governorAt = k;
                }

                scanned++;
            }

            return (governor, clause.Count == 0 ? Array.Empty<string>() : clause.ToArray(), place, governorAt);
        }

        private static (string? Head, string? Of, string? Follower, string? Place, string? OfPlace) ReadAfter(string text, int sentenceStart, List<Token> tokens, int last, string unit)
        {
            string? head = null, of = null, follower = null, place = null, ofPlace = null;
            var k = last + 1;
            if (k >= tokens.Count)
            {
                return (null, null, null, null, null);
            }

            // "a 15-year sentence": the unit is glued to the number by a hyphen and a noun follows.
            var unitStart = tokens[last].Start + sentenceStart;
            if (unitStart > 0 && text[unitStart - 1] == '-' && tokens[k].IsWord && !tokens[k].IsCapitalized && Lower(tokens[k]) is { } modified && !Skip.Contains(modified))
            {
                head = Stem(modified);
                k++;
            }

            // "5 percent of backend", "12 members of the extended Daya family", "82 percent of India's traffic".
            if (k < tokens.Count && (tokens[k].Is("of") || (tokens[k].Is("on") && unit == "percent")))
            {
                var taken = 0;
                k++;
                string? year = null;
                while (k < tokens.Count && taken < MaxOfWords && (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number))
                {
                    var word = tokens[k].Text;
                    var lower = word.ToLowerInvariant();
                    if (tokens[k].Kind == TokenKind.Number)
                    {
                        year = word; // "the final four games of the 2007 season" are not those of this season
                    }
                    else if (tokens[k].IsCapitalized)
                    {
                        if (IsPossessive(word))
                        {
                            ofPlace ??= Fold(word); // "82 percent of India's traffic"
                        }
                    }
                    else if (Skip.Contains(lower) && taken > 0)
                    {
                        break;
                    }
                    else if (!Skip.Contains(lower))
                    {
                        of = Stem(lower);
                    }

                    taken++;
                    k++;
                }

                if (year is not null && of is not null)
                {
                    of = year + " " + of;
                }
            }

            // "43 people were killed", "42 people died".
            var aux = false;
            var j = k;
            while (j < tokens.Count && tokens[j].IsWord && Auxiliaries.Contains(Lower(tokens[j]) ?? string.Empty))
            {
                aux = true;
                j++;
            }

            if (j < tokens.Count && tokens[j].IsWord && !tokens[j].IsCapitalized && Lower(tokens[j]) is { } verb && !Skip.Contains(verb)
                && (aux || verb.EndsWith("ed", StringComparison.Ordinal)))
            {
                follower = Predicate(Stem(verb));
            }

            // "82 percent in India", "13 nautical miles off Aden".
            for (var n = 0; k < tokens.Count && n < MaxPlaceDistance; k++, n++)
            {
                if (tokens[k].Kind == TokenKind.Punctuation && EndsClause(tokens[k].Text))
                {
                    break;
                }

                if (IsPlace(tokens[k]) && IsPlacePreposition(tokens, k - 1))
                {
                    place = Fold(tokens[k].Text);
                    break;
                }
            }

            return (head, of, follower, place, ofPlace);
        }

        // "four seasons as the Sixers director": a capacity; "11 points in the second half", "96 touchdowns in his
        // career": a stretch or span, in the few words after what is counted and within its clause.
        private static string? ScopeAfter(List<Token> tokens, int last)
        {
            var k = last + 1;
            if (k + 1 < tokens.Count && tokens[k].Is("as"))
            {
                for (var n = k + 1; n < tokens.Count && n <= k + 4 && tokens[n].IsWord; n++)
                {
                    var word = tokens[n].Text;
                    if (Lexicon.RoleNouns.Contains(word.ToLowerInvariant()) || Lexicon.Titles.Contains(word))
                    {
                        return "as " + word.ToLowerInvariant();
                    }
                }

                return null;
            }

            if (k < tokens.Count && tokens[k].IsWord && ScopePrepositions.Contains(Lower(tokens[k]) ?? string.Empty))
            {
                string? part = null;
                for (var n = k + 1; n < tokens.Count && n <= k + 4 && tokens[n].Kind != TokenKind.Punctuation; n++)
                {
                    var word = Lower(tokens[n]) ?? string.Empty;
                    if (ScopeNouns.Contains(word))
                    {
                        return part ?? Stem(word);
                    }

                    if (tokens[k].Is("in") && PartOrdinals.Contains(word))
                    {
                        part = word;
                    }
                    else if (part is not null)
                    {
                        // "in the fourth" with its noun left out ("17 points in the fourth did it"), not "in the first round".
                        return Skip.Contains(word) ? part : null;
                    }
                }

                return part;
            }

            return null;
        }

        // "During the game's deciding run, Ruiz blocked two shots": a phrase that opens the sentence, up to its comma,
        // scopes every figure after it.
        private static string? LeadingScope(List<Token> tokens, int first)
        {
            if (tokens.Count == 0 || !tokens[0].IsWord || !ScopePrepositions.Contains(Lower(tokens[0]) ?? string.Empty))
            {
                return null;
            }

            string? scope = null, part = null;
            for (var k = 1; k < tokens.Count && k < first && k <= 10; k++)
            {
                if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text == ",")
                {
                    return scope is null ? null : part ?? scope; // "In the second half," as "in the second half" after a figure
                }

                var word = Lower(tokens[k]) ?? string.Empty;
                if (ScopeNouns.Contains(word))
                {
                    scope = Stem(word);
                }
                else if (tokens[0].Is("in") && PartOrdinals.Contains(word))
                {
                    part = word;
                }
            }

            return null;
        }

        // "Police chased Mr. Lane": a title's full stop ends no sentence, so the sentence starts before it.
        private static int StartBeforeTitles(string text, int start)
        {
            for (var guard = 0; guard < 3 && start >= 3 && text[start - 1] == '.'; guard++)
            {
                var wordStart = start - 1;
                while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordStart == start - 1 || !Lexicon.Titles.Contains(text.Substring(wordStart, start - 1 - wordStart)))
                {
                    break;
                }

                var limit = Math.Max(0, wordStart - MaxExtension);
                var i = wordStart - 1;
                while (i >= limit && text[i] is not ('.' or '!' or '?' or '\n' or '\r'))
                {
                    i--;
                }

                start = i + 1;
            }

            return start;
        }

        // A place is a capitalised word that is no weekday, month or article, and not a possessive: "on a Friday
        // afternoon", "in Horton's death" say when and whose, not where.
        private static bool IsPlace(Token token) =>
            token.IsCapitalized && !Lexicon.NotNames.Contains(token.Text) && !IsPossessive(token.Text);

        private static bool IsPossessive(string word) =>
            word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal);

        // "in India", "in the Gulf".
        private static bool IsPlacePreposition(List<Token> tokens, int k)
        {
            if (k >= 0 && tokens[k].Is("the"))
            {
                k--;
            }

            return k >= 0 && tokens[k].IsWord && PlacePrepositions.Contains(Lower(tokens[k]) ?? string.Empty) && char.IsLower(tokens[k].Text[0]);
        }

        private static bool EndsClause(string punctuation) =>
            punctuation is "," or ";" or ":" or "(" or ")" or "[" or "]" or "\"" or "\u201C" or "\u201D" or "\u2014" or "\u2013";

        private static string? Lower(Token token) => token.IsWord ? token.Text.ToLowerInvariant() : null;

        internal static bool IsNumberWord(string word) =>
            word is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven"
                or "twelve" or "twenty" or "thirty" or "forty" or "fifty" or "hundred" or "hundreds" or "thousand" or "thousands"
                or "million" or "millions" or "billion" or "dozen" or "dozens" or "half";

        // "India's" -> "india"; diacritics and case folded so that spellings of one place agree.
        private static string Fold(string word)
        {
            var apostrophe = word.IndexOfAny(Apostrophes);
            return NameSkeleton.FoldDiacritics(apostrophe > 0 ? word.Substring(0, apostrophe) : word).ToLowerInvariant();
        }

        /// <summary>A crude stem that makes forms of one word agree: "passes"/"pass", "back-end"/"backend".</summary>
        internal static string Stem(string word)
        {
            var w = word.IndexOf('-') >= 0 ? word.Replace("-", string.Empty) : word;
            w = w.ToLowerInvariant();
            foreach (var suffix in Suffixes)
            {
                if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return w.Substring(0, w.Length - suffix.Length);
                }
            }

            return w;
        }

        private static readonly char[] Apostrophes = { '\'', '\u2019' };

        // Words outlets use for one predicate, in one tense: "stole gems worth" / "stole diamonds valued at", "chased"
        // / "pursued", "spraying" / "firing". A small map of news verbs, not a thesaurus: each group was read in real
        // reports of one event, and a word that also says something else ("took", "shot") is left out.
        private static readonly Dictionary<string, string> Predicates = new(StringComparer.Ordinal)
        {
            ["valued"] = "worth", ["estimated"] = "worth",
            ["stolen"] = "stole", ["robbed"] = "stole", ["snatched"] = "stole",
            ["pursued"] = "chased", ["pursuing"] = "chasing",
            ["died"] = "killed", ["dead"] = "killed", ["slain"] = "killed",
            ["wounded"] = "injured", ["hurt"] = "injured",
            ["firing"] = "spraying", ["fired"] = "sprayed",
            ["jailed"] = "sentenced", ["imprisoned"] = "sentenced",
            ["paying"] = "pay", ["paid"] = "pay", ["acquire"] = "pay", ["acquiring"] = "pay", ["buy"] = "pay", ["buying"] = "pay", ["bought"] = "pay", ["purchase"] = "pay",
            ["threw"] = "completed", ["connected"] = "completed",
        };

        private static string Predicate(string stem) => Predicates.TryGetValue(stem, out var same) ? same : stem;

        // Plural endings only: a verb's tense is kept, as "missed the final four games" (a past season) and "will miss
        // the final two games" are not one statement.
        private static readonly string[] Suffixes = { "es", "s" };
    }
}
