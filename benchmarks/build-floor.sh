#!/usr/bin/env bash
# What a rebuild of an N-article project costs in parts (issue 16's 10,000-article budget): the same project built
#   without   no ContentGen (the articles are AdditionalFiles all the same);
#   members   no ContentGen, plus a hand-written C# file with one lazily loaded member per article, shaped like the
#             generated ones (a property and its field) but with no text: the floor of any API with a member per article;
#   generated no ContentGen, plus ContentGen's generated code for these articles as ordinary source files: the
#             compiler's work on the generated code, without the generator and the analyzer;
#   generator ContentGen with RunAnalyzers=false (the compiler skips analyzers, generators still run);
#   no-sdk    ContentGen with EnableNETAnalyzers=false (the SDK's code analyzers off; ContentGen's analyzer runs);
#   with      ContentGen as a user has it (generator and analyzer).
# Rebuilds after touching one .cs file, interleaved, the compiler server on, RUNS times after a warm-up; prints each
# variant's median and its ratio to "without".
# Usage: benchmarks/build-floor.sh [N] [RUNS]     (N default 10,000, RUNS default 3; about 10 minutes at 10,000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench-project.sh
source "$root/benchmarks/bench-project.sh"
n=${1:-10000}
runs=${2:-3}
bench_work_dir
export UseSharedCompilation=true

dotnet build -c Release "$root/src/ContentGen/ContentGen.csproj" -o "$work/analyzer" > /dev/null
dotnet run -c Release --project "$root/benchmarks/ContentGen.Benchmarks" -- write-corpus "$work/corpus" "$n" > /dev/null
build="$root/src/ContentGen/build"

# "with" first: its generated files, written to disk once, are the "generated" variant's sources.
write_bench_app "$work/with" "$work/corpus" "$work/analyzer/ContentGen.dll" "$build"
dotnet build -c Release -nodeReuse:false -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/emitted" "$work/with" > /dev/null
rm -rf "$work/with/obj/Release" "$work/with/bin"

write_bench_app "$work/without" "$work/corpus"

write_bench_app "$work/generated" "$work/corpus"
mkdir -p "$work/generated/Generated"
cp "$work"/emitted/ContentGen/*/*.cs "$work/generated/Generated/"
echo 'public static class Program { public static void Main() => System.Console.WriteLine(Bench.Content.Articles.All.Count); }' > "$work/generated/Program.cs"

write_bench_app "$work/generator" "$work/corpus" "$work/analyzer/ContentGen.dll" "$build"
sed -i 's|<OutputType>Exe</OutputType>|<OutputType>Exe</OutputType><RunAnalyzers>false</RunAnalyzers>|' "$work/generator/Bench.csproj"

write_bench_app "$work/no-sdk" "$work/corpus" "$work/analyzer/ContentGen.dll" "$build"
sed -i 's|<OutputType>Exe</OutputType>|<OutputType>Exe</OutputType><EnableNETAnalyzers>false</EnableNETAnalyzers>|' "$work/no-sdk/Bench.csproj"

write_bench_app "$work/members" "$work/corpus"
{
  echo '#nullable enable'
  echo 'namespace Bench.Content'
  echo '{'
  echo '    public sealed class Article { internal static Article Load(ref Article? slot, string payload) => slot ??= new Article(); }'
  echo '    public static partial class Articles'
  echo '    {'
  for i in $(seq "$n"); do
    printf '        public static Article A%05d => Article.Load(ref __A%05d, "");\n        private static Article? __A%05d;\n' "$i" "$i" "$i"
  done
  echo '    }'
  echo '}'
} > "$work/members/Members.cs"

variants=(without members generated generator no-sdk with)
for variant in "${variants[@]}"; do
  dotnet build -c Release -nodeReuse:false "$work/$variant" > /dev/null   # restore, and warm the compiler server
done

for i in $(seq "$runs"); do
  for variant in "${variants[@]}"; do
    echo "public static class Touched { public const int Edit = $i; }" > "$work/$variant/Touched.cs"
    start=$(date +%s%N)
    dotnet build -c Release --no-restore -nodeReuse:false "$work/$variant" > "$work/$variant.log"
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 ))" >> "$work/$variant.times"
  done
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
base=$(median "$work/without.times")
echo "articles: $n; compiler server on; rebuild after touching one .cs file; $runs interleaved runs; generated C#: $(cat "$work"/generated/Generated/*.cs | wc -c) bytes in $(ls "$work"/generated/Generated | wc -l) files"
for variant in "${variants[@]}"; do
  m=$(median "$work/$variant.times")
  echo "$variant: median $m ms (runs: $(paste -sd' ' "$work/$variant.times")), $(awk -v a="$m" -v b="$base" 'BEGIN { printf "%.2f", a / b }')x without"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
