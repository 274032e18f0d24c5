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

contentgen=$(dotnet "$root/benchmarks/ContentGen.Benchmarks/bin/Release/net10.0/ContentGen.Benchmarks.dll" check-dir "$work/articles")
echo "$contentgen"
cold_ms=$(echo "$contentgen" | sed -n 's/^ContentGen (cold).* \([0-9]*\) ms$/\1/p')
warm_ms=$(echo "$contentgen" | sed -n 's/^ContentGen (warm).* \([0-9]*\) ms$/\1/p')
awk -v t="$textlint_ms" -v c="$cold_ms" -v w="$warm_ms" 'BEGIN {
  printf "ContentGen is %.0fx faster as a one-shot process (%d ms vs textlint %d ms), %.0fx in a warm host (%d ms)\n", t / c, c, t, t / w, w }'
