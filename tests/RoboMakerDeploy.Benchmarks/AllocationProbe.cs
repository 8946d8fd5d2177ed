using System.Diagnostics;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// <c>--alloc</c>: a quick check without BenchmarkDotNet: bytes allocated and time per call on this thread
/// for each stack case and its baseline (warm, single-threaded). For profiling work, not for the README.
/// </summary>
internal static class AllocationProbe
{
    public static async Task RunAsync(int calls)
    {
        var b = new ClientStackBenchmarks();
        b.Setup();
        (string Name, Func<Task> Raw, Func<Task> Stack, int Calls)[] cases =
        [
            ("Create", b.Create_Raw, b.Create_Stack, calls),
            ("Describe, 1 robot", b.Describe1_Raw, b.Describe1_Stack, calls),
            ("Describe, 1000 robots", b.Describe1000_Raw, b.Describe1000_Stack, Math.Max(1, calls / 100)),
            ("List, 1 page of 100", b.ListPage_Raw, b.ListPage_Stack, Math.Max(1, calls / 20)),
            ("List all, 10000 jobs", b.ListAll_Raw, b.ListAll_Stack, Math.Max(1, calls / 2000)),
        ];
        var sizes = new InMemoryHandler(robots: 1000);
        Console.WriteLine($"reply bytes: create {sizes.CreateBytes:N0}, describe(1000) {sizes.DescribeBytes:N0}, list page {sizes.ListPageBytes:N0}, describe(1) {new InMemoryHandler().DescribeBytes:N0}");
        Console.WriteLine($"{"case",-24} {"raw B/op",12} {"stack B/op",12} {"ratio",6} {"raw us",10} {"stack us",10} {"ratio",6}");
        foreach (var (name, raw, stack, n) in cases)
        {
            var (rawBytes, rawTime) = await MeasureAsync(raw, n).ConfigureAwait(false);
            var (stackBytes, stackTime) = await MeasureAsync(stack, n).ConfigureAwait(false);
            Console.WriteLine($"{name,-24} {rawBytes,12:N0} {stackBytes,12:N0} {stackBytes / rawBytes,6:0.00} {rawTime,10:N1} {stackTime,10:N1} {stackTime / rawTime,6:0.00}");
        }
        b.Cleanup();
    }

    private static async Task<(double Bytes, double Microseconds)> MeasureAsync(Func<Task> call, int n)
    {
        for (var i = 0; i < Math.Max(5, n / 10); i++) await call().ConfigureAwait(false);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++) await call().ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        return ((double)bytes / n, elapsed.TotalMicroseconds / n);
    }
}
