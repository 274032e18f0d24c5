using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>A quote with its words as compared (<see cref="QuoteComparison.Words"/>), computed once per parse.</summary>
    /// <param name="HoldsAttribution">
    /// True when the span holds an attribution and so is the text between two quotations, not one
    /// (<see cref="QuoteComparison.HoldsAttribution"/>).
    /// </param>
    internal sealed record QuoteKey(ParsedQuote Quote, string[] Words, bool HoldsAttribution);
}
