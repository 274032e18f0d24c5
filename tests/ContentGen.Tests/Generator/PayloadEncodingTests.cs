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
            Assert.Equal(bytes.Take(length), GeneratorHarness.FromBase16384(text));
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
}

/// <summary>
/// A target without <c>System.IO.Compression</c> (a .NET Framework project without that reference) gets the packed text
/// uncompressed, as a string or as UTF-8 data: emitted directly with those target features, compiled and read back.
/// </summary>
public class UncompressedPayloadTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_deflate_the_text_is_embedded_plain_and_round_trips(bool utf8)
    {
        const string text = "Ferry \"Skerrow\" resumes\n\nCaptain Mara Oyelaran said the ferry carried some 200 passengers on Monday.\n\nA back\\slash and a tab\there.\n";
        var spec = ContentGen.Generation.ArticleSpecFactory.Create(ContentGen.Text.Parsing.ArticleParser.Parse("Articles/ferry.txt", text))!;
        var options = new ContentGen.Generation.Model.OutputOptions(
            new ContentGen.Generation.Model.GeneratorSettings("NewsApp.Content"),
            new ContentGen.Generation.Model.TargetFeatures(SupportsRecords: true, HasDateOnly: true, NeedsIsExternalInit: false, SupportsUtf8Literals: utf8, HasDeflate: false));
        var names = new ContentGen.Generation.Model.ArticleNames(spec.Path, "Ferry");
        var article = ContentGen.Emit.ArticleEmitter.Emit(new ContentGen.Generation.Model.ArticleModel(spec, default, names, options, Utf8Payload: utf8), options);
        var baseTypes = ContentGen.Emit.BaseTypesEmitter.Emit(options);

        var source = ContentGen.Emit.ArticleFileWriter.Write(new[] { article });
        Assert.Contains("#nullable enable", source, StringComparison.Ordinal);
        Assert.Contains(":Ferry \"\"Skerrow\"\" resumes", source, StringComparison.Ordinal);
        Assert.Equal(utf8, source.Contains("\"u8);", StringComparison.Ordinal));
        Assert.DoesNotContain("FromBase16384", baseTypes.Text, StringComparison.Ordinal);

        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(baseTypes.Text, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12)),
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12)));
        Assert.Empty(GeneratorHarness.Problems(compilation));
        var loaded = GeneratorHarness.Read(GeneratorHarness.Load(compilation), "NewsApp.Content.Articles", "Ferry")!;
        Assert.Equal(spec.Paragraphs, ((System.Collections.IEnumerable)GeneratorHarness.Property(loaded, "Paragraphs")!).Cast<string>());
        Assert.Equal("Ferry \"Skerrow\" resumes", GeneratorHarness.Property(loaded, "Title"));
    }
}
