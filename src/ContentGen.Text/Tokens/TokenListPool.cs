using System.Collections.Generic;

namespace ContentGen.Text.Tokens
{
    /// <summary>
    /// Token lists for reuse by the parse and the checks on the same thread: a token list is short-lived and about
    /// five bytes per character of text, the largest garbage a parse made. Per thread (the analyzer parses files
    /// concurrently), and bounded: at most <see cref="MaxLists"/> lists of at most <see cref="MaxCapacity"/> tokens
    /// are kept, so a huge paragraph's list is left to the collector and a thread holds at most about 1.5 MB here
    /// (a long-lived compiler server has many threads).
    /// </summary>
    internal static class TokenListPool
    {
        private const int MaxLists = 32;
        private const int MaxCapacity = 2048;

        [System.ThreadStatic]
        private static Stack<List<Token>>? _free;

        /// <summary>An empty list, reused when one is free.</summary>
        public static List<Token> Rent()
        {
            var free = _free;
            if (free is not null && free.Count > 0)
            {
                var list = free.Pop();
                list.Clear();
                return list;
            }

            return new List<Token>();
        }

        /// <summary>Gives a list back; the caller must not use it afterwards.</summary>
        public static void Return(List<Token> list)
        {
            if (list.Capacity > MaxCapacity)
            {
                return;
            }

            var free = _free ??= new Stack<List<Token>>();
            if (free.Count < MaxLists)
            {
                list.Clear();
                free.Push(list);
            }
        }
    }
}
