#!/usr/bin/env bash
# Stage 6: a real `dotnet build` of a project with N synthesized articles (default 1,000), with and without ContentGen.
# Each run touches one .cs file in every project and rebuilds them one after the other (interleaved, so that a busy
# shared machine slows all variants alike), RUNS times after a warm-up build; prints the median of each variant, the
# ratio, the CPU time and peak resident memory of the build's own processes (with UseSharedCompilation=false these
# include the compiler: the figures to read on a shared machine), with the compiler server the CPU time the server
# spent on each build (read from /proc before and after it: far steadier than wall time on a busy machine), and the
# assembly size against the article bytes.
# Usage: benchmarks/build-overhead.sh [N] [RUNS]
#   UseSharedCompilation=true|false   the compiler server (default: the environment's; this machine sets false)
#   BEFORE=path/to/ContentGen.dll     also builds a third variant with another build of the analyzer (e.g. main's)
#   BEFORE_BUILD=path/to/build        that variant's package props/targets folder (default: this checkout's)
#   FORCE=1                           --no-incremental rebuilds instead of touch-one-file rebuilds
#   CORPUS=dir                        the first N .txt files under dir (e.g. ../shared/realtext/stories, real news)
#                                     instead of N synthesized articles; N is then at most the number of files
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench-project.sh
source "$root/benchmarks/bench-project.sh"
n=${1:-1000}
runs=${2:-5}
bench_work_dir
shared=${UseSharedCompilation:-true}
export UseSharedCompilation=$shared
extra=()
[ "${FORCE:-}" = 1 ] && extra+=(--no-incremental)

dotnet build -c Release "$root/src/ContentGen/ContentGen.csproj" -o "$work/analyzer" > /dev/null
if [ -n "${CORPUS:-}" ]; then
  # Real articles, flattened into one folder (folder/name.txt -> folder_name.txt), in a fixed order.
  mkdir -p "$work/corpus"
  find "$CORPUS" -name '*.txt' | sort | head -n "$n" | while read -r f; do
    rel=${f#"$CORPUS"/}; cp "$f" "$work/corpus/${rel//\//_}"
  done
  n=$(find "$work/corpus" -name '*.txt' | wc -l)
else
  dotnet run -c Release --project "$root/benchmarks/ContentGen.Benchmarks" -- write-corpus "$work/corpus" "$n" > /dev/null
fi

variants=(without with)
[ -n "${BEFORE:-}" ] && variants+=(before)
for variant in "${variants[@]}"; do
  app="$work/$variant"
  if [ "$variant" = without ]; then
    write_bench_app "$app" "$work/corpus"
  else
    dll="$work/analyzer/ContentGen.dll" build="$root/src/ContentGen/build"
    [ "$variant" = before ] && dll="$BEFORE" build="${BEFORE_BUILD:-$build}"
    write_bench_app "$app" "$work/corpus" "$dll" "$build"
  fi
  dotnet build -c Release -nodeReuse:false "$app" > /dev/null   # restore, and warm the compiler server when it is on
done

# CPU time (ms) of the compiler server processes so far, with their pids: "pids ms", or "- 0" when none runs.
server_cpu() {
  local pids
  pids=$(pgrep -f 'VBCSCompiler' | sort -n | paste -sd, || true)
  if [ -z "$pids" ]; then echo "- 0"; return; fi
  for pid in ${pids//,/ }; do cat "/proc/$pid/stat" 2>/dev/null || true; done \
    | awk -v pids="$pids" -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); ticks += $12 + $13 } END { printf "%s %d\n", pids, ticks * 1000 / hz }'
}

for i in $(seq "$runs"); do
  for variant in "${variants[@]}"; do
    app="$work/$variant"
    echo "public static class Touched { public const int Edit = $i; }" > "$app/Touched.cs"
    read -r server_before cpu_before < <(server_cpu)
    start=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$work/$variant.rss" dotnet build -c Release --no-restore -nodeReuse:false "${extra[@]}" "$app" > "$work/$variant.log"
    end=$(date +%s%N)
    read -r server_after cpu_after < <(server_cpu)
    if [ "$server_before" != - ] && [ "$server_before" = "$server_after" ]; then
      echo "$(( cpu_after - cpu_before ))" >> "$work/$variant.servercpu"
    fi
    echo "$(( (end - start) / 1000000 ))" >> "$work/$variant.times"
    awk '{ print $1 }' "$work/$variant.rss" >> "$work/$variant.rsss"
    awk '{ printf "%d\n", ($2 + $3) * 1000 }' "$work/$variant.rss" >> "$work/$variant.cpu"   # user + system, waited-for processes
  done
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
bytes=$(cat "$work"/corpus/*.txt | wc -c)
echo "articles: $n files, $bytes bytes; UseSharedCompilation=$shared; ${FORCE:+forced }rebuild after touching one .cs file; $runs interleaved runs"
for variant in "${variants[@]}"; do
  dll_size=$(stat -c %s "$work/$variant/bin/Release/net10.0/Bench.dll")
  server=""
  [ -s "$work/$variant.servercpu" ] && server=", compiler server CPU median $(median "$work/$variant.servercpu") ms (runs: $(paste -sd' ' "$work/$variant.servercpu"))"
  echo "$variant: median $(median "$work/$variant.times") ms (runs: $(paste -sd' ' "$work/$variant.times"))$server, CPU median $(median "$work/$variant.cpu") ms (a fresh compiler's only; the compiler server's is not counted), peak RSS of the largest build process $(( $(sort -n "$work/$variant.rsss" | tail -1) / 1024 )) MB, Bench.dll $dll_size bytes ($(awk -v a="$dll_size" -v b="$bytes" 'BEGIN { printf "%.2f", a / b }')x the text)"
done
awk -v a="$(median "$work/with.times")" -v b="$(median "$work/without.times")" 'BEGIN { printf "with / without: %.2fx\n", a / b }'
for pid in $(pgrep -f VBCSCompiler || true); do
  echo "compiler server $pid: peak resident memory $(awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null) (VmHWM: every build it served since it started, this machine's other builds too)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${BEFORE:-}" ] && awk -v a="$(median "$work/before.times")" -v b="$(median "$work/without.times")" 'BEGIN { printf "before / without: %.2fx\n", a / b }'
exit 0
