using ContentGen.Text.Extraction;

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
}
