using ContentGen.Text.Tokens;

namespace ContentGen.Cli;

/// <summary>"Did you mean": the known word nearest to a mistyped one, by edit distance.</summary>
public static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="given"/>, or null when none is close enough to be what was meant.</summary>
    public static string? Nearest(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(given.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A third of the word may be wrong ("--thread", "--fromat", "srif"); beyond that a guess misleads.
        return best is not null && bestDistance <= Math.Max(1, best.TrimStart('-').Length / 3) ? best : null;
    }
}
