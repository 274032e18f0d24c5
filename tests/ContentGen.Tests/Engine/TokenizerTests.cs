using ContentGen.Text.Extraction;

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
}
