#!/usr/bin/env bash
# Stage 6: a real `dotnet build` of a project with N synthesized articles (default 1,000), with and without
# ContentGen, RUNS times each after a warm-up build; prints the overhead and the assembly size against article bytes.
# Usage: benchmarks/build-overhead.sh [N] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000}
runs=${2:-3}
work=${WORK:-$(mktemp -d)}
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$root/src/ContentGen/ContentGen.csproj" -o "$work/analyzer" > /dev/null
dotnet run -c Release --project "$root/benchmarks/ContentGen.Benchmarks" -- write-corpus "$work/corpus" "$n" > /dev/null

for variant in without with; do
  app="$work/$variant"
  mkdir -p "$app/Articles"
  cp "$work"/corpus/*.txt "$app/Articles/"
  echo '<Project />' > "$app/Directory.Build.props"
  echo '<Project />' > "$app/Directory.Packages.props"
  if [ "$variant" = with ]; then
    imports_top="<Import Project=\"$root/src/ContentGen/build/ContentGen.props\" />"
    imports_bottom="<Import Project=\"$root/src/ContentGen/build/ContentGen.targets\" />"
    analyzer="<Analyzer Include=\"$work/analyzer/ContentGen.dll\" />"
    echo 'public static class Program { public static void Main() => System.Console.WriteLine(Bench.Content.Articles.All.Count); }' > "$app/Program.cs"
  else
    imports_top="" imports_bottom="" analyzer=""
    echo 'public static class Program { public static void Main() => System.Console.WriteLine(0); }' > "$app/Program.cs"
  fi
  cat > "$app/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  $imports_top
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench</RootNamespace>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <NoWarn>\$(NoWarn);CG1001;CG1002;CG1003;CG1004;CG1005;CG1006;CG1007;CG2001;CG2002;CG2003;CG2004;CG2005</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <AdditionalFiles Include="Articles/*.txt" />
    $analyzer
  </ItemGroup>
  $imports_bottom
</Project>
XML
  dotnet build -c Release "$app" > /dev/null   # restore and warm the compiler server
  total=0
  for i in $(seq "$runs"); do
    start=$(date +%s%N)
    dotnet build -c Release --no-restore --no-incremental "$app" > "$work/$variant.log"
    end=$(date +%s%N)
    total=$((total + (end - start) / 1000000))
  done
  echo "$variant ContentGen: $((total / runs)) ms per build (mean of $runs), Bench.dll $(stat -c %s "$app/bin/Release/net10.0/Bench.dll") bytes"
  eval "mean_$variant=$((total / runs))"
done

bytes=$(cat "$work"/corpus/*.txt | wc -c)
echo "articles: $n files, $bytes bytes"
awk -v a="$mean_with" -v b="$mean_without" 'BEGIN { printf "overhead: %.0f%% (%d ms vs %d ms)\n", (a - b) * 100 / b, a, b }'
