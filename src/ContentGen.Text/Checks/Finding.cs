using ContentGen.Text.Model;

namespace ContentGen.Text.Checks
{
    /// <summary>
    /// One problem a check found: the rule, the offending text's range, and a message that says what is wrong and
    /// what to do. <see cref="Related"/> points into another file for cross-article findings. Plain data: the
    /// analyzers turn it into a Roslyn diagnostic, a command-line front end could print it.
    /// </summary>
    public sealed record Finding(string RuleId, TextRange Range, string Message, RelatedLocation? Related = null)
    {
        /// <summary>
        /// What the range should read instead, when the rule knows it and the text alone does not tell (a name's
        /// canonical spelling); the fix is computed from it (Fixes/FixProvider).
        /// </summary>
        public string? Replacement { get; init; }

        /// <summary>
        /// CG0001 for a file the engine threw on: a bug in ContentGen, reported on that file (by the analyzer and the
        /// command line alike) instead of an exception that would hide every other file's findings.
        /// </summary>
        public static Finding EngineFailure(System.Exception exception) => new(
            RuleIds.UnusableFile,
            default,
            $"ContentGen failed to analyse this file ({exception.GetType().Name}: {exception.Message}); this is a bug in ContentGen, please report it with the file");
    }

    /// <summary>A place in another file that a finding refers to.</summary>
    public sealed record RelatedLocation(string Path, TextRange Range);
}
