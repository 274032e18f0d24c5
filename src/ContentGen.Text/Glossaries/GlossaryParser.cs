using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Text.Extraction;
using ContentGen.Text.Model;
using ContentGen.Text.Parsing;

namespace ContentGen.Text.Glossaries
{
    /// <summary>Reads <c>ContentGen.glossary</c>. Every line it cannot use becomes an issue with its line and reason.</summary>
    internal static class GlossaryParser
    {
        public const string FileName = "ContentGen.glossary";

        public static Glossary Parse(string path, string text)
        {
            var names = new List<GlossaryName>();
            var facts = new List<GlossaryFact>();
            var accepted = new List<GlossaryAccept>();
            var issues = new List<LineIssue>();
            foreach (var line in SourceLine.Split(text))
            {
                var raw = line.Text(text);
                var content = StripComment(raw).Trim();
                if (content.Length == 0)
                {
                    continue;
                }

                var range = new TextRange(line.Start, line.Length);
                void Issue(string message) => issues.Add(new LineIssue(line.Number, message, range));

                if (StartsWithKey(content, "fact", out var factText))
                {
                    ReadFact(factText, line.Number, range, facts, Issue);
                }
                else if (StartsWithKey(content, "accept", out var acceptText))
                {
                    ReadAccept(acceptText, line.Number, range, accepted, Issue);
                }
                else if (content.IndexOf('=') > 0)
                {
                    ReadName(content, line.Number, range, names, Issue);
                }
                else
                {
                    Issue($"Glossary line '{MessageText.Short(content)}' is not 'Canonical Name = Variant, Variant', 'fact: ...' or 'accept: ...'");
                }
            }

            return new Glossary(path, names, facts, accepted, issues);
        }

        private static void ReadName(string content, int lineNumber, TextRange range, List<GlossaryName> names, Action<string> issue)
        {
            var equals = content.IndexOf('=');
            var canonical = content.Substring(0, equals).Trim();
            var variants = content.Substring(equals + 1).Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
            if (canonical.Length == 0 || !canonical.Any(char.IsLetter))
            {
                issue("The canonical name before '=' is empty");
                return;
            }

            if (variants.Count == 0)
            {
                issue($"No variants after '=' for '{MessageText.Short(canonical)}'; list the spellings it replaces, separated by commas");
                return;
            }

            if (variants.Any(v => string.Equals(v, canonical, StringComparison.Ordinal)))
            {
                issue($"'{MessageText.Short(canonical)}' lists itself as a variant");
                return;
            }

            var clash = names.FirstOrDefault(n => n.Variants.Contains(canonical) || variants.Any(v => v == n.Canonical));
            if (clash is not null)
            {
                issue($"'{MessageText.Short(canonical)}' conflicts with the entry for '{MessageText.Short(clash.Canonical)}' at line {clash.Line}: a spelling cannot be both canonical and a variant");
                return;
            }

            names.Add(new GlossaryName(canonical, variants.ToEquatableArray(), lineNumber, range));
        }

        private static void ReadFact(string text, int lineNumber, TextRange range, List<GlossaryFact> facts, Action<string> issue)
        {
            string? when = null;
            var whenAt = text.IndexOf(" when ", StringComparison.OrdinalIgnoreCase);
            var figureText = text;
            if (whenAt >= 0)
            {
                when = text.Substring(whenAt + 6).Trim();
                figureText = text.Substring(0, whenAt).Trim();
            }

            var paragraph = new ParsedParagraph(figureText, new[] { new TextSegment(0, 0, figureText.Length) }.ToEquatableArray());
            var figures = FigureExtractor.Extract(new[] { paragraph });
            if (figures.Count != 1)
            {
                issue($"Fact '{MessageText.Short(figureText)}' is not one figure with what it counts; write it like 'fact: some 2,000 peacekeepers when Karabakh'");
                return;
            }

            facts.Add(new GlossaryFact(figures[0], string.IsNullOrEmpty(when) ? null : when, lineNumber, range, figureText));
        }

        private static void ReadAccept(string text, int lineNumber, TextRange range, List<GlossaryAccept> accepted, Action<string> issue)
        {
            string? file = null;
            var inAt = text.LastIndexOf(" in ", StringComparison.Ordinal);
            if (inAt > 0 && text.Substring(inAt + 4).Trim() is { Length: > 0 } candidate && candidate.IndexOf('"') < 0)
            {
                file = candidate;
                text = text.Substring(0, inAt);
            }

            var (ruleId, quoted) = AcceptEntry.Parse(text);
            if (ruleId.Length != 6 || !ruleId.StartsWith("CG", StringComparison.Ordinal) || !ruleId.Substring(2).All(char.IsDigit))
            {
                issue($"'{MessageText.Short(ruleId)}' is not a ContentGen diagnostic ID; write 'accept: CG2001 \"text\" in file.txt'");
                return;
            }

            accepted.Add(new GlossaryAccept(ruleId, quoted, file) { Line = lineNumber, Range = range });
        }

        private static bool StartsWithKey(string content, string key, out string rest)
        {
            rest = string.Empty;
            if (content.Length > key.Length && content.StartsWith(key, StringComparison.OrdinalIgnoreCase) && content[key.Length] == ':')
            {
                rest = content.Substring(key.Length + 1).Trim();
                return true;
            }

            return false;
        }

        private static string StripComment(string line)
        {
            var hash = line.IndexOf('#');
            return hash >= 0 ? line.Substring(0, hash) : line;
        }
    }
}
