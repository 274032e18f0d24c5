#!/usr/bin/env bash
# Build memory (issue 16: 1.5 GB at 10,000 articles): the projects of build-overhead.sh, each built by a compiler
# server of its own (SharedCompilationId, so no other build on the machine shares it), a warm-up build then RUNS
# rebuilds after touching one .cs file, interleaved. Prints per variant the server's peak resident memory (VmHWM:
# this variant's builds only), its resident memory and managed heap after the last build, the median rebuild time and
# the server's processor time per rebuild, and the ratio to the project without ContentGen from the same run.
# Usage: benchmarks/build-memory.sh [N] [RUNS]
#   BEFORE=path/to/ContentGen.dll   a third variant built with another build of the analyzer (e.g. main's)
#   BEFORE_BUILD=path/to/build      that variant's package props/targets folder (default: this checkout's)
#   EXTRA="name=dll,build ..."      more variants: an analyzer build and a props/targets folder each ("-" for this
#                                   checkout's), e.g. this checkout's analyzer with main's props and targets
#   GCDUMP=1                        a dotnet-gcdump of each server after its last build ($WORK/<variant>.gcdump)
#   GCDUMP_AT=ms                    also one taken ms into the last rebuild, while the compilation is alive
#                                   ($WORK/<variant>-during.gcdump; needs `dotnet tool install -g dotnet-gcdump`)
#   COUNTERS=1                      dotnet-counters over the rebuilds, once a second ($WORK/<variant>.counters.csv)
#   CORPUS=dir, KEEP=1, WORK=dir    as build-overhead.sh
# The servers are stopped at the end (by their own process ids).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench-project.sh
source "$root/benchmarks/bench-project.sh"
n=${1:-10000}
runs=${2:-3}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
tools=${DOTNET_TOOLS:-$HOME/.dotnet/tools}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 UseSharedCompilation=true
id="cgmem$$"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ "${KEEP:-}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

dotnet build -c Release "$root/src/ContentGen/ContentGen.csproj" -o "$work/analyzer" > /dev/null
if [ -n "${CORPUS:-}" ]; then
  mkdir -p "$work/corpus"
  find "$CORPUS" -name '*.txt' | sort | head -n "$n" | while read -r f; do
    rel=${f#"$CORPUS"/}; cp "$f" "$work/corpus/${rel//\//_}"
  done
  n=$(find "$work/corpus" -name '*.txt' | wc -l)
elif [ ! -d "$work/corpus" ]; then
  dotnet run -c Release --project "$root/benchmarks/ContentGen.Benchmarks" -- write-corpus "$work/corpus" "$n" > /dev/null
fi

variants=(without with)
[ -n "${BEFORE:-}" ] && variants+=(before)
declare -A extra_dll extra_build
for spec in ${EXTRA:-}; do
  name=${spec%%=*} rest=${spec#*=}
  extra_dll[$name]=${rest%%,*} extra_build[$name]=${rest#*,}
  variants+=("$name")
done
server_pid() { pgrep -f -- "-pipename:$id-$1\$" | head -1 || true; }
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d\n", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }
status_mb() { awk -v key="$2:" '$1 == key { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
build() { dotnet build -c Release --no-restore -nodeReuse:false -p:SharedCompilationId="$id-$1" "$work/$1" > "$work/$1.log"; }

for variant in "${variants[@]}"; do
  app="$work/$variant"
  rm -rf "$app" "$work/$variant".*
  if [ "$variant" = without ]; then
    write_bench_app "$app" "$work/corpus"
  else
    dll="$work/analyzer/ContentGen.dll" build="$root/src/ContentGen/build"
    [ "$variant" = before ] && dll="$BEFORE" build="${BEFORE_BUILD:-$build}"
    if [ -n "${extra_dll[$variant]:-}" ]; then
      [ "${extra_dll[$variant]}" = - ] || dll=${extra_dll[$variant]}
      [ "${extra_build[$variant]}" = - ] || build=${extra_build[$variant]}
    fi
    write_bench_app "$app" "$work/corpus" "$dll" "$build"
  fi
  dotnet restore "$app" > /dev/null
  failed=0
  build "$variant" || failed=1   # starts this variant's server: the first build's peak counts too
  pid=$(server_pid "$variant")
  [ -n "$pid" ] && servers+=("$pid")
  [ "$failed" = 0 ] || { echo "$variant: the build failed, see $work/$variant.log" >&2; exit 1; }
  [ -n "$pid" ] || { echo "no compiler server for $variant" >&2; exit 1; }
  echo "$pid" > "$work/$variant.pid"
  if [ "${COUNTERS:-}" = 1 ]; then
    "$tools/dotnet-counters" collect -p "$pid" --refresh-interval 1 --format csv -o "$work/$variant.counters.csv" > /dev/null 2>&1 &
  fi
done

for i in $(seq "$runs"); do
  for variant in "${variants[@]}"; do
    pid=$(cat "$work/$variant.pid")
    echo "public static class Touched { public const int Edit = $i; }" > "$work/$variant/Touched.cs"
    cpu_before=$(server_cpu "$pid")
    if [ -n "${GCDUMP_AT:-}" ] && [ "$i" = "$runs" ]; then
      (sleep "$(awk -v ms="$GCDUMP_AT" 'BEGIN { print ms / 1000 }')"; "$tools/dotnet-gcdump" collect -p "$pid" -o "$work/$variant-during.gcdump" > "$work/$variant-during.gcdump.log" 2>&1) &
      dumper=$!
    fi
    start=$(date +%s%N)
    build "$variant" || { echo "$variant: rebuild $i failed, see $work/$variant.log" >&2; exit 1; }
    end=$(date +%s%N)
    [ -n "${dumper:-}" ] && { wait "$dumper" || true; dumper=""; }
    echo "$(( (end - start) / 1000000 ))" >> "$work/$variant.times"
    echo "$(( $(server_cpu "$pid") - cpu_before ))" >> "$work/$variant.servercpu"
  done
done

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
bytes=$(cat "$work"/corpus/*.txt | wc -c)
echo "articles: $n files, $bytes bytes; one compiler server per variant; rebuild after touching one .cs file; warm-up build and $runs interleaved runs; $(date -u +%H:%M) UTC"
for variant in "${variants[@]}"; do
  pid=$(cat "$work/$variant.pid")
  line="$variant: peak resident (VmHWM) $(status_mb "$pid" VmHWM) MB, resident after $(status_mb "$pid" VmRSS) MB"
  if [ "${GCDUMP:-}" = 1 ]; then
    "$tools/dotnet-gcdump" collect -p "$pid" -o "$work/$variant.gcdump" > /dev/null 2>&1 || true
    heap=$("$tools/dotnet-gcdump" report "$work/$variant.gcdump" 2>/dev/null | awk '/GC Heap bytes/ { gsub(",", "", $1); print $1; exit }' || true)
    line+=", managed heap after (gcdump, live) $(( ${heap:-0} / 1048576 )) MB"
  fi
  line+=", median $(median "$work/$variant.times") ms (runs: $(paste -sd' ' "$work/$variant.times")), server CPU median $(median "$work/$variant.servercpu") ms"
  echo "$line"
done
for variant in "${variants[@]}"; do
  [ "$variant" = without ] || awk -v v="$variant" -v a="$(median "$work/$variant.times")" -v b="$(median "$work/without.times")" 'BEGIN { printf "%s / without: %.2fx\n", v, a / b }'
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
