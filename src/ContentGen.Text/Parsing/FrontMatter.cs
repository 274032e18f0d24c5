using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Parsing
{
    /// <summary>The values an article's front matter declares; null where a key is absent.</summary>
    internal sealed class FrontMatter
    {
        public static readonly string[] Keys = { "title", "slug", "kicker", "source", "date", "author", "tags", "credit", "accept" };

        /// <summary>Keys that take a list (block <c>- item</c> lines or a flow <c>[a, b]</c>); the others take one value.</summary>
        public static readonly string[] ListKeys = { "tags", "accept" };

        public string? Title { get; set; }
        public string? Slug { get; set; }
        public string? Kicker { get; set; }
        public string? Source { get; set; }
        public ArticleDate? Date { get; set; }
        public string? Author { get; set; }
        public string? Credit { get; set; }
        public List<string> Tags { get; } = new();

        /// <summary>Findings the editor has accepted for this article (see docs/configuration.md).</summary>
        public List<string> Accepted { get; } = new();

        /// <summary>Where each <see cref="Accepted"/> entry is written, in the same order (a stale one is reported there).</summary>
        public List<TextRange> AcceptRanges { get; } = new();

        public List<LineIssue> Issues { get; } = new();

        /// <summary>Index of the first body line in the line list.</summary>
        public int BodyStartLine { get; set; }
    }
}
