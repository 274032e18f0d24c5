using System;
using System.Collections.Generic;
using ContentGen.Text.Model;

namespace ContentGen.Text.Corpus
{
    /// <summary>A figure with what it counts (<see cref="FigureComparison.UnitKey"/>) and the words around it.</summary>
    internal sealed class FigureKey
    {
        public FigureKey(ParsedFigure figure, string unit, Statement statement, FigureBinding binding) =>
            (Figure, Unit, Statement, Binding) = (figure, unit, statement, binding);

        public ParsedFigure Figure { get; }

        public string Unit { get; }

        /// <summary>The words of the figure's sentence and those next to it.</summary>
        public Statement Statement { get; }

        /// <summary>What the figure is bound to in its sentence: what governs it, what it is of, where.</summary>
        public FigureBinding Binding { get; internal set; }

        /// <summary>True when another figure of the same unit stands in the same sentence.</summary>
        public bool Ambiguous { get; internal set; }

        /// <summary>True when the figure is <see cref="Ambiguous"/> but its binding tells it from the others of its unit in the sentence.</summary>
        public bool Resolved { get; internal set; }

        /// <summary>
        /// The figures of other units in the same sentence ("13 homers and 43 RBIs in 54 games"): what frames the
        /// figure. Two sentences whose figures of a shared other unit all disagree report another game, season or haul.
        /// </summary>
        public IReadOnlyList<FigureKey> Neighbours { get; internal set; } = Array.Empty<FigureKey>();
    }
}
