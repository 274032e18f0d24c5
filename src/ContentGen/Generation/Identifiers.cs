using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Generation
{
    /// <summary>Builds valid, stable C# identifiers from free text (slugs, names, units), whatever it holds.</summary>
    internal static class Identifiers
    {
        /// <summary>"sochi-talks" → "SochiTalks"; "000-intro" → "_000Intro"; "" → the fallback.</summary>
        public static string Pascal(string text, string fallback)
        {
            var builder = new StringBuilder(text.Length);
            var upperNext = true;
            foreach (var c in text.Normalize(NormalizationForm.FormC))
            {
                if (SyntaxFacts.IsIdentifierPartCharacter(c) && c != '_' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
                {
                    builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                    upperNext = false;
                }
                else
                {
                    upperNext = true;
                }
            }

            var name = builder.Length == 0 ? fallback : builder.ToString();
            if (!SyntaxFacts.IsIdentifierStartCharacter(name[0]))
            {
                name = "_" + name;
            }

            if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
            {
                name = "_" + name;
            }

            return name;
        }

        /// <summary>Returns <paramref name="name"/>, or name2, name3, … — the first not taken — and takes it.</summary>
        public static string Unique(string name, HashSet<string> taken)
        {
            var candidate = name;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
