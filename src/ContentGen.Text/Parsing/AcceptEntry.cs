namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// Reads the value of an <c>accept:</c> line, in front matter or the glossary: a rule ID and, optionally, the
    /// quoted text it accepts (<c>CG1002 "had had"</c>). Parsing only: what an entry accepts is decided by the checks.
    /// </summary>
    internal static class AcceptEntry
    {
        public static (string RuleId, string? Text) Parse(string entry)
        {
            var trimmed = entry.Trim();
            var space = trimmed.IndexOf(' ');
            var id = (space < 0 ? trimmed : trimmed.Substring(0, space)).ToUpperInvariant();
            if (space < 0)
            {
                return (id, null);
            }

            var rest = trimmed.Substring(space + 1).Trim();
            if (rest.Length >= 2 && (rest[0] == '"' || rest[0] == '\u201C') && (rest[rest.Length - 1] == '"' || rest[rest.Length - 1] == '\u201D'))
            {
                rest = rest.Substring(1, rest.Length - 2);
            }

            return (id, rest.Length == 0 ? null : rest);
        }
    }
}
