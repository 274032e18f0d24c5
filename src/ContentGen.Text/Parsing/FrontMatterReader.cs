using System;
using System.Collections.Generic;
using System.Globalization;
using ContentGen.Text.Model;

namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// Reads optional front matter: a first line <c>---</c>, <c>key: value</c> lines, a closing <c>---</c>.
    /// Every line it cannot use becomes a <see cref="FrontMatterIssue"/> naming the line and the reason.
    /// </summary>
    internal static class FrontMatterReader
    {
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
                result.Issues.Add(new FrontMatterIssue(line.Number, "Front matter opened with '---' is never closed; add a line '---' after the last key", new TextRange(line.Start, line.Length)));
                result.BodyStartLine = first + 1;
                return result;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = first + 1; i < close; i++)
            {
                ReadLine(text, lines[i], result, seen);
            }

            result.BodyStartLine = close + 1;
            return result;
        }

        private static void ReadLine(string text, SourceLine line, FrontMatter result, HashSet<string> seen)
        {
            var raw = line.Text(text);
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                return;
            }

            var range = new TextRange(line.Start, line.Length);
            var colon = trimmed.IndexOf(':');
            if (colon <= 0)
            {
                result.Issues.Add(new FrontMatterIssue(line.Number, $"Front matter line '{MessageText.Short(trimmed)}' is not 'key: value'", range));
                return;
            }

            var key = trimmed.Substring(0, colon).Trim().ToLowerInvariant();
            var value = Unquote(trimmed.Substring(colon + 1).Trim());
            if (Array.IndexOf(FrontMatter.Keys, key) < 0)
            {
                result.Issues.Add(new FrontMatterIssue(line.Number, $"Unknown front matter key '{MessageText.Short(key)}'; known keys are {string.Join(", ", FrontMatter.Keys)}", range));
                return;
            }

            if (key != "accept" && !seen.Add(key))
            {
                result.Issues.Add(new FrontMatterIssue(line.Number, $"Front matter key '{key}' is given twice; the first value is kept", range));
                return;
            }

            if (value.Length == 0 && key != "tags")
            {
                result.Issues.Add(new FrontMatterIssue(line.Number, $"Front matter key '{key}' has no value", range));
                return;
            }

            switch (key)
            {
                case "title": result.Title = value; break;
                case "slug": result.Slug = value; break;
                case "kicker": result.Kicker = value; break;
                case "source": result.Source = value; break;
                case "author": result.Author = value; break;
                case "credit": result.Credit = value; break;
                case "accept": result.Accepted.Add(value); break;
                case "tags":
                    foreach (var tag in value.Trim('[', ']').Split(','))
                    {
                        var t = Unquote(tag.Trim());
                        if (t.Length > 0)
                        {
                            result.Tags.Add(t);
                        }
                    }

                    break;
                case "date":
                    if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        result.Date = new ArticleDate(date.Year, date.Month, date.Day);
                    }
                    else
                    {
                        result.Issues.Add(new FrontMatterIssue(line.Number, $"Date '{MessageText.Short(value)}' is not an ISO date; write it as yyyy-MM-dd, e.g. 2021-11-26", range));
                    }

                    break;
            }
        }

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

        private static string Unquote(string value) =>
            value.Length >= 2 && ((value[0] == '"' && value[value.Length - 1] == '"') || (value[0] == '\'' && value[value.Length - 1] == '\''))
                ? value.Substring(1, value.Length - 2)
                : value;
    }
}
