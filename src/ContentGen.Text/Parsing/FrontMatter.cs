using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Parsing
{
    /// <summary>The values an article's front matter declares; null where a key is absent.</summary>
    internal sealed class FrontMatter
    {
        public static readonly string[] Keys = { "title", "slug", "kicker", "source", "date", "author", "tags", "credit", "accept" };

        public string? Title { get; set; }
        public string? Slug { get; set; }
        public string? Kicker { get; set; }
        public string? Source { get; set; }
        public ArticleDate? Date { get; set; }
        public string? Author { get; set; }
        public string? Credit { get; set; }
        public List<string> Tags { get; } = new();

        /// <summary>Findings the editor has accepted for this article (see "Accepting one finding" in docs/configuration.md).</summary>
        public List<string> Accepted { get; } = new();

        public List<FrontMatterIssue> Issues { get; } = new();

        /// <summary>Index of the first body line in the line list.</summary>
        public int BodyStartLine { get; set; }
    }
}
