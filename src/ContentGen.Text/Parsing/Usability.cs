using ContentGen.Text.Model;

namespace ContentGen.Text.Parsing
{
    /// <summary>Decides whether a file can be an article at all: not empty, not binary, not mis-decoded.</summary>
    internal static class Usability
    {
        public static UnusableReason Check(string text)
        {
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            if (text.Length - start == 0)
            {
                return UnusableReason.Empty;
            }

            int visible = 0, control = 0, replacement = 0;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];

                // Printable ASCII and spaces, almost all of any text: visible or blank, never control or replacement.
                if (c is > ' ' and < '\u007F')
                {
                    visible++;
                    continue;
                }

                if (c == ' ')
                {
                    continue;
                }

                if (c == '\uFFFD')
                {
                    replacement++;
                }
                else if (char.IsControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                {
                    control++;
                }

                if (!char.IsWhiteSpace(c))
                {
                    visible++;
                }
            }

            if (visible == 0)
            {
                return UnusableReason.WhitespaceOnly;
            }

            // A stray control character or replacement character is a hidden-character finding (CG1007);
            // a file full of them is not text.
            var length = text.Length - start;
            if (control >= 4 && control * 20 > length)
            {
                return UnusableReason.Binary;
            }

            if (replacement >= 4 && replacement * 10 > length)
            {
                return UnusableReason.Undecodable;
            }

            return UnusableReason.None;
        }
    }
}
