using ContentGen.Text.Tokens;


namespace ContentGen.Tests.Engine;

public class NamingTests
{
    [Theory]
    [InlineData("Sochi Talks (2021)", "sochi-talks-2021")]
    [InlineData("000_532e919b", "000-532e919b")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("!!!", "article")]
    [InlineData("Новости дня", "новости-дня")]
    public void Slugs(string input, string slug) => Assert.Equal(slug, Slug.From(input));

    [Theory]
    [InlineData("Pashinyan", "Pashinian")]
    [InlineData("Qaddafi", "Gadhafi")]
    [InlineData("Khodorkovsky", "Hodorkovski")]
    [InlineData("al-Assad", "Assad")]
    [InlineData("Mujahid", "Mujahi")]
    [InlineData("Gurbanguli", "Gurbanguly")]
    [InlineData("Protasevich", "Pratasevich")]
    [InlineData("Müller", "Muller")]
    public void Transliteration_variants_meet(string a, string b) => Assert.True(NameSkeleton.AreVariants(a, b));

    [Theory]
    [InlineData("Lopez", "Lopes")]
    [InlineData("Putin", "Puton")]
    [InlineData("Smith", "Smyth")]
    public void Short_names_need_an_exact_skeleton(string a, string b)
    {
        // Below six letters one edit is too likely to be another person.
        Assert.Equal(NameSkeleton.Of(a) == NameSkeleton.Of(b), NameSkeleton.AreVariants(a, b));
    }

    [Theory]
    [InlineData("Aliyev", "Alexeev")]
    [InlineData("Hendriks", "Henderson")]
    public void Different_names_do_not_meet(string a, string b) => Assert.False(NameSkeleton.AreVariants(a, b));

    // Skeletons are cached in a shared fixed-size table: far more names than slots, folded from many threads at once,
    // must each get their own skeleton (checked against known foldings of generated spellings).
    [Fact]
    public void Cached_skeletons_belong_to_their_names_under_concurrency()
    {
        // Letters no folding rule touches (a hard c folds to k), so a name's skeleton is its lower-case form with
        // doubled letters collapsed.
        const string Letters = "bdflmnrstvw";
        static string Code(int i)
        {
            var code = "";
            do
            {
                code += Letters[i % Letters.Length];
                i /= Letters.Length;
            }
            while (i > 0);
            return code;
        }

        var names = Enumerable.Range(0, 20_000).Select(i => ("A" + Code(i) + "ian", "a" + Code(i) + "ian")).ToList();
        var mismatches = 0;
        Parallel.ForEach(Enumerable.Range(0, 4), _ =>
        {
            foreach (var (name, expected) in names)
            {
                var skeleton = NameSkeleton.Of(name);
                var expectedCollapsed = new string(expected.Where((c, i) => i == 0 || expected[i - 1] != c).ToArray());
                if (skeleton != expectedCollapsed)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
    }
}
