using ContentGen.Text.Parsing;

namespace ContentGen.Tests.Engine;

public class LineMapTests
{
    [Theory]
    [InlineData("ab\ncd", 0, 1, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 2, 1, 3)]   // the carriage return still belongs to line 1
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd\n\nx", 7, 4, 1)] // a lone carriage return ends a line too
    [InlineData("ab", 2, 1, 3)]         // the end of the text
    public void Gives_line_and_column_from_one(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineMap(text).PositionOf(offset));
    }
}
