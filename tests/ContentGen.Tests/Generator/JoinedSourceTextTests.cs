using ContentGen.Generation;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Tests.Generator;

/// <summary>A generated file read through its parts must read exactly as their concatenation.</summary>
public class JoinedSourceTextTests
{
    private static readonly string[] Parts = ["// head\n", "", "namespace N\n{\n", "    class A { }\n", "", "", "}\n"];

    [Fact]
    public void Reads_as_the_concatenation_of_its_parts_across_every_boundary()
    {
        var joined = new JoinedSourceText(Parts);
        var expected = string.Concat(Parts);

        Assert.Equal(expected.Length, joined.Length);
        Assert.Equal(expected, joined.ToString());
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], joined[i]);
        }

        // Every span, so that copies starting and ending inside, at and across part boundaries are all checked.
        for (var start = 0; start <= expected.Length; start++)
        {
            for (var count = 0; start + count <= expected.Length; count++)
            {
                var buffer = new char[count + 2];
                joined.CopyTo(start, buffer, 1, count);
                Assert.Equal(expected.Substring(start, count), new string(buffer, 1, count));
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => joined[expected.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => joined.CopyTo(expected.Length - 1, new char[4], 0, 2));
    }

    [Fact]
    public void Has_the_lines_checksum_and_encoding_of_the_same_text_as_a_string()
    {
        var joined = new JoinedSourceText(Parts);
        var plain = SourceText.From(string.Concat(Parts), System.Text.Encoding.UTF8);

        Assert.Equal(System.Text.Encoding.UTF8, joined.Encoding);
        Assert.Equal(plain.Lines.Select(l => l.Span), joined.Lines.Select(l => l.Span));
        Assert.Equal(Convert.ToHexString(plain.GetChecksum().ToArray()), Convert.ToHexString(joined.GetChecksum().ToArray()));
        Assert.True(joined.ContentEquals(plain));
        Assert.Empty(CSharpSyntaxTree.ParseText(joined).GetDiagnostics());
    }

    [Fact]
    public void An_empty_list_is_an_empty_text()
    {
        var joined = new JoinedSourceText([]);

        Assert.Equal(0, joined.Length);
        Assert.Equal(string.Empty, joined.ToString());
        joined.CopyTo(0, [], 0, 0);
    }
}
