using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ContentGen.Text.Model;
using ContentGen.Text.Tokens;

namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// Reads optional front matter: a first line <c>---</c>, <c>key: value</c> lines, a closing <c>---</c>. The values
    /// are the subset of YAML that writers and static-site tools write for the supported keys (docs/configuration.md):
    /// plain, single- and double-quoted scalars, flow lists <c>[a, "b"]</c>, block lists (<c>tags:</c> then
    /// <c>- chess</c> lines), comments, and dates with a time. No YAML library: this is compiled into the analyzer.
    /// Every line it cannot use becomes a <see cref="LineIssue"/> naming the line and the reason.
    /// </summary>
    internal static class FrontMatterReader
    {
        // yyyy-MM-dd, optionally with a time (T, t or a space) and a zone: what YAML timestamps and ISO 8601 allow.
        private static readonly Regex IsoDate = new(
            @"^(?<date>\d{4}-\d{2}-\d{2})(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$",
            RegexOptions.CultureInvariant);

        // Names other tools give these keys, which edit distance would not find.
        private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
        {
            ["categories"] = "tags",
            ["keywords"] = "tags",
            ["published"] = "date",
            ["pubdate"] = "date",
            ["publishdate"] = "date",
            ["byline"] = "author",
            ["headline"] = "title",
        };

        public static FrontMatter Read(string text, List<SourceLine> lines)
        {
            var result = new FrontMatter();
            var first = FirstNonBlank(text, lines);
            if (first < 0 || lines[first].Text(text).Trim() != "---")
            {
                return result;
            }

            var close = -1;
            for (var i = first + 1; i < lines.Count; i++)
            {
                if (lines[i].Text(text).Trim() == "---")
                {
                    close = i;
                    break;
                }
            }

            if (close < 0)
            {
                // Without a closing fence nothing is front matter: the lines stay in the body, so no text is lost.
                var line = lines[first];
                result.Issues.Add(new LineIssue(line.Number, "Front matter opened with '---' is never closed; add a line '---' after the last key", new TextRange(line.Start, line.Length)));
                result.BodyStartLine = first + 1;
                return result;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = first + 1;
            while (index < close)
            {
                index = ReadEntry(text, lines, index, close, result, seen);
            }

            result.BodyStartLine = close + 1;
            return result;
        }

        /// <summary>Reads the key on line <paramref name="index"/> and its block list, if any; returns the next line to read.</summary>
        private static int ReadEntry(string text, List<SourceLine> lines, int index, int close, FrontMatter result, HashSet<string> seen)
        {
            var line = lines[index];
            var raw = line.Text(text);
            var trimmed = raw.Trim();
            var range = new TextRange(line.Start, line.Length);
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                return index + 1;
            }

            if (IsListItem(trimmed))
            {
                Issue(result, line, $"List item '{MessageText.Short(trimmed)}' belongs to no key; put it under a line 'tags:' or 'accept:'", range);
                return index + 1;
            }

            var colon = trimmed.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(raw[0]))
            {
                // An indented line would continue a multi-line value, which this subset does not have.
                var why = colon > 0 ? "; a value is written on one line (indented continuation lines are not supported)" : string.Empty;
                Issue(result, line, $"Front matter line '{MessageText.Short(trimmed)}' is not 'key: value'{why}", range);
                return index + 1;
            }

            var keyText = trimmed.Substring(0, colon).Trim();
            var key = keyText.ToLowerInvariant();
            var rest = trimmed.Substring(colon + 1);

            // The block list under this key: the following '- item' lines (indented or not, as YAML allows under a key).
            var next = index + 1;
            var items = new List<SourceLine>();
            while (next < close && (IsListItem(lines[next].Text(text).Trim()) || IsBlankOrComment(lines[next].Text(text))))
            {
                if (IsListItem(lines[next].Text(text).Trim()))
                {
                    items.Add(lines[next]);
                }

                next++;
            }

            // Blank and comment lines after the last item belong to no one; the next key starts after the last item.
            next = items.Count > 0 ? IndexAfter(lines, items[items.Count - 1], index) : index + 1;

            if (Array.IndexOf(FrontMatter.Keys, key) < 0)
            {
                var keyStart = line.Start + raw.IndexOf(keyText, StringComparison.Ordinal);
                var suggestion = Suggest(key) is { } known ? $"did you mean '{known}'? " : string.Empty;
                Issue(result, line, $"Unknown front matter key '{MessageText.Short(keyText)}'; {suggestion}known keys are {string.Join(", ", FrontMatter.Keys)}", new TextRange(keyStart, keyText.Length));
                return next;
            }

            var isList = Array.IndexOf(FrontMatter.ListKeys, key) >= 0;
            if (key != "accept" && !seen.Add(key))
            {
                Issue(result, line, $"Front matter key '{key}' is given twice; the first value is kept", range);
                return next;
            }

            var valueStart = line.Start + raw.IndexOf(':') + 1;
            if (IsBlankOrComment(rest))
            {
                if (items.Count > 0 && !isList)
                {
                    Issue(result, line, $"Front matter key '{key}' takes one value, not a list; write '{key}: value'", range);
                    return next;
                }

                foreach (var item in items)
                {
                    ReadListItem(text, item, key, result);
                }

                if (items.Count == 0 && key != "tags")
                {
                    Issue(result, line, $"Front matter key '{key}' has no value", range);
                }

                return next;
            }

            if (items.Count > 0)
            {
                Issue(result, items[0], $"List item '{MessageText.Short(items[0].Text(text).Trim())}' follows '{key}:', which already has a value; write the value as a list item or drop the item", new TextRange(items[0].Start, items[0].Length));
            }

            var value = rest.TrimStart();
            var offset = valueStart + (rest.Length - value.Length);
            if (value[0] == '[')
            {
                if (!isList)
                {
                    Issue(result, line, $"Front matter key '{key}' takes one value, not a list; write '{key}: value'", range);
                    return next;
                }

                if (ReadFlowList(value, out var values) is { } flowProblem)
                {
                    Issue(result, line, flowProblem, range);
                    return next;
                }

                foreach (var v in values)
                {
                    Assign(result, key, v, line, new TextRange(offset, value.Length));
                }

                return next;
            }

            if (ReadScalar(value, out var scalar) is { } problem)
            {
                Issue(result, line, problem, range);
                return next;
            }

            if (scalar.Length == 0 && key != "tags")
            {
                Issue(result, line, $"Front matter key '{key}' has no value", range);
                return next;
            }

            if (key == "tags")
            {
                // Some tools write tags as one comma-separated string ('tags: culture, libraries').
                foreach (var tag in scalar.Split(','))
                {
                    Assign(result, key, tag.Trim(), line, range);
                }

                return next;
            }

            Assign(result, key, scalar, line, new TextRange(offset, value.Length));
            return next;
        }

        private static void ReadListItem(string text, SourceLine item, string key, FrontMatter result)
        {
            var raw = item.Text(text);
            var dash = raw.IndexOf('-');
            var value = raw.Substring(dash + 1).Trim();
            var range = new TextRange(item.Start, item.Length);
            if (ReadScalar(value, out var scalar) is { } problem)
            {
                Issue(result, item, problem, range);
                return;
            }

            if (scalar.Length == 0)
            {
                Issue(result, item, $"List item under '{key}:' is empty", range);
                return;
            }

            var start = item.Start + raw.IndexOf(value, dash + 1, StringComparison.Ordinal);
            Assign(result, key, scalar, item, new TextRange(start, value.Length));
        }

        private static void Assign(FrontMatter result, string key, string value, SourceLine line, TextRange range)
        {
            switch (key)
            {
                case "title": result.Title = value; break;
                case "slug": result.Slug = value; break;
                case "kicker": result.Kicker = value; break;
                case "source": result.Source = value; break;
                case "author": result.Author = value; break;
                case "credit": result.Credit = value; break;
                case "accept":
                    var ruleId = AcceptEntry.Parse(value).RuleId;
                    if (ruleId.Length != 6 || !ruleId.StartsWith("CG", StringComparison.Ordinal) || !ruleId.Substring(2).All(char.IsDigit))
                    {
                        Issue(result, line, $"'{MessageText.Short(ruleId)}' is not a ContentGen diagnostic ID; write 'accept: CG1002 \"text\"'", range);
                        break;
                    }

                    result.Accepted.Add(value);
                    result.AcceptRanges.Add(range);
                    break;
                case "tags":
                    if (value.Length > 0)
                    {
                        result.Tags.Add(value);
                    }

                    break;
                case "date":
                    var match = IsoDate.Match(value);
                    if (match.Success && DateTime.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        // The day as written: a time and zone do not move it (converted to UTC, 00:30+02:00 would be the day before).
                        result.Date = new ArticleDate(date.Year, date.Month, date.Day);
                    }
                    else
                    {
                        Issue(result, line, $"Date '{MessageText.Short(value)}' is not an ISO date; write it as yyyy-MM-dd, e.g. 2021-11-26 (a time may follow: 2021-11-26T09:00:00Z)", range);
                    }

                    break;
            }
        }

        /// <summary>
        /// One scalar: <c>"double"</c> (with backslash escapes), <c>'single'</c> (<c>''</c> is a quote) or plain (up to
        /// a <c> #</c> comment); the problem, or null.
        /// </summary>
        private static string? ReadScalar(string value, out string scalar)
        {
            scalar = string.Empty;
            if (value.Length == 0)
            {
                return null;
            }

            switch (value[0])
            {
                case '"':
                case '\'':
                    var end = ReadQuoted(value, 0, out scalar);
                    if (end < 0)
                    {
                        return $"Value {MessageText.Short(value)} has no closing {value[0]}";
                    }

                    return IsBlankOrComment(value.Substring(end)) ? null : $"Value {MessageText.Short(value)} has text after its closing quote; quote the whole value";
                case '|':
                case '>':
                    return $"Multi-line values ('{value[0]}') are not supported in front matter; write the value on one line";
                case '{':
                    return $"Value '{MessageText.Short(value)}' is a mapping; front matter values are text, dates or lists";
                case '&':
                case '*':
                case '!':
                    return $"Value '{MessageText.Short(value)}' uses a YAML anchor, alias or tag, which front matter does not support; write the value itself";
            }

            scalar = StripComment(value);
            return null;
        }

        /// <summary>Reads a quoted scalar starting at <paramref name="start"/>; returns the index after the closing quote, or -1.</summary>
        private static int ReadQuoted(string value, int start, out string scalar)
        {
            var quote = value[start];
            var builder = new StringBuilder();
            for (var i = start + 1; i < value.Length; i++)
            {
                var c = value[i];
                if (quote == '\'' && c == '\'')
                {
                    if (i + 1 < value.Length && value[i + 1] == '\'')
                    {
                        builder.Append('\'');
                        i++;
                        continue;
                    }

                    scalar = builder.ToString();
                    return i + 1;
                }

                if (quote == '"' && c == '"')
                {
                    scalar = builder.ToString();
                    return i + 1;
                }

                if (quote == '"' && c == '\\' && i + 1 < value.Length)
                {
                    var e = value[++i];
                    switch (e)
                    {
                        case 'n': builder.Append('\n'); break;
                        case 't': builder.Append('\t'); break;
                        case '0': builder.Append('\0'); break;
                        case 'u' when i + 4 < value.Length && int.TryParse(value.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                            builder.Append((char)code);
                            i += 4;
                            break;
                        default: builder.Append(e); break; // \" \\ \/ and anything else: the character itself
                    }

                    continue;
                }

                builder.Append(c);
            }

            scalar = string.Empty;
            return -1;
        }

        /// <summary>A flow list <c>[a, "b, c", 'd']</c>: its items, or the problem.</summary>
        private static string? ReadFlowList(string value, out List<string> items)
        {
            items = new List<string>();
            var i = 1;
            while (true)
            {
                while (i < value.Length && char.IsWhiteSpace(value[i]))
                {
                    i++;
                }

                if (i >= value.Length)
                {
                    return $"List {MessageText.Short(value)} has no closing ']'";
                }

                if (value[i] == ']')
                {
                    return IsBlankOrComment(value.Substring(i + 1)) ? null : $"List {MessageText.Short(value)} has text after its closing ']'";
                }

                string item;
                if (value[i] == '"' || value[i] == '\'')
                {
                    var end = ReadQuoted(value, i, out item);
                    if (end < 0)
                    {
                        return $"List {MessageText.Short(value)} has an item with no closing {value[i]}";
                    }

                    i = end;
                }
                else
                {
                    var end = i;
                    while (end < value.Length && value[end] != ',' && value[end] != ']')
                    {
                        end++;
                    }

                    item = value.Substring(i, end - i).Trim();
                    i = end;
                }

                if (item.Length > 0)
                {
                    items.Add(item);
                }

                while (i < value.Length && char.IsWhiteSpace(value[i]))
                {
                    i++;
                }

                if (i < value.Length && value[i] == ',')
                {
                    i++;
                }
                else if (i < value.Length && value[i] != ']')
                {
                    return $"List {MessageText.Short(value)} needs a comma between items";
                }
            }
        }

        /// <summary>
        /// A plain value without its <c> # </c> comment. Stricter than YAML, so no title loses text: the <c>#</c> must
        /// stand alone (<c>Issue #5</c> stays whole), and one inside double quotes within the value stays
        /// (<c>accept: CG1002 "a # b"</c> quotes flagged text).
        /// </summary>
        private static string StripComment(string value)
        {
            var quoted = false;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (value[i] == '#' && !quoted && (i == 0 || char.IsWhiteSpace(value[i - 1])) && (i + 1 == value.Length || char.IsWhiteSpace(value[i + 1])))
                {
                    return value.Substring(0, i).Trim();
                }
            }

            return value.Trim();
        }

        /// <summary>The known key a mistyped one most likely meant: a common alias, or one within a small edit distance.</summary>
        public static string? Suggest(string key)
        {
            key = key.ToLowerInvariant().Replace("_", string.Empty).Replace("-", string.Empty);
            if (Aliases.TryGetValue(key, out var alias))
            {
                return alias;
            }

            string? best = null;
            var limit = key.Length <= 4 ? 1 : 2;
            var bestDistance = int.MaxValue;
            foreach (var known in FrontMatter.Keys)
            {
                var distance = EditDistance.Between(key, known);
                if (distance <= limit && distance < bestDistance)
                {
                    (best, bestDistance) = (known, distance);
                }
            }

            return best;
        }

        private static bool IsListItem(string trimmed) => trimmed.Length > 0 && trimmed[0] == '-' && (trimmed.Length == 1 || char.IsWhiteSpace(trimmed[1]));

        private static bool IsBlankOrComment(string text)
        {
            var trimmed = text.Trim();
            return trimmed.Length == 0 || trimmed[0] == '#';
        }

        private static int IndexAfter(List<SourceLine> lines, SourceLine line, int from)
        {
            for (var i = from; i < lines.Count; i++)
            {
                if (lines[i].Number == line.Number)
                {
                    return i + 1;
                }
            }

            return from + 1;
        }

        private static void Issue(FrontMatter result, SourceLine line, string message, TextRange range) =>
            result.Issues.Add(new LineIssue(line.Number, message, range));

        private static int FirstNonBlank(string text, List<SourceLine> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(lines[i].Text(text)))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
