using System;
using ContentGen.Text.Model;

namespace ContentGen.Generation
{
    /// <summary>Binary search in arrays the generator keeps in ordinal path order (names, canonical names).</summary>
    internal static class SortedByPath
    {
        /// <returns>The index of the item whose path is <paramref name="path"/>, or -1.</returns>
        public static int IndexOf<T>(EquatableArray<T> items, string path, Func<T, string> pathOf)
            where T : IEquatable<T>
        {
            int low = 0, high = items.Count - 1;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                var order = string.CompareOrdinal(pathOf(items[mid]), path);
                if (order == 0)
                {
                    return mid;
                }

                if (order < 0)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return -1;
        }
    }
}
