namespace ContentGen.Generation.Model
{
    /// <summary>The project settings the generated code depends on (MSBuild properties).</summary>
    /// <param name="Namespace">The namespace of the generated types (<c>ContentGenNamespace</c>, else <c>RootNamespace.Content</c>).</param>
    /// <param name="AllFacts">
    /// <c>ContentGenFacts=All</c>: a facts holder for every article. By default only the articles the project's code
    /// names in <c>ArticleFacts.&lt;Name&gt;</c> get one (a library whose consumers use the facts sets <c>All</c>).
    /// </param>
    /// <param name="StringPayloadBudget">
    /// How many characters of article data may go into string literals (<c>ContentGenStringPayloadBudget</c>); the
    /// articles past it, in path order, are stored as UTF-8 data. String literals cost the compiler a fraction of
    /// UTF-8 literals, but they share the assembly's user-string heap (16 MB, about 8 million characters) with every
    /// other string literal of the project.
    /// </param>
    internal sealed record GeneratorSettings(string Namespace, bool AllFacts = false, int StringPayloadBudget = GeneratorSettings.DefaultStringPayloadBudget)
    {
        /// <summary>6 million characters: 12 MB of the 16 MB heap, leaving the project 2 million characters of its own.</summary>
        public const int DefaultStringPayloadBudget = 6_000_000;
    }
}
