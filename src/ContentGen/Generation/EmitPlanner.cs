using System;
using System.Collections.Immutable;
using System.Linq;
using ContentGen.Generation.Model;
using ContentGen.Text.Model;

namespace ContentGen.Generation
{
    /// <summary>Makes the emit choices that depend on the whole project (<see cref="EmitPlan"/>).</summary>
    internal static class EmitPlanner
    {
        public static EmitPlan Plan(ImmutableArray<PayloadSize> sizes, ImmutableArray<string> factReferences, GeneratorSettings settings, bool compressed = true)
        {
            // String literals in path order while they fit the budget, UTF-8 data for the rest: the choice moves only
            // for articles at the boundary when a text grows or shrinks, so nearly every article's source stays cached.
            var sorted = sizes.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            var utf8 = ImmutableArray.CreateBuilder<string>();
            long used = 0;
            foreach (var size in sorted)
            {
                used += compressed ? size.Compressed : size.Plain;
                if (used > settings.StringPayloadBudget)
                {
                    utf8.Add(size.Path);
                }
            }

            var allFacts = settings.AllFacts || factReferences.Contains(FactReferences.All);
            var names = allFacts
                ? EquatableArray<string>.Empty
                : factReferences.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
            return new EmitPlan(utf8.ToEquatableArray(), allFacts, names);
        }

        /// <summary>Whether an article's data goes into UTF-8 data (binary search: the paths are sorted).</summary>
        public static bool IsUtf8(EmitPlan plan, string path) => SortedByPath.IndexOf(plan.Utf8Paths, path, p => p) >= 0;

        /// <summary>Whether an article gets a facts holder.</summary>
        public static bool HasFacts(EmitPlan plan, string propertyName) => plan.AllFacts || SortedByPath.IndexOf(plan.FactsNames, propertyName, n => n) >= 0;
    }
}
