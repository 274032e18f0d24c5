namespace ContentGen.Text.Model
{
    /// <summary>Shortens text quoted in a message (diagnostics, front matter and glossary issues).</summary>
    internal static class MessageText
    {
        public static string Short(string text, int max = 60) => text.Length <= max ? text : text.Substring(0, max - 3) + "...";
    }
}
