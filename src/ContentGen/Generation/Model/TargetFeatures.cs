namespace ContentGen.Generation.Model
{
    /// <summary>What the consuming compilation offers: records (C# 9), <c>DateOnly</c>, <c>IsExternalInit</c>.</summary>
    internal sealed record TargetFeatures(bool SupportsRecords, bool HasDateOnly, bool NeedsIsExternalInit);
}
