using System;
using System.Collections.Generic;

namespace ContentGen.Text.Tokens
{
    /// <summary>
    /// English number words from one to ninety-nine's parts ("one" … "twenty", "thirty" … "ninety") and their
    /// ordinals ("first" … "twentieth", "thirtieth" … "ninetieth"), for every reader of numbers written as words: the
    /// figure extractor counts with them, the quote comparison writes them as digits.
    /// </summary>
    internal static class NumberWords
    {
        private static readonly string[] Ones =
        {
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        };

        private static readonly string[] OnesOrdinals =
        {
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth",
        };

        private static readonly string[] Tens = { "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

        /// <summary>"one" … "twenty", "thirty" … "ninety", with their values.</summary>
        public static IReadOnlyDictionary<string, int> Cardinals { get; } = Build(ordinal: false);

        /// <summary>"first" … "twentieth", "thirtieth" … "ninetieth", with their values.</summary>
        public static IReadOnlyDictionary<string, int> Ordinals { get; } = Build(ordinal: true);

        private static Dictionary<string, int> Build(bool ordinal)
        {
            var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var ones = ordinal ? OnesOrdinals : Ones;
            for (var n = 0; n < ones.Length; n++)
            {
                map[ones[n]] = n + 1;
            }

            for (var t = 0; t < Tens.Length; t++)
            {
                // "thirty" -> "thirtieth"
                map[ordinal ? Tens[t].Substring(0, Tens[t].Length - 1) + "ieth" : Tens[t]] = (t + 3) * 10;
            }

            return map;
        }
    }
}
