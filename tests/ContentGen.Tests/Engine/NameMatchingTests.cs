using ContentGen.Text.Tokens;


namespace ContentGen.Tests.Engine;

/// <summary>Name similarity on invented names of each kind of spelling difference transliterations and outlets make.</summary>
public class NameMatchingTests
{
    [Theory]
    [InlineData("Khamzatov", "Hamzatoff")] // kh/h, -ov/-off
    [InlineData("Dzhabarov", "Jabarov")] // dzh/j
    [InlineData("Schuler", "Shuler")] // sch/sh
    [InlineData("Philbeck", "Filbek")] // ph/f, ck/k
    [InlineData("Kreutzmann", "Kreutsman")] // tz/ts, a doubled letter
    [InlineData("Moussaran", "Musaran")] // ou/u
    [InlineData("Teyranov", "Teiranov")] // y/i
    [InlineData("Reinholt", "Rienholt")] // a swapped ie/ei
    [InlineData("Castellvi", "Castelvi")] // a dropped letter
    [InlineData("al-Rashidi", "Rashidi")] // a particle
    [InlineData("Jiménez", "Jimenez")] // diacritics
    [InlineData("Carvajosa", "Karvajosa")] // c/k at the start
    public void Spellings_of_one_name_meet(string a, string b) => Assert.True(NameSkeleton.AreVariants(a, b));

    [Theory]
    [InlineData("Hollins", "Hollin")] // another name with an s (a plural or a patronymic)
    [InlineData("Moravia", "Moravian")] // a place and its adjective
    [InlineData("Tarkistan", "Tarkistani")]
    [InlineData("Dunmore", "Penmore")]
    public void Other_words_do_not_meet(string a, string b) => Assert.False(NameSkeleton.AreVariants(a, b));

    [Theory]
    [InlineData("Wolff", "Wolfe")]
    [InlineData("Kim", "Kin")]
    public void Short_names_one_edit_apart_meet_only_in_context(string a, string b)
    {
        Assert.False(NameSkeleton.AreVariants(a, b));
        Assert.True(NameSkeleton.AreVariantsInContext(a, b));
    }

    [Fact]
    public void Two_letters_are_too_few_even_in_context() => Assert.False(NameSkeleton.AreVariantsInContext("Lee", "Lei"));

    [Theory]
    [InlineData("Katrin Vossberg", "Catrin Vossberg")] // a given-name variant with the same surname
    [InlineData("Yorgos Pelekanis", "Giorgos Pelekanis")]
    [InlineData("Bettie Marlow", "Betty Marlow")]
    [InlineData("Ilkan Berdashev", "Ilkan Berdashov")] // a surname variant with the same given name
    [InlineData("Oren Wolff", "Oren Wolfe")]
    [InlineData("Lena Marisol Quint", "Marisol Quint")] // a middle name used as the first
    [InlineData("J. Tarrow", "James Tarrow")] // an initial
    [InlineData("Tarrow", "James Tarrow")] // a surname alone
    public void Whole_names_of_one_person_meet(string a, string b) => Assert.True(NameSkeleton.SameName(a, b));

    [Theory]
    [InlineData("Maria Lopez", "Carla Lopez")] // a different given name with the same surname
    [InlineData("Steve Harlan", "Steven Harlan")] // a longer form of a name is not its spelling
    [InlineData("Brian Okafor", "Bryant Okafor")]
    [InlineData("Joan Pellam", "John Pellam")]
    [InlineData("Min Kim", "Seo Kin")] // short surnames one edit apart, different given names
    [InlineData("Ilkan Berdashev", "Omar Berdashov")] // both names differ
    [InlineData("Williams", "Dana William")]
    [InlineData("Nelsen", "Ruth Nilsen")] // a surname alone with a vowel changed: too weak alone
    public void Different_people_do_not_meet(string a, string b) => Assert.False(NameSkeleton.SameName(a, b));

    [Theory]
    [InlineData("Tennick", "Tenick", true)]
    [InlineData("Alishvani", "Alishbani", true)] // b/v: consonants transliterations swap
    [InlineData("Nelsen", "Nilsen", false)] // a vowel changed
    [InlineData("Halifah", "Hanifah", false)] // another consonant
    [InlineData("Primsystem", "Primsysteme", false)] // an ending added
    public void A_surname_alone_needs_a_close_variant(string a, string b, bool close) => Assert.Equal(close, NameSkeleton.AreCloseVariants(a, b));

    [Fact]
    public void Block_keys_of_spellings_one_edit_apart_meet()
    {
        var pairs = new[] { ("Reinholt", "Rienholt"), ("Gianakos", "Yianakos"), ("Castellvi", "Castelvi"), ("Berdashev", "Berdashov"), ("Oskarova", "Oskarovna") };
        foreach (var (a, b) in pairs)
        {
            var keysA = NameSkeleton.BlockKeys(NameSkeleton.Of(a)).ToHashSet();
            Assert.True(NameSkeleton.BlockKeys(NameSkeleton.Of(b)).Any(keysA.Contains), $"{a}/{b}");
        }
    }
}
