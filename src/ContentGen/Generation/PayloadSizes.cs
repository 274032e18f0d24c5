using System.Runtime.CompilerServices;
using ContentGen.Emit;
using ContentGen.Generation.Model;

namespace ContentGen.Generation
{
    /// <summary>
    /// How long an article's string literal is, measured by encoding it (with the article's own spellings of names; the
    /// canonical ones differ by a few characters). Kept per spec: a rebuild gets the same spec objects from the
    /// engine's cache, so the deflate runs once per article text, not once per build.
    /// </summary>
    internal static class PayloadSizes
    {
        private static readonly ConditionalWeakTable<ArticleSpec, PayloadSize> Measured = new();

        public static PayloadSize Of(ArticleSpec spec) => Measured.GetValue(spec, static spec =>
        {
            var plain = ArticlePayloadWriter.Encode(spec, default);
            var deflated = PayloadEncoding.Deflate(plain, out var length);
            return new PayloadSize(spec.Path, plain.Length, PayloadEncoding.ToBase16384(deflated, length).Length);
        });
    }
}
