using System;
using System.Collections.Generic;

namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// What <see cref="PageFurniture"/>'s passes ask of one line's text, worked out once per parse: its words (counted
    /// up to <see cref="MaxWords"/> + 1), how it ends, and the shapes several passes test. A line's text does not
    /// change while the passes run (only its kind does), so the facts hold for all of them. The few facts that need a
    /// regex are worked out the first time a pass asks, and kept: most lines are never asked. Held in an array
    /// element and used in place (the kept answers are written into it).
    /// </summary>
    internal struct LineShape
    {
        /// <summary>The largest limit <see cref="HasMoreWordsThan"/> answers for.</summary>
        public const int MaxWords = 60;

        private const int MaxHeadlineWords = 20;

        private readonly Facts _facts;
        private Asked _asked;
        private Asked _answers;

        public LineShape(string line)
        {
            Words = (byte)LineClassifier.CountWords(line, MaxWords + 1);
            var facts = LineClassifier.EndsSentence(line) ? Facts.EndsSentence : Facts.None;
            facts |= HasLetterPair(line) ? Facts.HasWord : Facts.None;
            if (Words > 20 || ((facts & Facts.EndsSentence) != 0 && Words > 8))
            {
                facts |= Facts.Prose;
            }

            if (line.Length <= 60 && Words <= 6 && IsUpperOnly(line))
            {
                facts |= Facts.ShoutedLabel;
            }

            if (line.Length is >= 30 and <= 200 && Words > 8 && (facts & Facts.EndsSentence) == 0 && FurnitureShapes.HasShoutedLetters(line))
            {
                facts |= Facts.ShoutedTeaser;
            }

            if ((facts & Facts.HasWord) != 0 && HasCaptionShape(line, Words))
            {
                facts |= Facts.CaptionShaped;
            }

            if (line.Length >= 8 && Words <= MaxHeadlineWords && (facts & Facts.HasWord) != 0
                && ((facts & Facts.EndsSentence) == 0 || line[line.Length - 1] is '?' or '"' or '\u201D' or '\u2019' or '\''))
            {
                facts |= Facts.HeadlineShaped;
            }

            if (Words <= 6 && (line.IndexOf(':') < 0 || line[line.Length - 1] == ':'))
            {
                facts |= Facts.Heading;
            }

            _facts = facts;
            _asked = Asked.None;
            _answers = Asked.None;
        }

        /// <summary>The line's words (runs of letters and digits), counted up to <see cref="MaxWords"/> + 1.</summary>
        public byte Words { get; }

        /// <summary>As <see cref="LineClassifier.HasMoreWordsThan"/>, for a limit of at most <see cref="MaxWords"/>.</summary>
        public readonly bool HasMoreWordsThan(int limit) => Words > limit;

        /// <summary>As <see cref="LineClassifier.EndsSentence"/>.</summary>
        public readonly bool EndsSentence => (_facts & Facts.EndsSentence) != 0;

        /// <summary>A word of two letters or more: a separator ("___") or a bare number has none.</summary>
        public readonly bool HasWord => (_facts & Facts.HasWord) != 0;

        /// <summary>A line of running text: more than 20 words, or a sentence of more than 8.</summary>
        public readonly bool IsProse => (_facts & Facts.Prose) != 0;

        /// <summary>A short label in capitals ("CALM WATERS"): at most 60 characters and 6 words, no lower case.</summary>
        public readonly bool IsShoutedLabel => (_facts & Facts.ShoutedLabel) != 0;

        /// <summary>As <see cref="FurnitureShapes.IsShoutedTeaser"/>.</summary>
        public readonly bool IsShoutedTeaser => (_facts & Facts.ShoutedTeaser) != 0;

        /// <summary>A caption's shape: it names what the photo shows, without a pronoun, a quotation or a label.</summary>
        public readonly bool IsCaptionShaped => (_facts & Facts.CaptionShaped) != 0;

        /// <summary>A headline: a few words, no full stop at the end (a question or a quotation may end one).</summary>
        public readonly bool IsHeadlineShaped => (_facts & Facts.HeadlineShaped) != 0;

        /// <summary>A heading over a list: at most six words, no colon but at its end.</summary>
        public readonly bool IsHeading => (_facts & Facts.Heading) != 0;

        /// <summary>As <see cref="FurnitureShapes.IsReaderPrompt"/>, worked out once.</summary>
        public bool IsReaderPrompt(string line) => Ask(Asked.ReaderPrompt, line);

        /// <summary>As <see cref="FurnitureShapes.IsCreditOnly"/>, worked out once.</summary>
        public bool IsCreditOnly(string line) => Ask(Asked.CreditOnly, line);

        /// <summary>As <see cref="FurnitureShapes.IsCreditOnlyOrAgency"/>, worked out once.</summary>
        public bool IsCreditOnlyOrAgency(string line) => IsCreditOnly(line) || Ask(Asked.AgencyCredit, line);

        /// <summary>Whether the line's shape alone says it is a link to another story, worked out once.</summary>
        public bool IsLinkByShape(string line) => Ask(Asked.LinkByShape, line);

        private bool Ask(Asked fact, string line)
        {
            if ((_asked & fact) == 0)
            {
                var answer = fact switch
                {
                    Asked.ReaderPrompt => FurnitureShapes.IsReaderPrompt(line),
                    Asked.CreditOnly => FurnitureShapes.IsCreditOnly(line),
                    Asked.AgencyCredit => FurnitureShapes.IsAgencyCredit(line),
                    _ => FurnitureShapes.Classify(line) == Model.BoilerplateKind.RelatedLinks,
                };
                _asked |= fact;
                _answers |= answer ? fact : Asked.None;
            }

            return (_answers & fact) != 0;
        }

        private static bool HasLetterPair(string line)
        {
            var run = 0;
            foreach (var c in line)
            {
                run = char.IsLetter(c) ? run + 1 : 0;
                if (run >= 2)
                {
                    return true;
                }
            }

            return false;
        }

        // Three capitals or more and no lower-case letter.
        private static bool IsUpperOnly(string line)
        {
            var upper = 0;
            foreach (var c in line)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                upper += char.IsUpper(c) ? 1 : 0;
            }

            return upper >= 3;
        }

        // A caption names what the photo shows: it does not go on from a sentence before it (a pronoun), quote
        // anyone or open with a label. (The caller has seen a word in it.)
        private static bool HasCaptionShape(string line, int words)
        {
            if (line.Length < 12 || words > MaxWords || line[line.Length - 1] is ':' or ','
                || line[0] is '"' or '\u201C' or '\'' or '\u2018' or '\u00AB' or '-' or '\u2014')
            {
                return false;
            }

            var colon = line.IndexOf(':');
            if (colon > 0 && colon < 25)
            {
                return false;
            }

            // The first word, up to the first space, compared in place (a line of twelve characters or more with no
            // space is no continuing word).
            var space = line.IndexOf(' ');
            if (space < 0)
            {
                return true;
            }

            foreach (var word in ContinuingWords)
            {
                if (word.Length == space && string.CompareOrdinal(line, 0, word, 0, space) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly string[] ContinuingWords =
        {
            "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "But", "And", "So", "Yet",
        };

        [Flags]
        private enum Facts : ushort
        {
            None = 0,
            EndsSentence = 1,
            HasWord = 2,
            Prose = 4,
            ShoutedLabel = 8,
            ShoutedTeaser = 16,
            CaptionShaped = 32,
            HeadlineShaped = 64,
            Heading = 128,
        }

        [Flags]
        private enum Asked : byte
        {
            None = 0,
            ReaderPrompt = 1,
            CreditOnly = 2,
            AgencyCredit = 4,
            LinkByShape = 8,
        }
    }
}
