# Shared by build-overhead.sh and build-memory.sh (sourced, not run): the benchmark app's project file and the file
# each rebuild touches.
# write_bench_project APP_DIR IMPORTS_TOP IMPORTS_BOTTOM ANALYZER_ITEM   (the last three empty for "without ContentGen")
write_bench_project() {
  local app=$1 imports_top=$2 imports_bottom=$3 analyzer=$4
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
