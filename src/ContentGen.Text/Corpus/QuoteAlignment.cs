using System;
using System.Collections.Generic;

namespace ContentGen.Text.Corpus
{
    /// <summary>
    /// Two quotes (as <see cref="QuoteWords"/> gives them) aligned word by word, and what differs between them,
    /// place by place. The alignment is local: where one quote starts or ends and the other goes on, that is a
    /// different cut of one quotation (an outlet quoting more of the sentence), not a difference. Between the words
    /// both give, each place where they differ is one of:
    /// <list type="bullet">
    /// <item>free: only function words, or initials against the words they stand for ("HFL" / "Harbour Ferry Line");</item>
    /// <item>an elision: three or more words one quote leaves out ("The skipper [is tired and] needs...");</item>
    /// <item>a rewording: a word or two changed, or one or two added or dropped ("resolved yet" / "settled");</item>
    /// <item>a divergence: more than that on either side: a different rendering, not one word changed.</item>
    /// </list>
    /// Where both quotes have words before their first shared word (or after their last), that place counts too: the
    /// same sentence ended differently ("have been resolved yet" / "have been settled") is a rewording.
    /// </summary>
    internal readonly struct QuoteAlignment
    {
        // Scores of the local alignment: a shared content word weighs most; a content word changed, added or dropped
        // costs nearly as much, so one change between shared words is bridged and two quotes sharing only a name's
        // words do not align beyond them.
        private const int ContentMatch = 4;
        private const int FunctionMatch = 2;
        private const int ContentEdit = -3;
        private const int FunctionEdit = -1;

        private const int MaxRewordedSide = 3;
        private const int MaxRewordedContent = 2;
        private const int MinElision = 3;

        private QuoteAlignment(int matched, int rewordings, int editedWords, int divergences, int elisions, int outsideA)
        {
            OutsideA = outsideA;
            Matched = matched;
            Rewordings = rewordings;
            EditedWords = editedWords;
            Divergences = divergences;
            Elisions = elisions;
        }

        /// <summary>Content words both quotes give (a compound written as one word or two counts once).</summary>
        public int Matched { get; }

        /// <summary>Places where a word or two changed, or one or two were added or dropped.</summary>
        public int Rewordings { get; }

        /// <summary>Content words in the reworded places (of each place, the side with more).</summary>
        public int EditedWords { get; }

        /// <summary>Places where the quotes differ by more than a word or two.</summary>
        public int Divergences { get; }

        /// <summary>Phrases of three or more words that one quote leaves out.</summary>
        public int Elisions { get; }

        /// <summary>Content words of the first quote before or after the words both give, where the second has none.</summary>
        public int OutsideA { get; }

        public static QuoteAlignment Of(string[] a, string[] b)
        {
            var width = b.Length + 1;
            var score = new int[(a.Length + 1) * width];
            var step = new Step[(a.Length + 1) * width];
            var lightA = Light(a);
            var lightB = Light(b);
            var best = 0;
            var (endI, endJ) = (0, 0);
            for (var i = 1; i <= a.Length; i++)
            {
                var mine = a[i - 1];
                var mineEdit = lightA[i - 1] ? FunctionEdit : ContentEdit;
                for (var j = 1; j <= b.Length; j++)
                {
                    var theirs = b[j - 1];
                    var theirEdit = lightB[j - 1] ? FunctionEdit : ContentEdit;
                    var same = string.Equals(mine, theirs, StringComparison.Ordinal);
                    var cell = score[(i - 1) * width + j - 1] + (same ? (lightA[i - 1] ? FunctionMatch : ContentMatch) : Math.Min(mineEdit, theirEdit));
                    var how = same ? Step.Match : Step.Change;
                    if (cell <= 0)
                    {
                        (cell, how) = (0, Step.Start);
                    }

                    var drop = score[(i - 1) * width + j] + mineEdit;
                    if (drop > cell)
                    {
                        (cell, how) = (drop, Step.DropA);
                    }

                    drop = score[i * width + j - 1] + theirEdit;
                    if (drop > cell)
                    {
                        (cell, how) = (drop, Step.DropB);
                    }

                    // A compound written as one word or two: "datacenter" / "data center", "email" / "e-mail".
                    if (j >= 2 && IsJoined(mine, b[j - 2], theirs) && score[(i - 1) * width + j - 2] + ContentMatch > cell)
                    {
                        (cell, how) = (score[(i - 1) * width + j - 2] + ContentMatch, Step.JoinB);
                    }

                    if (i >= 2 && IsJoined(theirs, a[i - 2], mine) && score[(i - 2) * width + j - 1] + ContentMatch > cell)
                    {
                        (cell, how) = (score[(i - 2) * width + j - 1] + ContentMatch, Step.JoinA);
                    }

                    score[i * width + j] = cell;
                    step[i * width + j] = how;
                    if (cell > best)
                    {
                        (best, endI, endJ) = (cell, i, j);
                    }
                }
            }

            return Read(a, b, step, width, endI, endJ);
        }

        // Function words and sentence ends, looked up once per word rather than once per cell.
        private static bool[] Light(string[] words)
        {
            var light = new bool[words.Length];
            for (var k = 0; k < words.Length; k++)
            {
                light[k] = IsFunctionWord(words[k]) || words[k] == QuoteWords.SentenceEnd;
            }

            return light;
        }

        // `whole` is `first` and `second` written together, compared without building the joined string.
        private static bool IsJoined(string whole, string first, string second) =>
            whole.Length == first.Length + second.Length
            && string.CompareOrdinal(whole, 0, first, 0, first.Length) == 0
            && string.CompareOrdinal(whole, first.Length, second, 0, second.Length) == 0;

        // Walks the alignment back from its end, gathering each place where the quotes differ.
        private static QuoteAlignment Read(string[] a, string[] b, Step[] step, int width, int endI, int endJ)
        {
            var tally = new Tally();
            if (endI == 0)
            {
                return tally.Result();
            }

            // After the last shared word: where both quotes go on, they end the sentence differently.
            tally.Edge(Slice(a, endI, a.Length), Slice(b, endJ, b.Length), trailing: true);

            var (i, j) = (endI, endJ);
            var placeA = new List<string>();
            var placeB = new List<string>();
            while (i > 0 && j > 0 && step[i * width + j] != Step.Start)
            {
                var how = step[i * width + j];
                if (how is Step.Change or Step.DropA or Step.DropB)
                {
                    if (how != Step.DropB)
                    {
                        placeA.Add(a[i - 1]);
                    }

                    if (how != Step.DropA)
                    {
                        placeB.Add(b[j - 1]);
                    }
                }
                else
                {
                    tally.Place(Reversed(placeA), Reversed(placeB), atEdge: false);
                    placeA.Clear();
                    placeB.Clear();
                    tally.Matched += how != Step.Match || MatchScore(a[i - 1]) == ContentMatch ? 1 : 0;
                }

                (i, j) = how switch
                {
                    Step.Match or Step.Change => (i - 1, j - 1),
                    Step.DropA => (i - 1, j),
                    Step.DropB => (i, j - 1),
                    Step.JoinB => (i - 1, j - 2),
                    _ => (i - 2, j - 1),
                };
            }

            // The alignment starts on a shared word: an open place before it is before the first one.
            placeA.Reverse();
            placeB.Reverse();
            var beforeA = new List<string>(Slice(a, 0, i));
            beforeA.AddRange(placeA);
            var beforeB = new List<string>(Slice(b, 0, j));
            beforeB.AddRange(placeB);
            tally.Edge(beforeA, beforeB, trailing: false);
            return tally.Result();
        }

        private sealed class Tally
        {
            public int Matched;
            private int _rewordings;
            private int _edited;
            private int _divergences;
            private int _elisions;

            public QuoteAlignment Result() => new(Matched, _rewordings, _edited, _divergences, _elisions, _outsideA);

            private int _outsideA;

            // Words before the first shared word or after the last. Only the sentence the shared words are in is
            // compared: "been answered yet." against "been settled. We will..." is that sentence ended differently,
            // and the sentences after it a longer cut. Where both quotes go on past it, they diverge.
            public void Edge(IReadOnlyList<string> a, IReadOnlyList<string> b, bool trailing)
            {
                var (sentenceA, restA) = SplitAtSentence(a, trailing);
                var (sentenceB, restB) = SplitAtSentence(b, trailing);
                if (Words(restA) > 0 && Words(restB) > 0)
                {
                    _divergences++;
                }

                if (Words(b) == 0)
                {
                    _outsideA += ContentWords(a);
                }

                if (trailing && (ClipsSentenceEnd(a, b) || ClipsSentenceEnd(b, a)))
                {
                    _clippedEnd = Math.Max(1, Math.Max(ContentWords(sentenceA), ContentWords(sentenceB)));
                    return;
                }

                // "as one would like" / "as one would like it to be.": the same remark, both quotes starting where
                // it starts, one stopping a few words short of its end, reads as the whole remark but is not: a
                // rewording. A quote that starts later or earlier as well is a fragment or a longer cut: left alone.
                if (!trailing && _clippedEnd > 0 && ContentWords(a) == 0 && ContentWords(b) == 0)
                {
                    _rewordings++;
                    _edited += _clippedEnd;
                }

                Place(sentenceA, sentenceB, atEdge: true);
            }

            private int _clippedEnd;

            private const int MaxClippedWords = 3;

            // `stopped` has nothing after the last shared word, and `whole` ends its sentence (or itself) one to three words later.
            private static bool ClipsSentenceEnd(IReadOnlyList<string> stopped, IReadOnlyList<string> whole)
            {
                if (stopped.Count != 0)
                {
                    return false;
                }

                var words = 0;
                foreach (var word in whole)
                {
                    if (word == QuoteWords.SentenceEnd)
                    {
                        return words is > 0 and <= MaxClippedWords;
                    }

                    words++;
                }

                return words is > 0 and <= MaxClippedWords; // the quote's own end ends its sentence
            }

            private static (List<string> Sentence, List<string> After) SplitAtSentence(IReadOnlyList<string> words, bool trailing)
            {
                var sentence = new List<string>();
                var rest = new List<string>();
                var end = -1;
                for (var k = 0; k < words.Count; k++)
                {
                    if (words[k] == QuoteWords.SentenceEnd)
                    {
                        end = k;
                        if (trailing)
                        {
                            break;
                        }
                    }
                }

                for (var k = 0; k < words.Count; k++)
                {
                    var inSentence = end < 0 || (trailing ? k < end : k > end);
                    (inSentence ? sentence : rest).Add(words[k]);
                }

                return (sentence, rest);
            }

            public void Place(IReadOnlyList<string> a, IReadOnlyList<string> b, bool atEdge)
            {
                var contentA = ContentWords(a);
                var contentB = ContentWords(b);
                if (contentA == 0 && contentB == 0)
                {
                    return;
                }

                if (Words(a) == 0 || Words(b) == 0)
                {
                    if (atEdge)
                    {
                        return; // one quote goes on where the other stops: a different cut
                    }

                    if (Words(a) + Words(b) >= MinElision)
                    {
                        _elisions++;
                        return;
                    }
                }
                else if (AreInitials(a, b) || AreInitials(b, a))
                {
                    return;
                }

                if (Words(a) <= MaxRewordedSide && Words(b) <= MaxRewordedSide && contentA <= MaxRewordedContent && contentB <= MaxRewordedContent)
                {
                    _rewordings++;
                    _edited += Math.Max(contentA, contentB);
                }
                else
                {
                    _divergences++;
                }
            }
        }

        // "ie" against "internet explorer", "us" against "united states".
        private static bool AreInitials(IReadOnlyList<string> initials, IReadOnlyList<string> words)
        {
            if (initials.Count != 1 || initials[0].Length != words.Count || words.Count < 2)
            {
                return false;
            }

            for (var k = 0; k < words.Count; k++)
            {
                if (words[k].Length == 0 || words[k][0] != initials[0][k])
                {
                    return false;
                }
            }

            return true;
        }

        private static int ContentWords(IReadOnlyList<string> words)
        {
            var n = 0;
            foreach (var word in words)
            {
                n += IsFunctionWord(word) || word == QuoteWords.SentenceEnd ? 0 : 1;
            }

            return n;
        }

        private static int Words(IReadOnlyList<string> words)
        {
            var n = 0;
            foreach (var word in words)
            {
                n += word == QuoteWords.SentenceEnd ? 0 : 1;
            }

            return n;
        }

        private static string[] Slice(string[] words, int from, int to)
        {
            var slice = new string[Math.Max(0, to - from)];
            Array.Copy(words, from, slice, 0, slice.Length);
            return slice;
        }

        private static List<string> Reversed(List<string> words)
        {
            var copy = new List<string>(words);
            copy.Reverse();
            return copy;
        }

        private static int MatchScore(string word) => IsFunctionWord(word) || word == QuoteWords.SentenceEnd ? FunctionMatch : ContentMatch;

        /// <summary>
        /// True for a word that carries grammar rather than content: articles, pronouns, auxiliaries, prepositions,
        /// conjunctions and a few filler adverbs. Outlets tidying a transcript add, drop and swap these ("we
        /// received" / "we have received"); negations and numbers are content.
        /// </summary>
        public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

        // Folded as QuoteWords folds them (name skeletons: "would" is "wuld").
        private static readonly HashSet<string> FunctionWords = Folded(
            "a", "the", "this", "that", "these", "those", "both",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
            "have", "has", "had", "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "can", "could",
            "shall", "should", "do", "does",
            "of", "to", "in", "on", "at", "for", "with", "from", "by", "into", "onto", "within", "without", "about", "over",
            "under", "after", "before", "between", "through", "during", "against", "among", "across", "upon", "out", "off",
            "and", "but", "or", "so", "as", "then", "there",
            "just", "very", "really", "also", "yet", "still", "already",
            "s", "d", "ll", "ve", "re", "m");

        private static HashSet<string> Folded(params string[] words)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                foreach (var folded in QuoteWords.Of(word))
                {
                    set.Add(folded);
                }
            }

            return set;
        }

        private enum Step : byte
        {
            Start,
            Match,
            Change,
            DropA,
            DropB,
            JoinA,
            JoinB,
        }
    }
}
