using System;
using System.Collections.Generic;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1002: a word or phrase repeated by mistake — "the the", "is is", "of the of the", "demarcation and
    /// demarcation". Leaves alone what English repeats on purpose: "had had", "that that", "what it is is", a
    /// particle then the same preposition ("filled in in pen"), "again and again", "more and more", comparatives
    /// ("bigger and bigger"), plurals ("miles and miles"), pronouns in two senses ("her and her family"), and
    /// "step by step"-style pairs (only "X and X" is checked). Capitalised repeats are names and titles ("Duran
    /// Duran", "Goo Goo Dolls", a heading line after a line ending in the same word), and words with a digit are
    /// product names ("HL7 HL7"): only a doubled function word at a sentence start ("The the") is flagged there.
    /// In a paragraph that does not read as English, a doubled content word is left alone (reduplication and
    /// reflexives are grammar in many languages); doubled English function words are still flagged.
    /// </summary>
    internal sealed class RepeatedWordRule : IArticleRule
    {
        private static readonly HashSet<string> DoubledOnPurpose = new(StringComparer.OrdinalIgnoreCase)
        {
            "had", "that", "do", "bye", "no", "yes", "ha", "tut", "knock", "chop", "so", "very", "really", "far",
            "many", "now", "there", "well", "hush", "pooh", "night", "tsk", "blah", "bla", "ho", "hey", "boo", "go", "dum",
        };

        private static readonly HashSet<string> PairedOnPurpose = new(StringComparer.OrdinalIgnoreCase)
        {
            "again", "more", "less", "over", "round", "on", "through", "up", "down", "out", "in", "around", "ever",
            "miles", "years", "hours", "days", "weeks", "months", "time", "round", "by", "back", "forth", "off", "wait",
        };

        // "filled in in pen", "logged on on Monday": an adverb particle, then the same word as a preposition.
        private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
        {
            "in", "on", "up", "out", "off", "over", "down", "around", "through", "by", "along", "back", "about",
        };

        public static RuleInfo Metadata { get; } = new(RuleIds.RepeatedWord, "Word or phrase repeated by mistake", RuleCategory.Content) { Fix = "delete the repetition" };

        public RuleInfo Info => Metadata;

        public void Check(ArticleText article, List<Finding> findings)
        {
            // Tokens without their strings: the rule compares spans of the paragraph, and takes a word's string only
            // for the rare candidate.
            var tokens = TokenListPool.Rent();
            foreach (var paragraph in article.Prose())
            {
                var text = paragraph.Text;
                Tokenizer.TokenizeInto(text, tokens, withText: false);
                for (var i = 0; i + 1 < tokens.Count; i++)
                {
                    var a = tokens[i];
                    var b = tokens[i + 1];

                    // "the the": two equal words with only spaces between (a comma or full stop makes it deliberate).
                    if (Same(text, a, b) && OnlySpaces(text, a.End, b.Start) && IsSlip(text, tokens, i))
                    {
                        Report(findings, paragraph, text, a.Start, b.End, $"'{Word(text, a)}' is repeated: '{text.Substring(a.Start, b.End - a.Start)}'; delete one");
                        i++;
                        continue;
                    }

                    // "of the of the", "at the end at the end": a phrase of two to four words twice in a row.
                    if (RepeatedPhraseLength(text, tokens, i) is var n && n > 0)
                    {
                        Report(findings, paragraph, text, a.Start, tokens[i + 2 * n - 1].End, $"The phrase '{text.Substring(a.Start, tokens[i + n - 1].End - a.Start)}' is repeated; delete one");
                        i += 2 * n - 1;
                        continue;
                    }

                    // "demarcation and demarcation"
                    if (i + 2 < tokens.Count && a.IsWord && IsAnd(text, b) && Same(text, a, tokens[i + 2]) && a.Length >= 3
                        && !PairedOnPurpose.Contains(Word(text, a)) && !IsComparative(Word(text, a)) && OnlySpaces(text, a.End, tokens[i + 2].Start)
                        && !EnglishText.IsFunctionWord(Word(text, a)) && !IsPlural(Word(text, a)) && !IsNameLike(text, a)
                        && !EndsAList(text, tokens, i))
                    {
                        Report(findings, paragraph, text, a.Start, tokens[i + 2].End, $"'{Word(text, a)} and {Word(text, tokens[i + 2])}' repeats a word; a different word was probably meant");
                        i += 2;
                    }
                }
            }

            TokenListPool.Return(tokens);
        }

        // "check, check and check": the pair ends a list of the same word, which is deliberate.
        private static bool EndsAList(string text, List<Token> tokens, int i)
        {
            for (var k = i - 1; k >= 0 && k >= i - 2; k--)
            {
                if (tokens[k].IsWord)
                {
                    return Same(text, tokens[k], tokens[i]);
                }
            }

            return false;
        }

        private const int MaxPhraseLength = 4;

        // The length of the phrase of two to four words at tokens[i] that is written twice in a row with only spaces
        // between, or 0. No word of it may be a name or "and" ("on and on and on" is an idiom), and its words may not
        // all be one word ("very very very" is emphasis).
        private static int RepeatedPhraseLength(string text, List<Token> tokens, int i)
        {
            for (var n = 2; n <= MaxPhraseLength && i + 2 * n <= tokens.Count; n++)
            {
                var repeated = OnlySpaces(text, tokens[i].End, tokens[i + 2 * n - 1].Start) && !Same(text, tokens[i], tokens[i + 1]);
                for (var k = 0; repeated && k < n; k++)
                {
                    var word = tokens[i + k];
                    repeated = Same(text, word, tokens[i + n + k]) && !IsNameLike(text, word) && !IsAnd(text, word);
                }

                if (repeated)
                {
                    return n;
                }
            }

            return 0;
        }

        // Whether the doubled word at tokens[i], tokens[i + 1] is a slip rather than a name, a title or an idiom.
        private static bool IsSlip(string text, List<Token> tokens, int i)
        {
            var a = tokens[i];
            var b = tokens[i + 1];
            var word = Word(text, a);
            if (DoubledOnPurpose.Contains(word) || HasDigit(text, a) || (IsCapital(text, a) && IsCapital(text, b)))
            {
                return false;
            }

            // "said Will will attend", "May may join": a capitalised word inside a sentence is a name, and a modal that
            // is also a given name is one at a sentence start too; "The the" at a sentence start stays a slip.
            if (IsCapital(text, a) && (!StartsSentence(text, a.Start) || ModalNames.Contains(word)))
            {
                return false;
            }

            if (EnglishText.IsFunctionWord(word))
            {
                // "What it is is a plan": the first "is" ends a subject clause that "what" opens.
                if (word.Equals("is", StringComparison.OrdinalIgnoreCase) && HasWordBefore(text, tokens, i, "what", 5))
                {
                    return false;
                }

                return !(Particles.Contains(word) && i > 0 && tokens[i - 1].IsWord && IsVerbLike(Word(text, tokens[i - 1])));
            }

            // A content word: "Biasa biasa" or "case Case" (a heading line joined to the one before) is not a slip.
            // Outside English a doubled content word is often grammar (reduplication, "pelan pelan"; a reflexive,
            // "nous nous"), and the rule knows only English's deliberate doubles, so it stays quiet there.
            return !IsCapital(text, a) && !IsCapital(text, b) && EnglishText.ReadsAsEnglish(text, tokens);
        }


        private static readonly HashSet<string> ModalNames = new(StringComparer.Ordinal) { "Will", "May" };

        // At the paragraph's start or after a sentence's end (a quotation mark or bracket may stand between).
        private static bool StartsSentence(string text, int start)
        {
            var k = start - 1;
            while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '\u201C' or '\u2018' or '(' or '\''))
            {
                k--;
            }

            return k < 0 || text[k] is '.' or '!' or '?' or ':' or '\u2026' or '\u201D' or '"';
        }

        private static bool HasWordBefore(string text, List<Token> tokens, int i, string word, int window)
        {
            for (var k = i - 1; k >= 0 && k >= i - window; k--)
            {
                if (tokens[k].IsWord && tokens[k].Length == word.Length && string.Compare(text, tokens[k].Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // A past form or participle ("filled", "logging", "given") or a verb that takes a particle.
        private static bool IsVerbLike(string word) =>
            word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("en", StringComparison.OrdinalIgnoreCase) || PhrasalVerbs.Contains(word);

        private static readonly HashSet<string> PhrasalVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "fill", "check", "log", "turn", "give", "gave", "sign", "set", "put", "take", "took", "get", "got", "come", "came",
            "go", "went", "look", "find", "found", "pick", "hand", "hang", "hung", "run", "ran", "cut", "sit", "sat",
            "stand", "stood", "move", "weigh", "chime", "pitch", "cash", "call", "drop", "bring", "brought", "sent", "send",
            "keep", "kept", "hold", "held", "let", "make", "made", "pull", "push", "stay", "step", "tune", "walk", "wrote",
        };

        private static bool IsCapital(string text, Token token) => char.IsUpper(text[token.Start]);

        // "Johnson and Johnson", "Duran Duran": a capitalised word that does not start a sentence is a name.
        private static bool IsNameLike(string text, Token token) => IsCapital(text, token) && !EnglishText.IsFunctionWord(Word(text, token));

        private static bool HasDigit(string text, Token token)
        {
            for (var k = token.Start; k < token.End; k++)
            {
                if (char.IsDigit(text[k]))
                {
                    return true;
                }
            }

            return false;
        }

        // "miles and miles", "billions and billions": a plural repeated with "and" means "very many".
        private static bool IsPlural(string word) =>
            word.Length > 3 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase);

        private void Report(List<Finding> findings, ParsedParagraph paragraph, string text, int start, int end, string message) =>
            findings.Add(new Finding(Info.Id, paragraph.ToSource(start, end - start), message));

        private static string Word(string text, Token token) => text.Substring(token.Start, token.Length);

        private static bool Same(string text, Token a, Token b) =>
            a.IsWord && b.IsWord && a.Length == b.Length && string.Compare(text, a.Start, text, b.Start, a.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static bool IsAnd(string text, Token token) =>
            token.Length == 3 && string.Compare(text, token.Start, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

        // "bigger and bigger", "faster and faster"
        private static bool IsComparative(string word) => word.Length > 4 && word.EndsWith("er", StringComparison.OrdinalIgnoreCase);

        private static bool OnlySpaces(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (!char.IsWhiteSpace(text[i]) && !IsWordCharacter(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // Between "the" and "the" only spaces may stand; between the words of a phrase, the tokens themselves.
        private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }
}
