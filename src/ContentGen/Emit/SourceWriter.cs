using System.Text;

namespace ContentGen.Emit
{
    /// <summary>Writes indented C# source, one line at a time (in the manner of System.Text.Json's generator).</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public SourceWriter()
        {
        }

        /// <summary>A writer for text that goes inside <paramref name="indent"/> levels of braces written elsewhere.</summary>
        public SourceWriter(int indent) => _indent = indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        public SourceWriter Open(string text = "{")
        {
            Line(text);
            _indent++;
            return this;
        }

        public SourceWriter Close(string text = "}")
        {
            _indent--;
            return Line(text);
        }

        public SourceWriter Indent()
        {
            _indent++;
            return this;
        }

        public SourceWriter Outdent()
        {
            _indent--;
            return this;
        }

        /// <summary>A <c>/// &lt;summary&gt;</c> comment with the text escaped for XML.</summary>
        public SourceWriter Summary(string text) => Line("/// <summary>" + CSharpLiteral.XmlDoc(text) + "</summary>");

        public override string ToString() => _builder.ToString();
    }
}
