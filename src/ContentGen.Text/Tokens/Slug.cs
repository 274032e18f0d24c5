using System.Text;

namespace ContentGen.Text.Tokens
{
    /// <summary>Turns a file name or front-matter value into a URL-style slug: "Sochi Talks (2021)" → "sochi-talks-2021".</summary>
    internal static class Slug
    {
        public static string From(string value)
        {
            var folded = NameSkeleton.FoldDiacritics(value.Trim().ToLowerInvariant());
            var builder = new StringBuilder(folded.Length);
            var pendingDash = false;
            foreach (var c in folded)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (pendingDash && builder.Length > 0)
                    {
                        builder.Append('-');
                    }

                    pendingDash = false;
                    builder.Append(c);
                }
                else
                {
                    pendingDash = true;
                }
            }

            return builder.Length == 0 ? "article" : builder.ToString();
        }
    }
}
