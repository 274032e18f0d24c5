using ContentGen.Synthesis;
using ContentGen.Text.Parsing;
using ContentGen.Text.Tokens;

namespace ContentGen.Tests.Engine;

public class TokenizerTests
{
    [Fact]
    public void Words_keep_inner_apostrophes_and_hyphens_and_numbers_their_groups()
    {
        var tokens = Tokenizer.Tokenize("Armenia's Nagorno-Karabakh: 2,000 or 4.5, not 2,0001.");

        Assert.Equal(["Armenia's", "Nagorno-Karabakh", ":", "2,000", "or", "4.5", ",", "not", "2", ",", "0001", "."], tokens.Select(t => t.Text));
    }

    // Token strings are shared through a fixed table: whatever the texts and however many threads tokenize at once,
    // every token's string must be exactly the characters it spans.
    [Fact]
    public void Shared_token_strings_always_hold_the_tokens_own_characters()
    {
        var random = new Random(11);
        var alphabet = "abcdeABCDE'-,. 0123456789\u00e9\u2019";
        var texts = Enumerable.Range(0, 400)
            .Select(_ => new string(Enumerable.Range(0, random.Next(20, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
            .ToList();

        var mismatches = 0;
        Parallel.ForEach(Enumerable.Range(0, 8), _ =>
        {
            foreach (var text in texts)
            {
                foreach (var token in Tokenizer.Tokenize(text))
                {
                    if (token.Text != text.Substring(token.Start, token.Length))
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
            }
        });

        Assert.Equal(0, mismatches);
    }

    // The parse and the repeated-word rule reuse token lists from a per-thread pool; a reused list must never carry
    // anything from its last use, and threads must never share one.
    [Fact]
    public void Pooled_token_lists_leave_no_trace_between_parses_or_threads()
    {
        var articles = new CorpusSynthesizer(7).Generate(60);
        var alone = articles.Select(a => ArticleParser.Parse(a.FileName, a.Text)).ToList();

        var mismatches = 0;
        Parallel.ForEach(Enumerable.Range(0, 6), worker =>
        {
            // Each worker parses the articles in its own order, so every list is reused for other paragraphs.
            foreach (var i in Enumerable.Range(0, articles.Count).Select(i => (i * (worker + 1) * 7) % articles.Count))
            {
                if (ArticleParser.Parse(articles[i].FileName, articles[i].Text) != alone[i])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void A_rented_list_is_empty_and_a_huge_one_is_not_kept()
    {
        var list = TokenListPool.Rent();
        Tokenizer.TokenizeInto("one two three", list);
        TokenListPool.Return(list);
        var again = TokenListPool.Rent();
        Assert.Same(list, again);
        Assert.Empty(again);

        var huge = TokenListPool.Rent();
        Tokenizer.TokenizeInto(string.Join(" ", Enumerable.Repeat("word", 5_000)), huge);
        TokenListPool.Return(huge);
        Assert.NotSame(huge, TokenListPool.Rent());
    }

    [Fact]
    public void Tokens_without_text_have_the_same_kinds_and_spans()
    {
        const string text = "Armenia's 2,000 peacekeepers \u201Csaid\u201D 4.5 \uD83D\uDE00 times.";
        var withText = Tokenizer.Tokenize(text);
        var spansOnly = new List<Token>();
        Tokenizer.TokenizeInto(text, spansOnly, withText: false);

        Assert.Equal(withText.Select(t => (t.Kind, t.Start, t.Length)), spansOnly.Select(t => (t.Kind, t.Start, t.Length)));
        Assert.All(spansOnly, t => Assert.Equal(string.Empty, t.Text));
    }
}
