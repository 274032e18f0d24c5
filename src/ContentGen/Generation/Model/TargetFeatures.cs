namespace ContentGen.Generation.Model
{
    /// <summary>
    /// What the consuming compilation offers: records (C# 9), <c>DateOnly</c>, <c>IsExternalInit</c>, UTF-8 string
    /// literals decodable with <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c> (C# 11 on .NET Core/.NET 5+), and
    /// <c>System.IO.Compression.DeflateStream</c> (everywhere but a .NET Framework project without that reference).
    /// </summary>
    internal sealed record TargetFeatures(bool SupportsRecords, bool HasDateOnly, bool NeedsIsExternalInit, bool SupportsUtf8Literals = false, bool HasDeflate = false);
}
