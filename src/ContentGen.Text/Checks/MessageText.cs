namespace ContentGen.Text.Checks
{
    /// <summary>Shortens text for a message.</summary>
    internal static class MessageText
    {
        public static string Short(string text, int max = 60) => text.Length <= max ? text : text.Substring(0, max - 3) + "...";
    }
}
