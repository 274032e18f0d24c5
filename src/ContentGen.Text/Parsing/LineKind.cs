using ContentGen.Text.Model;

namespace ContentGen.Text.Parsing
{
    /// <summary>How the parser treats one body line.</summary>
    internal readonly record struct LineKind(bool IsContent, bool IsCredit, BoilerplateKind? Boilerplate)
    {
        public static readonly LineKind Content = new(true, false, null);
        public static readonly LineKind Credit = new(false, true, null);

        public static LineKind Scraped(BoilerplateKind kind) => new(false, false, kind);
    }
}
