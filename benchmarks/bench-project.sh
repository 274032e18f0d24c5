# Shared by build-overhead.sh and build-memory.sh (sourced, not run): the benchmark app, its articles, its project
# file and the file each rebuild touches.
# write_bench_app APP_DIR CORPUS_DIR [ANALYZER_DLL PACKAGE_BUILD_DIR]   (no analyzer: the project without ContentGen)
write_bench_app() {
  local app=$1 corpus=$2 dll=${3:-} build=${4:-}
  local imports_top="" imports_bottom="" analyzer=""
  mkdir -p "$app/Articles"
  cp "$corpus"/*.txt "$app/Articles/"
  echo '<Project />' > "$app/Directory.Build.props"
  echo '<Project />' > "$app/Directory.Packages.props"
  if [ -z "$dll" ]; then
    echo 'public static class Program { public static void Main() => System.Console.WriteLine(0); }' > "$app/Program.cs"
  else
    imports_top="<Import Project=\"$build/ContentGen.props\" />"
    imports_bottom="<Import Project=\"$build/ContentGen.targets\" />"
    analyzer="<Analyzer Include=\"$dll\" />"
    echo 'public static class Program { public static void Main() => System.Console.WriteLine(Bench.Content.Articles.All.Count); }' > "$app/Program.cs"
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
  echo 'public static class Touched { public const int Edit = 0; }' > "$app/Touched.cs"
}

# The scripts' work folder (WORK=dir to choose it; removed at exit unless KEEP=1) and a quiet .NET CLI.
bench_work_dir() {
  work=${WORK:-$(mktemp -d)}
  [ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
}
