using BenchmarkDotNet.Running;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// Runs the benchmarks (see README.md): BenchmarkDotNet by default, e.g.
/// <c>dotnet run -c Release --project tests/RoboMakerDeploy.Benchmarks -- --job short --filter *</c>;
/// <c>--alloc [calls]</c> for a quick allocation probe; <c>--retained</c> for the paginator's retained-memory
/// check; <c>--cold-start</c> for first-call wall times in fresh processes.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "--scratch":
                await Scratch.RunAsync().ConfigureAwait(false);
                return 0;
            case "--alloc":
                await AllocationProbe.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000).ConfigureAwait(false);
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
