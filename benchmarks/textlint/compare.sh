#!/usr/bin/env bash
# Stage 7: textlint (from npm) with its closest rules against ContentGen's single-article checks, on the same
# N synthesized files (default 1,000). textlint is installed into a temporary folder. textlint checks no
# cross-file consistency at all, so only the single-article checks are compared.
# Usage: benchmarks/textlint/compare.sh [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet run -c Release --project "$root/benchmarks/ContentGen.Benchmarks" -- write-corpus "$work/articles" "$n" > /dev/null

cd "$work"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent textlint textlint-rule-prh textlint-rule-date-weekday-mismatch \
  @textlint-rule/textlint-rule-no-unmatched-pair @textlint-rule/textlint-rule-pattern textlint-rule-write-good > /dev/null
cp "$here/textlintrc.json" .textlintrc.json
cp "$here/prh.yml" prh.yml

start=$(date +%s%N)
npx textlint --format unix articles/*.txt > textlint.out 2>&1 || true   # exits 1 when it finds problems
end=$(date +%s%N)
textlint_ms=$(((end - start) / 1000000))
echo "textlint: $n files, $(grep -c ': ' textlint.out || true) findings, $textlint_ms ms"

# One-shot: ContentGen's command-line front end, published with native AOT as a CI pipeline would run it, timed as a
# whole process like npx textlint. Single-article checks only (--no-cross), then with the cross-article checks too.
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
if ! dotnet publish "$root/src/ContentGen.Cli" -c Release -r "$rid" -o "$work/cli" > "$work/publish.log" 2>&1; then
  echo "native AOT publish failed (see below); publishing ReadyToRun instead"; tail -5 "$work/publish.log"
  dotnet publish "$root/src/ContentGen.Cli" -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$work/cli" > /dev/null
fi
time_cli() {
  local start end
  start=$(date +%s%N)
  "$work/cli/contentgen" "$@" > contentgen.out 2>&1 || true   # exits 1 when it finds problems
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
cli_ms=$(time_cli --no-cross articles)
echo "ContentGen CLI (one process, single-article checks, one thread per core): $n files, $(grep -c ': warning ' contentgen.out || true) findings, $cli_ms ms"
cli1_ms=$(time_cli --threads 1 --no-cross articles)
echo "ContentGen CLI (one process, single-article checks, one thread like textlint): $(grep -c ': warning ' contentgen.out || true) findings, $cli1_ms ms"
cross_ms=$(time_cli articles)
echo "ContentGen CLI (one process, with cross-article checks, which textlint has no equivalent of): $(grep -c ': warning ' contentgen.out || true) findings, $cross_ms ms"

# Warm: the single-article checks in a long-lived process (the compiler server, the IDE).
contentgen=$(dotnet "$root/benchmarks/ContentGen.Benchmarks/bin/Release/net10.0/ContentGen.Benchmarks.dll" check-dir "$work/articles")
echo "$contentgen"
cold_ms=$(echo "$contentgen" | sed -n 's/^ContentGen (cold).* \([0-9]*\) ms$/\1/p')
warm_ms=$(echo "$contentgen" | sed -n 's/^ContentGen (warm).* \([0-9]*\) ms$/\1/p')
awk -v t="$textlint_ms" -v o="$cli_ms" -v s="$cli1_ms" -v c="$cold_ms" -v w="$warm_ms" 'BEGIN {
  printf "ContentGen is %.0fx faster as a one-shot process (%d ms vs textlint %d ms; %.0fx on one thread, %d ms), %.0fx in a warm host (%d ms); a first pass with JIT in a fresh .NET process took %d ms (%.0fx)\n", t / o, o, t, t / s, s, t / w, w, c, t / c }'
