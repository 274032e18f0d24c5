using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Extraction
{
    /// <summary>
    /// Finds double-quoted passages (straight and curly) and resolves who said them from the attribution in
    /// the same sentence: "Putin said", "said Putin", "Pashinian told ...", and "he said" (the person named last).
    /// A quotation continued into the next paragraph (news style: the next paragraph reopens the quote) is one quote.
    /// </summary>
    internal static class QuoteExtractor
    {
        // How far back from a quote the attribution is looked for: a sentence's worth of words.
        private const int MaxAttributionDistance = 60;

        public static List<ParsedQuote> Extract(IReadOnlyList<ParsedParagraph> paragraphs, PeopleIndex people) =>
            Extract(paragraphs, paragraphs.Select(p => Tokenizer.Tokenize(p.Text)).ToList(), people);

        /// <summary>Finds the quotes of an article whose paragraphs are already tokenized.</summary>
        public static List<ParsedQuote> Extract(IReadOnlyList<ParsedParagraph> paragraphs, IReadOnlyList<List<Token>> tokenized, PeopleIndex people)
        {
            var quotes = new List<ParsedQuote>();
            PendingQuote? pending = null;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var text = paragraph.Text;
                var spans = QuoteSpans.Find(text);
                var tokens = tokenized[p];
                var inside = InsideMask(text, spans);

                // A paragraph that does not reopen the quotation ends the pending one.
                if (pending is not null && (spans.Count == 0 || spans[0].Open != FirstNonSpace(text)))
                {
                    quotes.Add(pending.Build());
                    pending = null;
                }

                string? paragraphSpeaker = null;
                for (var s = 0; s < spans.Count; s++)
                {
                    var span = spans[s];
                    var inner = span.InnerText(text);

                    // A second quote in a paragraph without its own attribution continues the same speaker.
                    var speaker = ResolveSpeaker(paragraph, tokens, inside, span, people) ?? paragraphSpeaker;
                    paragraphSpeaker = speaker;
                    if (pending is not null && s == 0)
                    {
                        pending.Append(inner, speaker);
                        if (!span.IsClosed)
                        {
                            continue;
                        }

                        quotes.Add(pending.Build());
                        pending = null;
                        continue;
                    }

                    var (innerStart, innerLength) = span.InnerTextBounds(text);
                    var range = paragraph.ToSource(innerStart, innerLength);
                    var quote = new PendingQuote(inner, speaker, p, range);
                    if (!span.IsClosed && s == spans.Count - 1)
                    {
                        pending = quote;
                    }
                    else if (inner.Length > 0)
                    {
                        quotes.Add(quote.Build());
                    }
                }
            }

            if (pending is not null)
            {
                quotes.Add(pending.Build());
            }

            return quotes;
        }

        private static int FirstNonSpace(string text)
        {
            var i = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i;
        }

        private static string? ResolveSpeaker(ParsedParagraph paragraph, List<Token> tokens, bool[] spans, QuoteSpan span, PeopleIndex people)
        {
            var closeEnd = span.IsClosed ? span.Close + 1 : span.End;

            // After the quote: ', Putin said.' / ', said Putin.' / ', he said.'
            var after = FirstTokenAtOrAfter(tokens, closeEnd);
            var afterSpeaker = SpeakerAround(paragraph, tokens, spans, after, people, span.Open);
            if (afterSpeaker is not null)
            {
                return afterSpeaker;
            }

            // Before the quote: 'Putin said that "...' / 'Putin told the leaders "...'
            var from = FirstTokenAtOrAfter(tokens, span.Open) - 1;
            for (var i = from; i >= 0 && from - i < MaxAttributionDistance; i--)
            {
                var token = tokens[i];
                if (InsideQuote(spans, token.Start))
                {
                    continue;
                }

                if (token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?")
                {
                    break;
                }

                // "Pashinyan said the situation "..." and added that "...": an unnamed verb defers to an earlier one.
                if (token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text)
                    && (SubjectOf(paragraph, tokens, i, people, token.Start) ?? ObjectOf(paragraph, tokens, i, people)) is { } speaker)
                {
                    return speaker;
                }
            }

            return null;
        }

        // `quoteOpen`: where the quote opens. A pronoun after it ('"...," he said') stands for a person named before
        // the quote, not for one the speaker names inside it.
        private static string? SpeakerAround(ParsedParagraph paragraph, List<Token> tokens, bool[] spans, int start, PeopleIndex people, int quoteOpen)
        {
            // Look at the few words after the quote, up to the end of the sentence.
            for (var i = start; i < tokens.Count && i < start + 8; i++)
            {
                var token = tokens[i];
                if (InsideQuote(spans, token.Start) || (token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?"))
                {
                    return null;
                }

                if (token.IsWord && Lexicon.SpeechVerbs.Contains(token.Text))
                {
                    return SubjectOf(paragraph, tokens, i, people, quoteOpen) ?? ObjectOf(paragraph, tokens, i, people);
                }
            }

            return null;
        }

        // "Putin said", "Pashinian also said", "he said" (a pronoun: the person named last before `antecedentBefore`)
        private static string? SubjectOf(ParsedParagraph paragraph, List<Token> tokens, int verb, PeopleIndex people, int antecedentBefore)
        {
            var i = verb - 1;
            while (i >= 0 && ((tokens[i].IsWord && Lexicon.Adverbs.Contains(tokens[i].Text)) || tokens[i].Text == ","))
            {
                i--;
            }

            return i >= 0 ? PersonNamedBy(paragraph, tokens[i], people, antecedentBefore) : null;
        }

        // "said Putin"
        private static string? ObjectOf(ParsedParagraph paragraph, List<Token> tokens, int verb, PeopleIndex people) =>
            verb + 1 < tokens.Count && tokens[verb + 1].IsCapitalized ? PersonNamedBy(paragraph, tokens[verb + 1], people, tokens[verb + 1].Start) : null;

        private static string? PersonNamedBy(ParsedParagraph paragraph, Token token, PeopleIndex people, int antecedentBefore)
        {
            var source = paragraph.ToSource(token.Start);
            if (token.IsWord && Lexicon.Pronouns.Contains(token.Text))
            {
                return people.LastBefore(paragraph.ToSource(antecedentBefore))?.Name;
            }

            return token.IsCapitalized ? people.At(source)?.Name : null;
        }

        // Binary search: the index of the first token starting at or after the offset.
        private static int FirstTokenAtOrAfter(List<Token> tokens, int offset)
        {
            int low = 0, high = tokens.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (tokens[mid].Start < offset)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }

        private static readonly bool[] NoQuotes = new bool[0];

        /// <summary>For each character of the paragraph, whether it lies inside a quotation (computed once, linear).</summary>
        private static bool[] InsideMask(string text, List<QuoteSpan> spans)
        {
            if (spans.Count == 0)
            {
                return NoQuotes; // most paragraphs: no mask to build (InsideQuote is false past the end)
            }

            var inside = new bool[text.Length];
            foreach (var span in spans)
            {
                for (var i = span.Open + 1; i < span.End; i++)
                {
                    inside[i] = true;
                }
            }

            return inside;
        }

        private static bool InsideQuote(bool[] inside, int offset) => offset >= 0 && offset < inside.Length && inside[offset];

        private sealed class PendingQuote
        {
            private readonly System.Text.StringBuilder _text;
            private readonly int _paragraph;
            private readonly TextRange _range;
            private string? _speaker;

            public PendingQuote(string text, string? speaker, int paragraph, TextRange range)
            {
                _text = new System.Text.StringBuilder(text);
                _speaker = speaker;
                _paragraph = paragraph;
                _range = range;
            }

            public void Append(string text, string? speaker)
            {
                _text.Append(' ').Append(text);
                _speaker ??= speaker;
            }

            public ParsedQuote Build() => new(_text.ToString().Trim(), _speaker, _paragraph, _range);
        }
    }
}
