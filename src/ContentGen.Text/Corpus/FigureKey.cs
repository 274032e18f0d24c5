using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>A figure with what it counts (<see cref="FigureComparison.UnitKey"/>) and the words around it.</summary>
    internal sealed class FigureKey
    {
        public FigureKey(ParsedFigure figure, string unit, Statement statement) =>
            (Figure, Unit, Statement) = (figure, unit, statement);

        public ParsedFigure Figure { get; }

        public string Unit { get; }

        /// <summary>The words of the figure's sentence and those next to it.</summary>
        public Statement Statement { get; }

        /// <summary>True when another figure of the same unit stands in the same sentence.</summary>
        public bool Ambiguous { get; internal set; }
    }
}
