using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// One problem a check found: the rule, the offending text's range, and a message that says what is wrong and
    /// what to do. <see cref="Related"/> points into another file for cross-article findings. Plain data: the
    /// analyzers turn it into a Roslyn diagnostic, a command-line front end could print it.
    /// </summary>
    public sealed record Finding(string RuleId, TextRange Range, string Message, RelatedLocation? Related = null);

    /// <summary>A place in another file that a finding refers to.</summary>
    public sealed record RelatedLocation(string Path, TextRange Range);
}
