using System.Globalization;
using BenchmarkDotNet.Running;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// Runs the benchmarks (see README.md): BenchmarkDotNet by default, e.g.
/// <c>dotnet run -c Release --project tests/RoboMakerDeploy.Benchmarks -- --job short --filter *</c>;
/// <c>--alloc [calls]</c> for a quick allocation probe; <c>--loop case seconds [types]</c> repeats one small call
/// (create-raw, create-stack, describe-raw, describe-stack) for a profiler to sample; <c>--retained [pages]</c> for the paginator's
/// retained-memory check; <c>--cold-start [runs]</c> and <c>--cold-start-cmd runs exe [args...]</c> for
/// first-call wall times in fresh processes; <c>--waiter [runs]</c> for the waiters' detection lag and calls on the emulator in virtual time
/// (<c>--waiter-many</c>: only its 200-job part); <c>--waiter-realtime [each]</c> for the default waiter against the emulator on the real clock.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        int Count(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
        switch (args.FirstOrDefault())
        {
            case "--alloc":
                await AllocationProbe.RunAsync(Count(1, 20_000)).ConfigureAwait(false);
                return 0;
            case "--loop" when args.Length >= 3:
                return await AllocationProbe.LoopAsync(args[1], double.Parse(args[2], CultureInfo.InvariantCulture), args.ElementAtOrDefault(3) == "types").ConfigureAwait(false);
            case "--retained":
                return await RetainedMemoryCheck.RunAsync(Count(1, 1000)).ConfigureAwait(false);
            case "--waiter":
                return await WaiterBenchmark.RunAsync(Count(1, 10)).ConfigureAwait(false);
            case "--waiter-realtime":
                return await WaiterRealTimeBenchmark.RunAsync(Count(1, 3)).ConfigureAwait(false);
            case "--waiter-many":
                return await WaiterBenchmark.RunManyAsync().ConfigureAwait(false);
            case "--first-call":
                return await ColdStart.FirstCallAsync().ConfigureAwait(false);
            case "--cold-start":
                return ColdStart.Run(Count(1, 10));
            case "--cold-start-cmd" when args.Length >= 3:
                return ColdStart.RunCommand(Count(1, 10), args[2], args[3..]);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
