namespace ContentGen.Generation.Model
{
    /// <summary>The project settings the generated code depends on (MSBuild properties).</summary>
    internal sealed record GeneratorSettings(string Namespace);
}
