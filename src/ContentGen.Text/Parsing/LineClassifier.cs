using System;
using System.Text.RegularExpressions;
using ContentGen.Text.Model;

namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// Recognises scraped page furniture (ads, newsletter prompts, DMCA notices, related-links headings, share
    /// prompts, dangling photo credits) and credit/copyright lines. Patterns are anchored, have no nested
    /// quantifiers, and only ever see short lines, so no input can make them backtrack badly: they run without a
    /// match timeout, because arming one reads the clock on every call, which cost more than the matching itself.
    /// </summary>
    internal static class LineClassifier
    {
        // Furniture is short; a long line is always prose.
        private const int MaxFurnitureLength = 160;
        private const int MaxPromptWords = 12;

        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

        private static readonly Regex Advertisement = new(
            @"^[\W_]*(advertisements?|sponsored( content)?|ad|story continues (below|after) (this )?(advertisement|ad)|scroll to continue( reading)?|continue reading( below| the (main )?story| after (the )?(ad|advertisement))?)[\W_]*$",
            Options, Timeout);

        private static readonly Regex CopyrightNotice = new(@"\bdmca\b", Options, Timeout);

        private static readonly Regex Newsletter = new(
            @"(newsletter|\byour inbox\b|\bsign up (for|to|now)\b|^subscribe\b|\bsubscribe (to|now|today|for)\b|get the (daily|latest) (news|headlines)|stay on top\b)",
            Options, Timeout);

        // The confirmation a subscription form leaves: "Thanks for signing up!", "You have been successfully subscribed!".
        private static readonly Regex Subscribed = new(
            @"^(thanks?( you)? for (signing up|subscribing)|you have (been )?succ?ess?fully subscribed|you('re| are) (now )?subscribed)\b", Options, Timeout);

        private static readonly Regex NewsletterNoun = new(@"\b(newsletters?|your inbox)\b", Options, Timeout);

        // A sentence that tells the reader to subscribe: it starts with the verb.
        private static readonly Regex NewsletterImperative = new(
            @"(^|[.!?]\s+)(subscribe|sign up|get (our|the)|join (our|the)|stay (up to date|informed|in the know)|never miss|by subscribing|let our)\b|^(thanks?( you)? for (signing up|subscribing)|you have (been )?succ?ess?fully subscribed)",
            Options, Timeout);

        private static readonly Regex RelatedLinks = new(
            @"^(related( stories| articles| posts| news| coverage| content| reading| topics)?|related links|recent (articles|posts|stories|news)|latest (articles|posts|stories|news)|read (more|next|also)|also read|see also|more (stories|articles|news)( from [^.!?]*)?|most (read|popular|viewed)|trending( now| stories)?|you (may|might) (also )?(like|enjoy)|recommended( for you| stories)?|top stories|editor'?s picks|must read|in case you missed it|what to read next)[\s:.\u2026]*$",
            Options, Timeout);

        private static readonly Regex SharePrompt = new(
            @"^(share( this)?( article| story| post)?( on [a-z ]+)?|share via [a-z ]+|click here\b[^.!?]*|follow (us|\w+( \w+)?) on( [a-z ,]+)?|(like this (story|article)\?\s*)?share (it|this)( story| article)? with (a friend|friends|others)!?|tweet( this)?|print( this)?( article| page)?|email( this)?( article| page)?|comments?( \(\d+\))?|leave a (comment|reply)|\d+ comments?)\s*:?$",
            Options, Timeout);

        private static readonly Regex DanglingCredit = new(
            @"^(image|images|photo|photos|picture|photograph|video|file photo|photo credit|image credit|image source|caption)\s*:?\s*$",
            Options, Timeout);

        // A caption that ends in a credit label with nothing after it: "... November 26, 2021. Image:".
        private static readonly Regex DanglingCreditTail = new(
            @"\s(image|photo|picture|photograph|video|photo credit|image credit|image source)\s*:\s*$",
            Options, Timeout);

        private static readonly Regex Credit = new(
            @"^(credits?\s*:|copyright\b|©|\(c\)|reprinted (with|by|from)\b|all rights reserved\b|source\s*:\s*\S)",
            Options, Timeout);

        /// <summary>Classifies a whole line (already trimmed).</summary>
        public static LineKind Classify(string line)
        {
            if (line.Length > MaxFurnitureLength)
            {
                // Only a caption with its credit or a page notice is that long.
                return Shape(line, CountWords(line, 25));
            }

            if (Credit.IsMatch(line) && !CopyrightNotice.IsMatch(line))
            {
                // A copyright notice is the article's metadata; the site's footer links after it are not.
                return FurnitureShapes.IsSiteFooter(line) ? LineKind.Scraped(BoilerplateKind.PageChrome) : LineKind.Credit;
            }

            // Page furniture is a few words; a longer line is prose, and most lines are (spares the other patterns).
            // Words are counted once, as far as any test here needs.
            var words = CountWords(line, 25);
            if (words > MaxPromptWords)
            {
                return Shape(line, words);
            }

            if (Advertisement.IsMatch(line))
            {
                return LineKind.Scraped(BoilerplateKind.Advertisement);
            }

            if (CopyrightNotice.IsMatch(line))
            {
                return LineKind.Scraped(BoilerplateKind.CopyrightNotice);
            }

            if (DanglingCredit.IsMatch(line))
            {
                return LineKind.Scraped(BoilerplateKind.DanglingCredit);
            }

            if (RelatedLinks.IsMatch(line))
            {
                return LineKind.Scraped(BoilerplateKind.RelatedLinks);
            }

            if (SharePrompt.IsMatch(line))
            {
                return LineKind.Scraped(BoilerplateKind.SharePrompt);
            }

            if (IsNewsletterPrompt(line) || Subscribed.IsMatch(line))
            {
                return LineKind.Scraped(BoilerplateKind.Newsletter);
            }

            return Shape(line, words);
        }

        private static LineKind Shape(string line, int words)
        {
            if (FurnitureShapes.Classify(line, words) is { } kind)
            {
                return LineKind.Scraped(kind);
            }

            // A prompt of two short sentences: "Get the news in your inbox. Subscribe to our letters."
            // … or one that opens with the verb: "Subscribe to The Harbour and read every story."
            var subscribe = line.StartsWith("Subscribe ", StringComparison.Ordinal);
            return words <= 24 && (subscribe || line.IndexOf("ewsletter", StringComparison.Ordinal) >= 0 || line.IndexOf("inbox", StringComparison.Ordinal) >= 0)
                && (subscribe || NewsletterNoun.IsMatch(line)) && IsNewsletterPrompt(line) ? LineKind.Scraped(BoilerplateKind.Newsletter) : LineKind.Content;
        }

        // "Sign up for our newsletter", or a short prompt that says so in a sentence ("Stay up to date with us.
        // Subscribe to our newsletter."); "Millions subscribe to the service, the company said." is a report.
        private static bool IsNewsletterPrompt(string line) =>
            Newsletter.IsMatch(line) && (!EndsSentence(line) || NewsletterImperative.IsMatch(line));

        /// <summary>
        /// The length of a dangling credit label at the end of a content line ("... 2021. Image:"), or 0.
        /// </summary>
        public static int DanglingTailLength(string line)
        {
            // Only a line ending in a colon can end in a credit label; skip the regex for all others.
            if (line.Length == 0 || line[line.Length - 1] != ':')
            {
                return 0;
            }

            if (line.Length > 4000)
            {
                line = line.Substring(line.Length - 64);
            }

            var match = DanglingCreditTail.Match(line);
            return match.Success ? line.Length - match.Index - 1 : 0;
        }

        /// <summary>The number of words (runs of letters and digits) in <paramref name="line"/>, counted up to <paramref name="cap"/>.</summary>
        public static int CountWords(string line, int cap)
        {
            var count = 0;
            var inWord = false;
            foreach (var c in line)
            {
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord && ++count >= cap)
                {
                    return count;
                }

                inWord = letter;
            }

            return count;
        }

        /// <summary>
        /// True when <paramref name="line"/> has more than <paramref name="limit"/> words (runs of letters and digits).
        /// Stops counting there: a long line of prose is not read to its end.
        /// </summary>
        public static bool HasMoreWordsThan(string line, int limit)
        {
            var count = 0;
            var inWord = false;
            foreach (var c in line)
            {
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord && ++count > limit)
                {
                    return true;
                }

                inWord = letter;
            }

            return false;
        }

        /// <summary>
        /// True when a line ends like a sentence: full stop, question or exclamation mark, closing quote or bracket,
        /// in any script ("。", "！"); invisible characters after the mark (a zero-width space) do not count.
        /// </summary>
        public static bool EndsSentence(string line)
        {
            var end = line.Length;
            while (end > 0 && (char.IsWhiteSpace(line[end - 1]) || char.GetUnicodeCategory(line[end - 1]) == System.Globalization.UnicodeCategory.Format))
            {
                end--;
            }

            if (end == 0)
            {
                return false;
            }

            var last = line[end - 1];
            return last is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or '\'' or ')' or '\u2026' or ':' or ';'
                or '\u3002' or '\uFF01' or '\uFF1F' or '\u300D' or '\u300F' or '\uFF09' or '\u00BB';
        }
    }
}
