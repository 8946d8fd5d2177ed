using BenchmarkDotNet.Running;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/RoboMakerDeploy.Benchmarks -- --job short --filter *Sign*</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
