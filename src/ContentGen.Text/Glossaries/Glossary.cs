using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Glossaries
{
    /// <summary>
    /// The project's <c>ContentGen.glossary</c>: canonical name spellings with their variants, curated facts that
    /// articles are checked against, and accepted findings. See docs/glossary.md for the format.
    /// </summary>
    internal sealed class Glossary
    {
        public static readonly Glossary Empty = new(string.Empty, new List<GlossaryName>(), new List<GlossaryFact>(), new List<GlossaryAccept>(), new List<LineIssue>());

        public Glossary(string path, List<GlossaryName> names, List<GlossaryFact> facts, List<GlossaryAccept> accepted, List<LineIssue> issues)
        {
            Path = path;
            Names = names;
            Facts = facts;
            Accepted = accepted;
            Issues = issues;
        }

        public string Path { get; }

        public IReadOnlyList<GlossaryName> Names { get; }

        public IReadOnlyList<GlossaryFact> Facts { get; }

        public IReadOnlyList<GlossaryAccept> Accepted { get; }

        /// <summary>Lines that could not be read (reported as CG0003 with their line).</summary>
        public IReadOnlyList<LineIssue> Issues { get; }
    }

    /// <summary><c>Nikol Pashinyan = Nikol Pashinian, Pashinian</c>: the canonical spelling and the variants it replaces.</summary>
    internal sealed record GlossaryName(string Canonical, EquatableArray<string> Variants, int Line, TextRange Range);

    /// <summary><c>fact: some 2,000 peacekeepers when Karabakh</c>: a figure articles must agree with.</summary>
    internal sealed record GlossaryFact(ParsedFigure Figure, string? When, int Line, TextRange Range, string Text);

    /// <summary><c>accept: CG2001 "Pashinian" in 004_rfe.txt</c>: a finding accepted for the corpus or one file.</summary>
    internal sealed record GlossaryAccept(string RuleId, string? Text, string? File)
    {
        /// <summary>The glossary line, where an acceptance that matches nothing is reported.</summary>
        public TextRange Range { get; init; }

        public int Line { get; init; }
    }
}
