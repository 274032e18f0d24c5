using System;
using System.Collections.Generic;
using System.Globalization;
using ContentGen.Text.Corpus;
using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1007: characters a reader cannot see or that show the text was mangled: bidirectional controls (the
    /// Trojan Source attack, CVE-2021-42574, works on any text an app displays), control characters and NUL,
    /// U+FFFD replacement characters, unpaired surrogates, and mojibake ("â€™" for "’", "Ã©" for "é": UTF-8 read as
    /// Windows-1252) are reported where they stand. Zero-width spaces and word joiners are a nuisance web pages are
    /// full of, not damage: only one inside a word (where it breaks search and spelling) is reported, once per file
    /// with a count. Soft hyphens are ordinary web typography and are
    /// not reported; zero-width (non-)joiners are left alone too: scripts and emoji need them. However many
    /// problems a file has, it never gets more than <see cref="MaxPerKind"/> findings of one kind plus one that
    /// counts the rest (a binary file gets one per kind): one bad file must not bury every other finding.
    /// </summary>
    internal sealed class HiddenCharacterRule : IArticleRule
    {
        public static RuleInfo Metadata { get; } = new(RuleIds.HiddenCharacter, "Invisible, control or mangled characters", RuleCategory.Content) { ChecksUnusableFiles = true, LimitsItsFindings = true, Fix = "delete the invisible characters, or repair the mojibake" };

        public RuleInfo Info => Metadata;

        /// <summary>Findings of one kind reported one by one before the rest are counted in one more.</summary>
        public const int MaxPerKind = 20;

        public void Check(ArticleText article, List<Finding> findings)
        {
            var text = article.Text;
            var perKind = article.Article.IsUnusable ? 1 : MaxPerKind;
            Dictionary<string, Tally>? tallies = null; // most texts have nothing to report
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];

                // Printable ASCII and line breaks are almost all of any text, and never a problem nor mojibake.
                if (c is >= ' ' and <= '~' or '\n' or '\r')
                {
                    continue;
                }

                if (IsPairedSurrogate(text, i))
                {
                    i++;
                    continue;
                }

                var problem = Describe(c);
                if (problem is not null)
                {
                    // A run of hidden characters is one finding, whatever their kinds: one thing for the editor to
                    // delete, and crafted text alternating kinds cannot turn each character into a diagnostic.
                    var end = i + 1;
                    var mixed = false;
                    var bidi = IsBidiControl(c);
                    var quiet = IsNuisance(c);
                    while (end < text.Length && !IsPairedSurrogate(text, end) && (text[end] == SoftHyphen || Describe(text[end]) is not null))
                    {
                        if (Describe(text[end]) is { } next)
                        {
                            mixed |= next != problem;
                            bidi |= IsBidiControl(text[end]);
                            quiet &= IsNuisance(text[end]);
                        }

                        end++;
                    }

                    // A zero-width space between words or on a line of its own does no harm; inside a word it
                    // breaks search and spelling ("pass\u200Bword"), so only there is it worth one finding per file.
                    if (quiet && !(i > 0 && char.IsLetterOrDigit(text[i - 1]) && end < text.Length && char.IsLetterOrDigit(text[end])))
                    {
                        i = end - 1;
                        continue;
                    }

                    var more = CountHidden(text, i + 1, end);
                    var others = more == 0 ? "" : mixed ? $" (and {more} more hidden character{(more == 1 ? "" : "s")})" : $" (and {more} more)";
                    var kind = quiet ? "nuisance" : bidi ? "bidi" : problem;
                    var limit = quiet ? 1 : perKind;
                    Add(findings, ref tallies, kind, limit, new TextRange(i, end - i), $"{problem} {Code(c)}{others}", Advice(bidi ? '\u202E' : c));
                    i = end - 1;
                    continue;
                }

                var mojibake = MojibakeLength(text, i);
                if (mojibake > 0)
                {
                    var sample = text.Substring(i, mojibake);
                    Add(findings, ref tallies, "mojibake", perKind, new TextRange(i, mojibake), $"Mojibake '{sample}'", "UTF-8 text was decoded as Windows-1252; replace it with the character meant (often ’, “, ” or an accented letter)");
                    i += mojibake - 1;
                }
            }

            if (tallies is null)
            {
                return;
            }

            // The findings past the limit of a kind are counted in the last one reported of that kind.
            foreach (var tally in tallies.Values)
            {
                if (tally.Extra > 0)
                {
                    var finding = findings[tally.Last];
                    findings[tally.Last] = finding with { Message = $"{tally.Head}; {tally.Extra} more like it in this file (not reported one by one); {tally.Advice}" };
                }
            }
        }

        private void Add(List<Finding> findings, ref Dictionary<string, Tally>? tallies, string kind, int limit, TextRange range, string head, string advice)
        {
            tallies ??= new Dictionary<string, Tally>(StringComparer.Ordinal);
            if (!tallies.TryGetValue(kind, out var tally))
            {
                tally = new Tally();
                tallies[kind] = tally;
            }

            if (tally.Reported >= limit)
            {
                tally.Extra++;
                return;
            }

            tally.Reported++;
            tally.Last = findings.Count;
            tally.Head = head + " in the text";
            tally.Advice = advice;
            findings.Add(new Finding(Info.Id, range, $"{head} in the text; {advice}"));
        }

        private sealed class Tally
        {
            public int Reported;
            public int Extra;
            public int Last;
            public string Head = string.Empty;
            public string Advice = string.Empty;
        }

        private const char SoftHyphen = '\u00AD';

        // Zero-width spaces and word joiners: left by web pages and editors, invisible and harmless to a reader.
        private static bool IsNuisance(char c) => c is '\u200B' or '\u2060';

        private static int CountHidden(string text, int from, int to)
        {
            var n = 0;
            for (var i = from; i < to; i++)
            {
                n += text[i] == SoftHyphen ? 0 : 1;
            }

            return n;
        }

        private static string? Describe(char c)
        {
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C')
            {
                return "Invisible bidirectional control";
            }

            if (c is '\u200B' or '\u2060' or '\uFEFF' or '\u180E' or '\u2061' or '\u2062' or '\u2063' or '\u2064')
            {
                return "Invisible character";
            }

            if (c == '\0')
            {
                return "NUL character";
            }

            if (c == '\uFFFD')
            {
                return "Replacement character";
            }

            if (char.IsSurrogate(c))
            {
                return "Unpaired surrogate";
            }

            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            {
                return "Control character";
            }

            return null;
        }

        private static string Advice(char c) => c switch
        {
            '\uFFFD' => "the original character was lost when the file was decoded; restore it from the source",
            _ when IsBidiControl(c) => "it can make text display differently from how it is stored (Trojan Source); delete it",
            _ => "delete it",
        };

        private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

        private static bool IsPairedSurrogate(string text, int i) =>
            char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

        private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        // "Ã©", "â€™", "Â ": the lead bytes of UTF-8 sequences shown as Windows-1252 characters.
        private static int MojibakeLength(string text, int i)
        {
            var c = text[i];
            if (i + 1 >= text.Length)
            {
                return 0;
            }

            var next = text[i + 1];
            if (c == 'Ã' && IsContinuation(next))
            {
                return 2;
            }

            if (c == 'Â' && next is >= '\u00A0' and <= '\u00BF')
            {
                return 2;
            }

            if (c == 'â' && next == '€' && i + 2 < text.Length && (IsContinuation(text[i + 2]) || text[i + 2] is >= '\u2013' and <= '\u2122' || text[i + 2] is 'œ' or 'š' or 'ž' or 'Ÿ' or '¢' or '¦'))
            {
                return 3;
            }

            return 0;
        }

        // Windows-1252 renders UTF-8 continuation bytes 0x80–0xBF as these characters.
        private static bool IsContinuation(char c) =>
            c is >= '\u00A0' and <= '\u00BF' or '€' or '‚' or 'ƒ' or '„' or '…' or '†' or '‡' or 'ˆ' or '‰' or 'Š' or '‹' or 'Œ' or 'Ž' or '‘' or '’' or '“' or '”' or '•' or '–' or '—' or '˜' or '™' or 'š' or '›' or 'œ' or 'ž' or 'Ÿ';
    }
}
