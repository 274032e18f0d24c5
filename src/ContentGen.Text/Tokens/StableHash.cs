namespace ContentGen.Text.Tokens
{
    /// <summary>
    /// FNV-1a over characters: the same value in every process (string.GetHashCode is randomized per process), cheap,
    /// and computable over a slice without allocating it.
    /// </summary>
    internal static class StableHash
    {
        public static uint Of(string text) => Of(text, 0, text.Length);

        public static uint Of(string text, int start, int length)
        {
            var hash = 2166136261u;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            return hash;
        }
    }
}
