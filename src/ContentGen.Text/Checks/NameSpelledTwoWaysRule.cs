using System.Collections.Generic;
using ContentGen.Text.Corpus;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// CG1006: one person's name spelled two ways in one article ("Nikol Pashinyan" in a caption, "Pashinian" in
    /// the body; "Katrin Vossberg" then "Catrin Vossberg"). For the surname and for each given name, the first
    /// spelling is the reference and every later mention spelled otherwise is reported. Different people who share
    /// a surname are different people and are never compared; a particle dropped ("al-Rashid"/"Rashid"), a
    /// difference of case or apostrophe alone, and names inside quotation marks (the source's words) are not reported.
    /// </summary>
    internal sealed class NameSpelledTwoWaysRule : IArticleRule
    {
        public static RuleInfo Metadata { get; } = new(RuleIds.NameSpelledTwoWays, "Name spelled two ways in one article", RuleCategory.Content);

        public RuleInfo Info => Metadata;

        public void Check(ArticleText article, List<Finding> findings)
        {
            foreach (var person in article.Article.People)
            {
                if (person.Mentions.Count < 2 || OneSpelling(person))
                {
                    continue;
                }

                List<(string Slot, string Spelling, int Start)>? references = null;
                foreach (var mention in person.Mentions)
                {
                    if (NameSpelling.InQuote(article.Article, mention.Range))
                    {
                        continue;
                    }

                    foreach (var part in NameSpelling.Parts(mention))
                    {
                        // The first earlier spelling of this part that this one may spell is its reference.
                        references ??= new List<(string Slot, string Spelling, int Start)>();
                        var reference = references.FindIndex(r => r.Slot == part.Slot
                            && (NameSpelling.Same(r.Spelling, part.Spelling) || NameSpelling.Variants(part.Slot, r.Spelling, part.Spelling)));
                        if (reference < 0)
                        {
                            references.Add((part.Slot, part.Spelling, part.Range.Start));
                            continue;
                        }

                        var (_, spelling, start) = references[reference];
                        if (NameSpelling.Same(part.Spelling, spelling))
                        {
                            continue;
                        }

                        findings.Add(new Finding(
                            Info.Id,
                            part.Range,
                            $"Name '{part.Spelling}' is spelled '{spelling}' at line {article.Lines.LineOf(start)} of this article; use one spelling"));
                    }
                }
            }
        }

        // Most people are named one way throughout: one surname as written and at most one full form.
        private static bool OneSpelling(Model.ParsedPerson person)
        {
            var surname = person.Mentions[0].Surname;
            string? full = null;
            foreach (var mention in person.Mentions)
            {
                if (!string.Equals(mention.Surname, surname, System.StringComparison.Ordinal))
                {
                    return false;
                }

                if (mention.Form.Length != mention.Surname.Length)
                {
                    if (full is null)
                    {
                        full = mention.Form;
                    }
                    else if (!string.Equals(full, mention.Form, System.StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
