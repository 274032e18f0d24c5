using ContentGen.Emit;

namespace ContentGen.Tests.Generator;

/// <summary>The 14-bit alphabet that string literals carry deflated articles in.</summary>
public class PayloadEncodingTests
{
    [Fact]
    public void Every_length_round_trips_whatever_the_padding_and_uses_only_the_alphabet()
    {
        var random = new Random(7);
        for (var length = 0; length <= 64; length++)
        {
            var bytes = new byte[length + 5];
            random.NextBytes(bytes);

            var text = PayloadEncoding.ToBase16384(bytes, length);

            Assert.InRange(text[0], '\u4E00', '\u4E01');
            Assert.All(text.Skip(1), c => Assert.InRange(c, '\u4E00', '\u8DFF'));
            Assert.Equal(1 + ((length * 8) + 13) / 14, text.Length);
            Assert.Equal(bytes.Take(length), Decode(text));
        }
    }

    [Fact]
    public void Deflated_repeated_prose_takes_far_fewer_characters_than_it_has()
    {
        var prose = string.Join(" ", Enumerable.Repeat("The council approved the new harbour wall on Tuesday after a long debate about its cost.", 40));

        var deflated = PayloadEncoding.Deflate(prose, out var length);
        var text = PayloadEncoding.ToBase16384(deflated, length);

        Assert.True(text.Length < prose.Length / 3, $"{text.Length} characters for {prose.Length}");
    }

    // Bit by bit, independently of the generated reader, which the round-trip tests of generated code exercise.
    private static byte[] Decode(string text)
    {
        var bits = string.Concat(text.Skip(1).Select(c => Convert.ToString(c - 0x4E00, 2).PadLeft(14, '0')));
        var count = bits.Length / 8 - (text[0] - 0x4E00);
        return Enumerable.Range(0, count).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
