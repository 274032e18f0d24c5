using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ContentGen.Text.Model;

namespace ContentGen.Text.Parsing
{
    /// <summary>
    /// The shapes of page furniture that web pages share whatever their wording: time stamps, bylines and contact
    /// lines, photo credits and captions with a credit, gallery counters, reading times, rows of share buttons,
    /// vote and comment counters, cookie and script notices, "More: …" link lines. Each test looks at one trimmed
    /// line; <see cref="ArticleParser"/> adds what depends on the line's place (the header, a related-story list,
    /// the end). Mostly char scans and word look-ups; the few regexes are anchored, without nested quantifiers.
    /// </summary>
    internal static class FurnitureShapes
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

        private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "today", "yesterday",
        };

        private static readonly HashSet<string> StampVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "published", "updated", "posted", "modified", "publicado", "atualizado", "veröffentlicht", "aktualisiert", "publié",
        };

        // Words a time stamp may hold besides dates and numbers: "Published 11:11 PM EST Nov 19, 2019", "2 days ago".
        private static readonly HashSet<string> StampWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "am", "pm", "a.m", "p.m", "et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst", "pdt", "gmt", "utc", "bst",
            "cet", "cest", "ist", "aest", "at", "on", "ago", "published", "updated", "posted", "original", "originally",
            "last", "modified", "first", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second",
            "seconds", "day", "days", "week", "weeks", "month", "months", "year", "years", "the",
            "of", "st", "nd", "rd", "th", "and", "an", "a", "by",
        };

        // The buttons and labels of a page's chrome, never a line of an article on their own.
        private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "share", "shares", "tweet", "email", "e-mail", "print", "save", "reply", "reddit", "facebook",
            "twitter", "whatsapp", "pinterest", "linkedin", "messenger", "flipboard", "tumblr", "telegram", "pin",
            "advert", "advertisement", "tags", "comments", "comment", "menu", "copy", "link", "sms", "mail", "topics",
            "google+", "skype", "viber", "vk", "line", "x", "submit",
        };

        // Words that join buttons in a row ("Share on: Facebook Twitter", "Share to Facebook", "Share via").
        private static readonly HashSet<string> ChromeConnectors = new(StringComparer.OrdinalIgnoreCase) { "on", "to", "via", "with", "this", "&", "|", "/" };

        private static readonly HashSet<string> NameJoiners = new(StringComparer.OrdinalIgnoreCase)
        {
            "and", "&", "de", "da", "van", "von", "der", "del", "la", "le", "bin", "al", "of", "the", "in", "at", "for", "via",
        };

        // Small words a headline capitalises and a name never holds (case matters: "van", "de", "of" are lower case).
        private static readonly HashSet<string> TitleCaseWords = new(StringComparer.Ordinal)
        {
            "With", "In", "For", "At", "On", "To", "Of", "The", "After", "Over", "Into", "From", "By", "As", "Is", "Are",
            "Was", "Says", "Say", "New", "Up", "Out", "A", "An", "Not", "No", "Off", "Amid",
        };

        private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "reporter", "correspondent", "writer", "editor", "columnist", "contributor", "staff", "press", "associated",
            "reuters", "afp", "opinion", "senior", "chief", "political", "news", "desk", "special", "to", "wire",
        };

        // "Photo: Ann Lee, AP", "Image copyright EPA", "Picture credit: …", "Foto: …".
        private static readonly Regex CreditLabel = new(
            @"^(photo|photos|image|images|picture|photograph|foto|fotos|illustration)( credit| source| copyright| caption| courtesy)?\s*[:/|]\s*\S|^(image|media) (copyright|caption|source)\b|^courtesy (of )?\S",
            Options, Timeout);

        // A caption that ends in its credit: "… on Monday. (AP Photo/Ann Lee)", "… (Image: AGENCY)".
        // Case matters: "(ePA)" is an abbreviation, "(EPA)" an agency.
        private static readonly Regex TrailingCredit = new(
            @"\S\s+\((AP Photo|AP|Photo|Photos|Image|Images|Picture|Credit|Courtesy|File [Pp]hoto|Getty|Reuters|AFP|EPA)\b[^()]{0,80}\)\.?( less| hide caption| toggle caption)?$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // … or in a capitalised credit label: "… sought treatment Credit: EPA" (case matters: "the key image: a boy").
        private static readonly Regex TrailingCreditLabel = new(
            @"(\b(Credit|Photo|Image|Picture|Foto)s?\s*(:|\.\.\.|\u2026)\s*[^.!?:]{1,60}|\b(Photograph|Photo|Picture|Image)s? by [A-Z][^.!?:]{1,60}|\b(Submitted|File|Contributed|Courtesy) photo)$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // The agency's dating of a photo: "… speaks in Reno, Tuesday, Nov. 19, 2019." Bodies give the weekday alone.
        private static readonly Regex DatedCaption = new(
            @"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // Words after which a date tells when something happened, in prose: "on Tuesday, …", "today Thursday, …".
        private static readonly HashSet<string> ProseBeforeDate = new(StringComparer.OrdinalIgnoreCase)
        {
            "on", "since", "until", "by", "from", "of", "today", "yesterday", "last", "next", "early", "late", "before", "after", "that",
        };

        // Photo agencies: a short line that ends with one is a credit ("Ann Lee | Bloomberg | Getty Images").
        private static readonly string[] Agencies = { "Getty Images", "Getty", "Shutterstock", "AP", "AFP", "Reuters", "EPA", "Alamy", "iStock", "AP Photo", "Xinhua", "ANP", "dpa" };

        // AP style caption: "In this Sunday, Nov. 10, 2019, photo, …", "This undated photo shows …".
        private static readonly Regex CaptionOpening = new(
            @"^(in this( [\w.,-]+){0,8}? (photo|photograph|image|file photo|handout photo|picture|frame grab|screenshot|video grab)|this (undated|handout|file|aerial) (photo|photograph|image|picture))\b",
            Options, Timeout);

        // "Image 1 of 5", "1 / 5", "3 of 12".
        private static readonly Regex GalleryCounter = new(
            @"^((image|photo|picture|slide|foto|bild)s?\s+)?\d{1,3}\s*(of|/|von|de)\s*(/\s*)?\d{1,3}$", Options, Timeout);

        // "5 min read", "• 2 min read", "Reading time: 4 minutes", and the same in the languages pages come in
        // ("Tempo de leitura: 1 minuto", "Lesezeit: 3 Minuten").
        private static readonly Regex ReadingTime = new(
            @"^[^\w]*(\d{1,3}\s*(-\s*)?(min|mins|minute|minutes|minuto|minutos|minuten|minut|minuty)( read)?|(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|leestijd)\s*:?\s*\d{1,3}\s*(min|mins|minutes|minuto|minutos|minuten)?)\.?$",
            Options, Timeout);

        // "Rating: 36 Votes", "12 Comments", "1.2k shares", "Like Loading…", "someone says:".
        private static readonly Regex Counter = new(
            @"^((rating|votes?|likes?|shares?|comments?|views?|replies)\s*:?\s*\d[\d,.]*k?(\s+(votes?|likes?|shares?|comments?|views?|replies))?|\d[\d,.]*k?\s+(votes?|likes?|shares?|comments?|views?|replies|reads)|like loading\W*|\S{1,40} says:)$",
            Options, Timeout);

        // Notices of the page, not the story: cookies, scripts, unsupported players.
        private static readonly Regex SiteNotice = new(
            @"\b(enable javascript|javascript (is )?(disabled|required)|requires javascript|website uses cookies|site uses cookies|use of cookies|media playback is unsupported|your browser does not support)\b",
            Options, Timeout);

        // Links of a site's footer: "Terms of Use • Privacy Policy", "© 2024 Example. All rights reserved (About Us)".
        private static readonly Regex FooterLink = new(
            @"\b(privacy policy|terms of (use|service)|about us|contact us)\b", Options, Timeout);

        // A heading over a list of links: "More Great Harbour Stories", "Latest news", "Other videos".
        private static readonly Regex LinkHeading = new(
            @"^(more|latest|top|related|recommended|popular|trending|other|further)\b[\w' ]{0,40}\b(stories|articles|news|posts|videos|headlines|coverage|reading)$",
            Options, Timeout);

        // "More: …", "SEE MORE: …", "Read more: …", "Also: …", "Related: …" — a link to another story.
        private static readonly Regex LinkLine = new(
            @"^(see more|read more|more|also|related|read also|also read|read next|watch|listen|recommended|trending|more from [\w ]{1,30}|more on [\w ]{1,30}|most read( in [\w ]{1,30})?|related tags|quick links|top (local )?stories)\s*:(\s+\S.*)?$|^(most read|quick links|top (local )?stories|more on this story)( in [\w ]{1,30})?$",
            Options, Timeout);

        // A promotion with a link: "Follow our coverage at https://…", "Email Ann at ann@example.com or follow her @ann".
        private static readonly Regex LinkPromotion = new(
            @"^(follow|get|see|read|watch|listen|download|visit|for more)\b[^.!?]{0,120}https?://\S+\s*\.?$|^(email|e-mail|contact|write to|follow|reach)\b[^!?]{0,80}(@\w|https?://)",
            Options, Timeout);

        // AP wire slugs: "AP-US--Harbour-Ferry, 2nd Ld-Writethru".
        private static readonly Regex WireSlug = new(@"(\bLd-Writethru\b|^[A-Z]{2,3}-[A-Z]{2,4}--[A-Z])", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // "About Ann Lee", "Über Ann Lee", "Sobre Ann Lee": the author box under the story.
        private static readonly Regex AuthorBox = new(@"^(about|über|sobre|à propos de|acerca de)\s+(the author\s*)?\S", Options, Timeout);

        // "Popular on Harbour News", "More from Harbour News", "Next Up In Sport".
        private static readonly Regex PopularOn = new(@"^([Pp]opular|POPULAR|[Tt]rending|[Mm]ost [Pp]opular|[Mm]ost [Rr]ead|[Mm]ore|MORE|[Nn]ext [Uu]p) ([Oo]n|[Aa]t|[Ff]rom|[Ii]n|ON|AT|FROM|IN) [A-Z][\w.]*( [A-Z][\w.]*){0,3}$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // "Read more on the harbour", "LEARN MORE", "Filed Under: ferries, storms", "Topics: …".
        private static readonly Regex MoreLine = new(
            @"^((read|learn) more\b[^.!?]{0,60}|(filed under|topics|tags|categories|category|themen|schlagworte)\s*:.{0,200})$", Options, Timeout);

        // A credit label glued to its caption by the page's markup: "… a large rodentCredit: Harbour Wire".
        private static readonly Regex GluedCreditLabel = new(
            @"[a-z](Credit|Photo|Image|Picture)s?:\s*[^.!?:]{1,60}$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // A caption under its label: "Image caption The pier at dawn", "FILE PHOTO: The pier at dawn", "Above: …".
        private static readonly Regex CaptionLabel = new(
            @"^((image|media|photo) caption\s*:?|(file photo|above|below|pictured)\s*:)\s+\S", Options, Timeout);

        // A caption that says what the picture shows: "This satellite image shows …", "An artist's concept of …".
        private static readonly Regex DescribedImage = new(
            @"^(([Tt]his|[Aa]n?)( [\w.'’-]+){0,4}? (photo|photograph|image|illustration|rendering|picture|screenshot)( [\w.'’-]+){0,5}? (shows|showing)|[Aa]n artist['’]s (concept|illustration|impression|rendering) of)\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // A promotion that ends in a call to click: "Do you read us every day? Click here to support us."
        private static readonly Regex ClickHere = new(@"[.!?]\s+Click here\b[^.!?]*[.!]?$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // The wire's sign-off naming who else reported: "Bo Park contributed reporting from Skerrow.",
        // "Harbour Wire writers Ann Lee and Bo Park contributed to this report."
        private static readonly Regex ContributorLine = new(
            @"^[\p{Lu}(][^.!?]{0,300}\bcontributed( reporting| to (this|the) (report|story|article))\b[^.!?]{0,80}[.)]*$|^[\p{Lu}][^.!?]{0,300}\b(writers?|reporters?|correspondents?) [^.!?]{0,300}\bcontributed\.$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // A link to another page of the site by its address: "On harbour.example: Ferry fares rise again",
        // "Also on harbour.example Ferry fares rise again".
        private static readonly Regex SiteLinkLine = new(
            @"^(also |more |read more |read )?(on|at|from) [\w-]+(\.[\w-]+)*\.[a-z]{2,6}\b:?\s+\S", Options, Timeout);

        /// <summary>The kind of page furniture <paramref name="line"/> is by its shape alone, or null.</summary>
        public static BoilerplateKind? Classify(string line) =>
            line.Length == 0 || line.Length > 400 ? null : Classify(line, LineClassifier.CountWords(line, MaxShortWords + 1));

        /// <summary>
        /// As <see cref="Classify(string)"/>, for a line whose words the caller has counted (up to at least
        /// <see cref="MaxShortWords"/> + 1): the count is taken once per line.
        /// </summary>
        internal static BoilerplateKind? Classify(string line, int words)
        {
            if (line.Length > 400)
            {
                return null;
            }

            if ((char.ToLowerInvariant(line[0]) is 'i' or 'm' or 'p' or 'f' or 'a' or 'b' && CaptionLabel.IsMatch(line))
                || (line[0] is 'T' or 'A' && DescribedImage.IsMatch(line) && !LineClassifier.HasMoreWordsThan(line, 60)))
            {
                return BoilerplateKind.Caption;
            }

            if (line[0] is '<' or '&' or '[' && IsMarkup(line))
            {
                return BoilerplateKind.PageChrome;
            }

            if (line.IndexOf("Click here", StringComparison.Ordinal) > 2 && !LineClassifier.HasMoreWordsThan(line, 40) && ClickHere.IsMatch(line))
            {
                return BoilerplateKind.SharePrompt;
            }

            if (line.IndexOf("contributed", StringComparison.Ordinal) > 0 && !LineClassifier.HasMoreWordsThan(line, 60) && ContributorLine.IsMatch(line))
            {
                return BoilerplateKind.Byline;
            }

            // Most lines are prose: of them only captions, page notices, promotions and a few stamps can be furniture,
            // and cheap character tests rule those out for almost every line before any pattern runs.
            if (words > MaxShortWords)
            {
                return ClassifyLong(line);
            }

            if (line[line.Length - 1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' && words > 8)
            {
                return ClassifySentence(line, words);
            }

            if (IsPageNotice(line))
            {
                return BoilerplateKind.PageChrome;
            }

            if (words <= 2 && IsStampLabel(line))
            {
                return BoilerplateKind.Timestamp;
            }

            var digits = line.IndexOfAny(Digits) >= 0;
            if ((digits || line.EndsWith(" ago", StringComparison.OrdinalIgnoreCase)) && IsTimestamp(line))
            {
                return BoilerplateKind.Timestamp;
            }

            if (EndsWithPhotoCredit(line))
            {
                return BoilerplateKind.Caption;
            }

            if (line.Length > 160)
            {
                return null;
            }

            if (MayBeByline(line) && IsByline(line))
            {
                return BoilerplateKind.Byline;
            }

            if (IsCreditOnly(line) || IsAgencyCredit(line))
            {
                return BoilerplateKind.Caption;
            }

            if ((digits && (GalleryCounter.IsMatch(line) || ReadingTime.IsMatch(line) || Counter.IsMatch(line)))
                || ((line.EndsWith(" says:", StringComparison.Ordinal) || line.StartsWith("Like ", StringComparison.Ordinal)) && Counter.IsMatch(line))
                || (words <= 8 && IsChromeRow(line)))
            {
                return BoilerplateKind.PageChrome;
            }

            if (IsWireSlug(line) || IsImageAddress(line) || IsIdNumber(line))
            {
                return BoilerplateKind.PageChrome;
            }

            if (IsHandle(line))
            {
                return BoilerplateKind.Byline;
            }

            if (AuthorBox.IsMatch(line) && IsNameOnly(line.Substring(line.IndexOf(' ') + 1)))
            {
                return BoilerplateKind.Byline;
            }

            var unbracketed = line[0] is '[' or '(' ? line.TrimStart('[', '(', ' ') : line;
            if (IsPointedLink(line) || (line[0] is 'O' or 'o' or 'A' or 'a' or 'M' or 'm' or 'R' or 'r' && !LineClassifier.EndsSentence(line) && SiteLinkLine.IsMatch(line))
                || PopularOn.IsMatch(line) || LinkLine.IsMatch(unbracketed) || IsPromotion(line) || MoreLine.IsMatch(line) || IsTaggedTeaser(line)
                || (words <= 6 && LinkHeading.IsMatch(line)))
            {
                return BoilerplateKind.RelatedLinks;
            }

            return null;
        }

        internal const int MaxShortWords = 16;

        private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

        // A long line: a caption with its credit or date, a page notice, a promotion with a link, a tagged teaser.
        private static BoilerplateKind? ClassifyLong(string line)
        {
            if (line[line.Length - 1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019')
            {
                return ClassifySentence(line, MaxShortWords + 1);
            }

            if (EndsWithPhotoCredit(line))
            {
                return BoilerplateKind.Caption;
            }

            if (!LineClassifier.HasMoreWordsThan(line, 30) && IsPageNotice(line))
            {
                return BoilerplateKind.PageChrome;
            }

            if (IsImageAddress(line))
            {
                return BoilerplateKind.PageChrome;
            }

            return IsPromotion(line) || IsTaggedTeaser(line) || (line[0] is 'O' or 'o' or 'A' or 'a' or 'M' or 'm' or 'R' or 'r' && SiteLinkLine.IsMatch(line)) || (line.IndexOf(':') is > 0 and < 20 && MoreLine.IsMatch(line))
                ? BoilerplateKind.RelatedLinks
                : null;
        }

        // A sentence of some length: a caption, a notice, a promotion, or a stamp that ends in "p.m.". Prose is most
        // lines, so each test runs only where its telltale character or opening stands.
        private static BoilerplateKind? ClassifySentence(string line, int words)
        {
            var n = line.Length;
            if ((line[n - 1] == ')' || (n > 2 && line[n - 2] == ')')) && EndsWithPhotoCredit(line))
            {
                return BoilerplateKind.Caption;
            }

            if (line.StartsWith("In this ", StringComparison.Ordinal) || line.StartsWith("This ", StringComparison.Ordinal))
            {
                if (CaptionOpening.IsMatch(line))
                {
                    return BoilerplateKind.Caption;
                }

                if (IsPageNotice(line))
                {
                    return BoilerplateKind.PageChrome;
                }
            }

            if (line.IndexOf("day, ", StringComparison.Ordinal) > 0 && IsDatedCaption(line))
            {
                return BoilerplateKind.Caption;
            }

            // A byline with its stamp ends in "a.m.": "By Ann Lee, Bo Park on Tuesday, March 4, 2025 at 11:08 a.m."
            if (line[0] is 'B' or 'b' && words <= MaxShortWords && IsByline(line))
            {
                return BoilerplateKind.Byline;
            }

            var mark = line.IndexOfAny(PromptMarks);
            if (mark < 0)
            {
                return null;
            }

            if (IsPromotion(line))
            {
                return BoilerplateKind.RelatedLinks;
            }

            return words <= MaxShortWords && line.IndexOf(':') > 0 && line.IndexOfAny(Digits) >= 0 && IsTimestamp(line) ? BoilerplateKind.Timestamp : null;
        }

        private static readonly char[] PromptMarks = { ':', '@', '/' };

        // Cookie, script and player notices, and a site's footer links; looked for only where their words stand.
        private static bool IsPageNotice(string line) =>
            ((line.IndexOf("avascript", StringComparison.Ordinal) >= 0 || line.IndexOf("avaScript", StringComparison.Ordinal) >= 0 || line.IndexOf("cookie", StringComparison.Ordinal) >= 0
                || line.IndexOf("playback", StringComparison.Ordinal) >= 0 || line.IndexOf("browser", StringComparison.Ordinal) >= 0)
                && SiteNotice.IsMatch(line))
            || IsSiteFooter(line);

        // A promotion starts with its verb and holds a link or an address.
        private static bool IsPromotion(string line) =>
            (line.IndexOf("://", StringComparison.Ordinal) > 0 || line.IndexOf('@') > 0) && LinkPromotion.IsMatch(line);

        private static bool MayBeByline(string line) =>
            line[0] is 'B' or 'b' or '|' or '-' or '\u2014' or '\u2022' || line.IndexOf('@') > 0;

        private static bool IsWireSlug(string line) =>
            (line.IndexOf("Writethru", StringComparison.Ordinal) > 0 || (line.Length > 6 && (line[2] == '-' || line[3] == '-'))) && WireSlug.IsMatch(line);

        /// <summary>A vote, like or comment counter, or a comment's header: "Rating: 36 Votes", "Ann says:".</summary>
        public static bool IsCounter(string line) => line.Length <= 60 && Counter.IsMatch(line);

        /// <summary>A credit and nothing else: "Photo: Ann Lee, AP", "Ann Lee/Getty Images", "(Image credit: NASA)".</summary>
        public static bool IsCreditOnly(string line)
        {
            if (line.Length > 2 && line[0] == '(' && line[line.Length - 1] == ')')
            {
                line = line.Substring(1, line.Length - 2).Trim();
            }

            return line.Length <= 160 && line.Length > 0 && (CreditLabel.IsMatch(line) || IsSlashCredit(line));
        }

        /// <summary>An image caption that ends with its credit, or opens the way agency captions do.</summary>
        public static bool EndsWithPhotoCredit(string line)
        {
            var last = line[line.Length - 1];
            if (last == ')' || (last is not '.' and not '!' and not '?' and not '"' and not '\u201D' and not '\u2019'))
            {
                // A credit in brackets, a credit label, an agency or "photo" at the very end: each pattern runs only
                // where its last characters can stand.
                var tail = line.Length > 120 ? line.Substring(line.Length - 120) : line;
                tail = tail.TrimEnd();
                var bracketed = last == ')' || tail.EndsWith(").", StringComparison.Ordinal) || tail.EndsWith(" less", StringComparison.Ordinal)
                    || tail.EndsWith(" caption", StringComparison.Ordinal);
                var labelled = tail.IndexOf(':') >= 0 || tail.IndexOf('\u2026') >= 0 || tail.IndexOf("...", StringComparison.Ordinal) >= 0
                    || tail.IndexOf(" by ", StringComparison.Ordinal) >= 0 || tail.EndsWith(" photo", StringComparison.Ordinal);
                if ((bracketed && (TrailingCredit.IsMatch(tail) || EndsWithSlashCredit(tail))) || (labelled && (TrailingCreditLabel.IsMatch(tail) || GluedCreditLabel.IsMatch(tail)))
                    || (char.IsLetter(last) && EndsWithAgency(tail)))
                {
                    return true;
                }
            }

            return (line[0] is 'I' or 'i' or 'T' or 't' && CaptionOpening.IsMatch(line))
                || (line.Length <= 600 && line.IndexOf("day, ", StringComparison.Ordinal) > 0 && LineClassifier.HasMoreWordsThan(line, 8) && IsDatedCaption(line));
        }

        // An agency caption dates its photo at the end of its first sentence ("… speaks in Reno, Tuesday, Nov. 19,
        // 2019." or "…, 2019, in Reno, Nev.") or points at people in it (", left,"); prose dates mid-sentence.
        private static bool IsDatedCaption(string line)
        {
            var match = DatedCaption.Match(line);
            if (!match.Success)
            {
                return false;
            }

            // Prose tells when something happened: "She left on Tuesday, Dec. 9, 2008." A caption dates the photo
            // after the place or the scene: "…, Tuesday, Dec. 9, 2008", "… in Reno Tuesday, Dec. 9, 2008".
            var before = line.Substring(0, match.Index).TrimEnd();
            var space = before.LastIndexOf(' ');
            if (before.Length == 0 || ProseBeforeDate.Contains(space < 0 ? before : before.Substring(space + 1)))
            {
                return false;
            }

            if (line.IndexOf(", left,", StringComparison.Ordinal) >= 0 || line.IndexOf(", right,", StringComparison.Ordinal) >= 0
                || line.IndexOf(", center,", StringComparison.Ordinal) >= 0 || line.IndexOf("(L)", StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            var rest = line.Substring(match.Index + match.Length);
            if (rest.StartsWith(", in ", StringComparison.Ordinal) || rest.StartsWith(" in ", StringComparison.Ordinal))
            {
                // ", in Columbia, S.C." — a place, then the end of the sentence.
                var stop = rest.IndexOf(". ", StringComparison.Ordinal);
                return !LineClassifier.HasMoreWordsThan(stop < 0 ? rest : rest.Substring(0, stop), 7);
            }

            return rest.Length == 0 || rest[0] == '.';
        }

        /// <summary>A site's footer links, also when they follow a copyright notice ("© 2024 Example • Privacy Policy").</summary>
        public static bool IsSiteFooter(string line) => line.Length <= 300 && IsFooterShaped(line) && FooterLink.IsMatch(line);

        // "… at the pier. Reuters", "… on July 25.Ann Lee / AP file": a caption, then the agency that took it.
        private static bool EndsWithAgency(string tail)
        {
            foreach (var agency in Agencies)
            {
                var end = tail.EndsWith(agency + " file", StringComparison.Ordinal) ? tail.Length - 5 : tail.EndsWith(agency, StringComparison.Ordinal) ? tail.Length : -1;
                var at = end - agency.Length;
                if (end < 0 || at < 3)
                {
                    continue;
                }

                // ". Reuters" or ") AP" right after the caption's sentence, or "Ann Lee / AP" glued to it.
                if (tail[at - 1] == ' ' && tail[at - 2] is '.' or ')')
                {
                    return true;
                }

                if (at >= 3 && tail[at - 1] == ' ' && tail[at - 2] == '/' && tail[at - 3] == ' ')
                {
                    // The credit is glued to the caption's full stop ("…July 25.Ann Lee / AP", "…2025.J. Lee / AP").
                    var slash = at - 3;
                    for (var k = slash - 1; k > 1 && slash - k < 40; k--)
                    {
                        if (tail[k - 1] == '.' && char.IsUpper(tail[k]) && char.IsLetterOrDigit(tail[k - 2]))
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }

            return false;
        }

        // "… map of Titan. ( NASA/JPL-Caltech/ASU )": a caption, then its credit in brackets.
        private static bool EndsWithSlashCredit(string tail)
        {
            if (tail.Length < 8 || tail[tail.Length - 1] != ')')
            {
                return false;
            }

            var open = tail.LastIndexOf('(');
            return open > 4 && IsSlashCredit(tail.Substring(open + 1, tail.Length - open - 2).Trim());
        }

        // A footer is a row of links ("Terms of Use • Privacy Policy") or a short notice, not a sentence about a policy.
        private static bool IsFooterShaped(string line) =>
            line.IndexOf('•') >= 0 || line.IndexOf('|') >= 0 || line.IndexOf('©') >= 0 || !LineClassifier.HasMoreWordsThan(line, 6);

        /// <summary>
        /// A line of dates, times and their words only ("Tuesday November 19, 2019", "Nov. 19, 2019 8:03 am ET",
        /// "2 days ago at 07:52 am", "2019-11-19T08:57:40+01:00"), or a short one with a clock time and a date
        /// after a few words ("Associated Press November 19, 2019, 9:02 AM").
        /// </summary>
        public static bool IsTimestamp(string line)
        {
            if (LineClassifier.HasMoreWordsThan(line, 16) || !MayBeStamp(line))
            {
                return false;
            }

            var words = Words(line);
            if (words.Count == 0 || words.Count > 16)
            {
                return false;
            }

            int dateLike = 0, months = 0, numbers = 0, other = 0;
            var clock = false;
            var iso = false;
            var year = false;
            var stamped = false;
            var lowerOther = 0;
            foreach (var word in words)
            {
                var w = word.TrimEnd('.', ',', ':', ';').TrimStart('@', '(');
                if (w.Length == 0 || !HasLetterOrDigit(w))
                {
                    continue;
                }

                if (char.IsDigit(w[0]))
                {
                    numbers++;

                    clock |= w.IndexOf(':') > 0;
                    iso |= w.Length >= 10 && w[4] == '-' && w.IndexOf('-', 5) == 7;
                    year |= w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal));
                    if (!IsNumberish(w))
                    {
                        other++;
                    }
                }
                else if (DateWords.Contains(w))
                {
                    dateLike++;
                    months += IsMonth(w) ? 1 : 0;
                }
                else if (StampVerbs.Contains(w))
                {
                    stamped = true;
                }
                else if (StampWords.Contains(w) || w is "|" or "/" or "-" or "•" or "·" or "—" or "–")
                {
                }
                else
                {
                    other++;
                    lowerOther += char.IsLower(w[0]) ? 1 : 0;
                }
            }

            var ago = line.IndexOf(" ago", StringComparison.OrdinalIgnoreCase) >= 0;
            if (numbers == 0)
            {
                return stamped && ago && words.Count <= 6; // "Updated an hour ago"
            }

            // A clock time alone is a live blog's entry, two dates without a time a listing's run: neither is a stamp.
            // A date without a year or a time is a heading ("Saturday, March 8" over a list of fixtures).
            var anchored = (dateLike > 0 && (months <= 1 || clock) && (year || clock)) || iso || ago;
            if (other == 0)
            {
                return (anchored || (stamped && (year || clock))) && line[0] != '(';
            }

            // Words around a full stamp: a wire name or a label ("Associated Press November 19, 2019, 9:02 AM",
            // "By Ann Lee | November 18, 2019 at 2:26 PM - Updated", "Posted on 27 Oktober 2015 by Admin").
            // Not a sentence ("The findings were published today"), an aside in brackets or a tweet's signature.
            if ((LineClassifier.EndsSentence(line) && line[line.Length - 1] is not '.' and not ';') || lowerOther > 0 || line[0] is '(' or '\u2014' or '-'
                || line.IndexOf('@') >= 0)
            {
                return false;
            }

            // "Posted :[ 2025-03-04 15:24 ]" in any language: a label with its colon, an ISO date and a time.
            var colon = line.IndexOf(':');
            return (other <= 3 && clock && dateLike > 0 && words.Count <= 12)
                || (other <= 1 && iso && clock && words.Count <= 6 && colon >= 0 && colon < line.IndexOfAny(Digits))
                || (stamped && (dateLike > 0 || year || clock) && other <= 5 && words.Count <= 20)
                || (other <= 2 && months == 1 && year && words.Count <= 6);
        }

        private static bool HasLetterOrDigit(string w)
        {
            foreach (var c in w)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        // "Updated", "· Updated:", "Published": the label of a stamp the page shows on the next line.
        private static bool IsStampLabel(string line)
        {
            var w = line.Trim('\u00B7', '\u2022', '|', '-', ' ', ':');
            return w.Length > 0 && w.IndexOf(' ') < 0 && StampVerbs.Contains(w);
        }

        private static bool IsMonth(string w) => w.Length >= 3 && "janfebmaraprmayjunjulaugsepoctnovdec".IndexOf(w.Substring(0, 3).ToLowerInvariant(), StringComparison.Ordinal) % 3 == 0
            && !(w.StartsWith("mon", StringComparison.OrdinalIgnoreCase) || w.StartsWith("sat", StringComparison.OrdinalIgnoreCase) || w.StartsWith("sun", StringComparison.OrdinalIgnoreCase));

        // Every stamp has a clock time, a four-digit year, an ISO date or "ago": one scan rules out most lines before
        // they are split into words.
        private static bool MayBeStamp(string line)
        {
            var run = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c is >= '0' and <= '9')
                {
                    if (++run == 4 || (i + 1 < line.Length && line[i + 1] == ':'))
                    {
                        return true;
                    }
                }
                else
                {
                    run = 0;
                }
            }

            return line.IndexOf(" ago", StringComparison.OrdinalIgnoreCase) > 0;
        }

        // "19,", "07:52", "2019-11-19T08:57:40+01:00", "(07:05", "11/19/2019", "19th".
        private static bool IsNumberish(string w)
        {
            foreach (var c in w)
            {
                if (!(char.IsDigit(c) || c is ':' or '-' or '/' or '+' or 'T' or 'Z' or '(' or ')' or '.' or ',' or 's' or 't' or 'n' or 'd' or 'r' or 'h'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"By Ann Lee", "| by Ann Lee and Bo Park", "By ANN LEE, Associated Press", "Natasha Turak @NatashaTurak".</summary>
        public static bool IsByline(string line)
        {
            var words = Words(line.TrimStart('|', '-', '—', '•', ' '));
            if (words.Count < 2 || words.Count > 22 || LineClassifier.EndsSentence(line) && !line.EndsWith(".", StringComparison.Ordinal))
            {
                return false;
            }

            var first = words[0];
            var piped = line.TrimStart().Length > 0 && line.TrimStart()[0] is '|' or '-' or '—' or '•';
            var by = (piped || char.IsUpper(first[0])) && first.Equals("by", StringComparison.OrdinalIgnoreCase) || first.Equals("por", StringComparison.OrdinalIgnoreCase)
                || first.Equals("von", StringComparison.OrdinalIgnoreCase) || first.Equals("par", StringComparison.OrdinalIgnoreCase);
            var handle = false;
            var names = 0;
            for (var i = by ? 1 : 0; i < words.Count; i++)
            {
                var w = words[i].TrimEnd(',', '.', '|', ';');
                if (w.Length == 0 || w is "|" or "," or "-" or "—" or "•")
                {
                    continue;
                }

                if (w[0] == '@' && w.Length > 1)
                {
                    handle = true;
                }
                else if (names >= 2 && (char.IsDigit(w[0]) || DateWords.Contains(w) || StampWords.Contains(w)))
                {
                    // "By Ann Lee - 11/19/19 06:56 AM EST": the stamp after the name
                }
                else if (words[i].EndsWith(":", StringComparison.Ordinal))
                {
                    return false; // "Account: @name" is a label
                }
                else if (char.IsUpper(w[0]) && !LooksLikeSentenceWord(w))
                {
                    names++;
                }
                else if (!NameJoiners.Contains(w) && !RoleWords.Contains(w))
                {
                    return false;
                }
            }

            // "By Monday" is a sentence's start, "By Ann Lee" a byline: a name has two parts. A long byline is
            // its names and the stamp after them ("By Ann Lee, Bo Park on Monday, March 3rd, 2025 at 11:08 a.m.").
            return by ? names >= 2 && names <= 8 : handle && names >= 2 && names <= 4;
        }

        // Capitalised words that start sentences rather than names ("By The Way" is still a name-shape; rare).
        private static bool LooksLikeSentenceWord(string w) => DateWords.Contains(w);

        /// <summary>An e-mail address alone or beside a name: "ann.lee@example.com", "Ann Lee (ann@example.com)".</summary>
        public static bool IsContactLine(string line)
        {
            var at = line.IndexOf('@');
            if (at <= 0 || line.Length > 80 || LineClassifier.HasMoreWordsThan(line, 8))
            {
                return false;
            }

            var end = at;
            while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] != ')')
            {
                end++;
            }

            var domain = line.Substring(at + 1, end - at - 1);
            return domain.IndexOf('.') > 0 && char.IsLetterOrDigit(line[at - 1]) && Words(line).Count <= 6;
        }

        // A social-media handle alone on a line ("@annlee_writes"): whose post is embedded, or how to reach the writer.
        private static bool IsHandle(string line)
        {
            if (line.Length < 3 || line.Length > 32 || line[0] != '@')
            {
                return false;
            }

            for (var i = 1; i < line.Length; i++)
            {
                if (!(char.IsLetterOrDigit(line[i]) || line[i] is '_' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        // A page's internal id alone on a line ("191119052250266"): ten digits or more, nothing else.
        private static bool IsIdNumber(string line)
        {
            if (line.Length < 10 || line.Length > 30)
            {
                return false;
            }

            foreach (var c in line)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // A link to an image file alone on a line: "https://example.com/logo.png".
        private static bool IsImageAddress(string line)
        {
            if (line.IndexOf(' ') >= 0 || line.IndexOf('/') < 0)
            {
                return false;
            }

            var dot = line.LastIndexOf('.');
            var ext = dot < 0 ? string.Empty : line.Substring(dot + 1).ToLowerInvariant();
            return ext is "png" or "jpg" or "jpeg" or "gif" or "webp" or "svg";
        }

        // A note on the author under the story: "Ann Lee is a reporter for Harbour Wire.", "Harbour contributor
        // Bo Park (bo@harbour.example) is the editor of …".
        private static readonly Regex AuthorNote = new(
            @"^([\w'’.-]+ ){0,2}\p{Lu}[\w'’.-]+( \p{Lu}[\w'’.-]+){0,3}( \([^()]{1,60}\))? is (a|an|the|\p{Lu}[\w.]*['’]s) ([\w'’-]+ ){0,5}(?i:writer|reporter|journalist|editor|correspondent|columnist|contributor|curator|author|publisher|producer|fellow)s?\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        // What a subscription form says to the reader: "Please check the box to subscribe", "Keep an eye on your inbox".
        private static readonly Regex ReaderAddress = new(@"\b(you|your|please|I agree|I accept|by subscribing)\b", Options, Timeout);

        private static readonly Regex SubscriptionWord = new(@"(subscri|newsletter|\binbox\b|opt-in|activation|\bsign(ing)? up\b|e-?mail address)", Options, Timeout);

        /// <summary>A short line that speaks to the reader of a subscription; furniture only next to furniture.</summary>
        public static bool IsReaderPrompt(string line) =>
            line.Length <= 240 && !LineClassifier.HasMoreWordsThan(line, 30) && line[0] is not '"' and not '\u201C' && SubscriptionWord.IsMatch(line) && ReaderAddress.IsMatch(line);

        /// <summary>A note on the author ("Ann Lee is a reporter for Harbour Wire."); furniture only at the end.</summary>
        public static bool IsAuthorNote(string line)
        {
            // Pages put a no-break space after the name as often as a space.
            line = line.Replace('\u00A0', ' ');
            return line.Length <= 400 && line.IndexOf(" is ", StringComparison.Ordinal) > 0 && AuthorNote.IsMatch(line);
        }

        /// <summary>A credit line on its own: a labelled or slashed credit, or names ending in a photo agency.</summary>
        public static bool IsCreditOnlyOrAgency(string line) => IsCreditOnly(line) || IsAgencyCredit(line);

        /// <summary>
        /// A short credit under a caption: one to four capitalised words ("Harbour Survey", "NASA Worldview").
        /// Not furniture by itself (a heading has that shape); <see cref="PageFurniture"/> uses it under a caption.
        /// </summary>
        public static bool IsShortCredit(string line)
        {
            if (line.Length > 40 || LineClassifier.EndsSentence(line) || LineClassifier.HasMoreWordsThan(line, 4))
            {
                return false;
            }

            var words = Words(line);
            foreach (var word in words)
            {
                if (!char.IsUpper(word[0]) && !NameJoiners.Contains(word) || !IsLetters(word) || DateWords.Contains(word))
                {
                    return false;
                }
            }

            return words.Count > 0;
        }

        /// <summary>Most words of four letters or more capitalised, at least two of them: "Ferry Fares Rise Again".</summary>
        public static bool IsTitleCase(string line)
        {
            int long_ = 0, capital = 0;
            foreach (var word in Words(line))
            {
                var w = word.TrimStart('"', '\'', '\u2018', '\u201C', '(');
                if (w.Length >= 4 && char.IsLetter(w[0]))
                {
                    long_++;
                    capital += char.IsUpper(w[0]) ? 1 : 0;
                }
            }

            return capital >= 2 && capital * 4 >= long_ * 3;
        }

        /// <summary>
        /// A teaser that runs a headline into its story's dateline: "Ferry fares rise again PORTMAIN: The council
        /// voted …". The headline has three words or more and no full stop; the place is in capitals.
        /// </summary>
        public static bool IsDatelineTeaser(string line)
        {
            if (line.Length > 600)
            {
                return false;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            while (colon > 0)
            {
                // Back over the place's words in capitals ("NEW DELHI").
                var start = colon;
                var capitals = 0;
                while (start > 0 && (char.IsUpper(line[start - 1]) || (line[start - 1] == ' ' && start > 1 && char.IsUpper(line[start - 2]))))
                {
                    start--;
                    capitals += char.IsUpper(line[start]) ? 1 : 0;
                }

                while (start < colon && line[start] == ' ')
                {
                    start++;
                }

                if (capitals >= 3 && start > 1 && line[start - 1] == ' ')
                {
                    var headline = line.Substring(0, start - 1).TrimEnd();
                    return headline.Length > 0 && LineClassifier.HasMoreWordsThan(headline, 2) && !LineClassifier.EndsSentence(headline)
                        && headline[headline.Length - 1] != ',';
                }

                colon = line.IndexOf(": ", colon + 2, StringComparison.Ordinal);
            }

            return false;
        }

        // Markup the extractor left as text: an HTML tag with its attributes ("<span style=…>", "&lt;div class=…"),
        // or a shortcode with its closing tag ("[button link=…]Send us your review[/button]").
        private static bool IsMarkup(string line)
        {
            var i = line[0] == '<' ? 1 : line.StartsWith("&lt;", StringComparison.Ordinal) ? 4 : line[0] == '[' ? 1 : -1;
            if (i < 0)
            {
                return false;
            }

            var start = i;
            while (i < line.Length && char.IsLetter(line[i]))
            {
                i++;
            }

            if (i == start || i >= line.Length)
            {
                return false;
            }

            var tag = line.Substring(start, i - start);
            if (line[0] == '[')
            {
                return line.IndexOf("[/" + tag + "]", i, StringComparison.OrdinalIgnoreCase) > 0;
            }

            // An HTML tag has attributes ("name=") or closes at once.
            var attributes = line.IndexOf('=', i);
            return line[i] == '>' || string.CompareOrdinal(line, i, "&gt;", 0, 4) == 0 || (line[i] == ' ' && attributes > i && attributes < i + 40);
        }

        // A link in a site's menu or list, pointed at by a guillemet or an arrow: "» Ferry timetables".
        private static bool IsPointedLink(string line) =>
            line.Length > 2 && line[0] is '\u00BB' or '\u203A' or '\u25B8' or '\u25BA' or '\u2192' && char.IsWhiteSpace(line[1]) && !LineClassifier.HasMoreWordsThan(line, 15);

        /// <summary>
        /// A teaser for another story shouted in capitals: a whole headline of nine or more words, no lower-case
        /// letter, no full stop or question mark ("FERRY CREW RESCUES SEAL PUP AFTER THE WINTER STORM"). An article's
        /// own subheadings in capitals are a few words, or a question put to the reader. A headline in capitals has the
        /// same shape: <see cref="PageFurniture"/> looks for teasers only under it.
        /// </summary>
        public static bool IsShoutedTeaser(string line)
        {
            return line.Length >= 30 && line.Length <= 200 && LineClassifier.HasMoreWordsThan(line, 8) && !LineClassifier.EndsSentence(line)
                && HasShoutedLetters(line);
        }

        /// <summary>
        /// The letters of <see cref="IsShoutedTeaser"/>: twenty capitals or more, one lower-case letter in twenty at most, few
        /// digits. <see cref="LineShape"/> tests the length, words and ending it has already.
        /// </summary>
        internal static bool HasShoutedLetters(string line)
        {
            int letters = 0, lower = 0, digits = 0;
            foreach (var c in line)
            {
                letters += char.IsUpper(c) ? 1 : 0;
                lower += char.IsLower(c) ? 1 : 0;
                digits += char.IsDigit(c) ? 1 : 0;
            }

            // An acronym's plural ("AMAs") is the one lower-case letter a shouted headline holds; a row of figures
            // in capitals ("HARBOUR FERRIES INC. 11.40 -0.62") is a ticker, not a headline.
            return letters >= 20 && lower * 20 <= letters && digits * 5 <= letters;
        }

        // A teaser headline tagged with a label in brackets: "Ferry crew rescues seal pup [VIDEO]", "… [ INSIGHT]|".
        private static bool IsTaggedTeaser(string line)
        {
            var end = line.TrimEnd('|', ' ');
            if (end.Length < 12 || end[end.Length - 1] != ']' || LineClassifier.HasMoreWordsThan(line, 20))
            {
                return false;
            }

            var open = end.LastIndexOf('[');
            if (open <= 0)
            {
                return false;
            }

            var tag = end.Substring(open + 1, end.Length - open - 2).Trim();
            if (tag.Length < 3 || tag.Length > 12)
            {
                return false;
            }

            foreach (var c in tag)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return char.IsUpper(tag[0]) && char.IsUpper(tag[tag.Length - 1]) || tag is "Video" or "Photos" or "Gallery" or "Watch";
        }

        // "Getty", "Ann Lee | Bloomberg | Getty Images", "ANN LEE/AFP": capitalised words ending in an agency.
        internal static bool IsAgencyCredit(string line)
        {
            if (!char.IsLetter(line[line.Length - 1]) || LineClassifier.HasMoreWordsThan(line, 8))
            {
                return false;
            }

            var matched = false;
            foreach (var agency in Agencies)
            {
                if (line.EndsWith(agency, StringComparison.Ordinal) && (line.Length == agency.Length || !char.IsLetter(line[line.Length - agency.Length - 1])))
                {
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return false;
            }

            foreach (var word in Words(line))
            {
                if (char.IsLetter(word[0]) && !char.IsUpper(word[0]) && word != "iStock" && word != "dpa" && !NameJoiners.Contains(word))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly char[] NotInCredit = { ':', ',', '*', '(', ';' };

        // "Ann Lee/Getty Images", "Ann Lee/The Daily Harbour/AFP": a name, a slash and an outlet, nothing else.
        private static bool IsSlashCredit(string line)
        {
            var slash = line.IndexOf('/');
            if (slash <= 0 || slash == line.Length - 1 || line[slash - 1] == ' ' || line[slash + 1] == ' ' || !char.IsUpper(line[0])
                || !char.IsUpper(line[slash + 1]) || LineClassifier.HasMoreWordsThan(line, 7) || LineClassifier.EndsSentence(line)
                || line.IndexOf("://", StringComparison.Ordinal) >= 0 || line.IndexOfAny(NotInCredit) >= 0)
            {
                return false;
            }

            foreach (var word in Words(line))
            {
                if (!char.IsUpper(word[0]) && !NameJoiners.Contains(word))
                {
                    return false;
                }
            }

            return true;
        }

        // "Share", "Facebook Twitter Email", "Share on: Facebook Twitter", "Whatsapp Facebook Pinterest Print":
        // buttons, with their connectors and at most one unknown word in four.
        private static bool IsChromeRow(string line)
        {
            var words = Words(line);
            if (words.Count == 0 || words.Count > 8)
            {
                return false;
            }

            int unknown = 0, buttons = 0;
            foreach (var word in words)
            {
                var w = word.Trim('|', '•', '·', ',', ':', '(', ')');
                if (w.Length == 0 || ChromeConnectors.Contains(w))
                {
                    continue;
                }

                if (ChromeWords.Contains(w))
                {
                    buttons++;
                }
                else
                {
                    unknown++;
                }
            }

            return buttons > 0 && (unknown == 0 || (words.Count >= 3 && unknown * 4 <= words.Count));
        }

        /// <summary>
        /// Names with what marks them as the authors: "Ann Lee, Harbour Wire", "Ann Lee and Bo Park", "Ann Lee, staff
        /// writer", "by Ann Lee". Only above the story is that a byline: a heading can have the same shape.
        /// </summary>
        public static bool IsAuthorLine(string line)
        {
            if (line.StartsWith("by ", StringComparison.Ordinal))
            {
                return IsNameOnly(line.Substring(3));
            }

            if (!IsNameOnly(line))
            {
                return false;
            }

            if (line.IndexOf(',') > 0 || line.IndexOf(" and ", StringComparison.Ordinal) > 0)
            {
                return true;
            }

            foreach (var word in Words(line))
            {
                if (RoleWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A name alone on a line: two to four capitalised words, nothing else ("Ann Lee", "ANN LEE, HARBOUR WIRE").
        /// Not furniture by itself (a heading has that shape); <see cref="ArticleParser"/> uses it in the header.
        /// </summary>
        public static bool IsNameOnly(string line)
        {
            if (line.Length > 60 || LineClassifier.EndsSentence(line))
            {
                return false;
            }

            // Beyond four words, only "Ann Lee and Bo Park, Harbour Wire": a name list with its outlet.
            var words = Words(line);
            if (words.Count < 2 || words.Count > 8 || (words.Count > 4 && line.IndexOf(',') < 0 && line.IndexOf(" and ", StringComparison.Ordinal) < 0))
            {
                return false;
            }

            var names = 0;
            foreach (var word in words)
            {
                var w = word.TrimEnd(',');

                // A headline in title case is no name: "Crew Charged With Theft", "Sheriff's Office Closes".
                if (TitleCaseWords.Contains(w) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal))
                {
                    return false;
                }

                if (w.Length > 0 && char.IsUpper(w[0]) && !DateWords.Contains(w) && IsLetters(w))
                {
                    names++;
                }
                else if (!NameJoiners.Contains(w) && !RoleWords.Contains(w))
                {
                    return false;
                }
            }

            return names >= 2;
        }

        private static bool IsLetters(string w)
        {
            foreach (var c in w)
            {
                if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'' and not '\u2019')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Words split at spaces (punctuation stays on them), at most 40.</summary>
        private static List<string> Words(string line)
        {
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= line.Length && words.Count <= 40; i++)
            {
                if (i == line.Length || char.IsWhiteSpace(line[i]))
                {
                    if (start >= 0)
                    {
                        words.Add(line.Substring(start, i - start));
                        start = -1;
                    }
                }
                else if (start < 0)
                {
                    start = i;
                }
            }

            return words;
        }
    }
}
