using System.Diagnostics;
using System.Text.Json;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// <c>--alloc [calls]</c>: a quick check without BenchmarkDotNet, for profiling work (not for the README):
/// bytes allocated per call, and time per call as the minimum over interleaved blocks of raw and stack
/// calls (the minimum resists other processes sharing the CPUs).
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
            ("Describe, 1000 robots", b.Describe1000_Raw, b.Describe1000_Stack, Math.Max(1, calls / 200)),
            ("List, 1 page of 100", b.ListPage_Raw, b.ListPage_Stack, Math.Max(1, calls / 50)),
            ("List all, 10000 jobs", b.ListAll_Raw, b.ListAll_Stack, Math.Max(1, calls / 5000)),
        ];
        Console.WriteLine($"{"case",-24} {"raw B/op",12} {"stack B/op",12} {"ratio",6} {"raw us",10} {"stack us",10} {"ratio",6}");
        foreach (var (name, raw, stack, n) in cases)
        {
            if (Environment.GetEnvironmentVariable("PROBE_SMALL") == "1" && n != calls) continue;
            var rawBytes = await BytesAsync(raw, n).ConfigureAwait(false);
            var stackBytes = await BytesAsync(stack, n).ConfigureAwait(false);
            double rawTime = double.MaxValue, stackTime = double.MaxValue;
            for (var block = 0; block < 15; block++)
            {
                rawTime = Math.Min(rawTime, await TimeAsync(raw, n).ConfigureAwait(false));
                stackTime = Math.Min(stackTime, await TimeAsync(stack, n).ConfigureAwait(false));
            }
            Console.WriteLine($"{name,-24} {rawBytes,12:N0} {stackBytes,12:N0} {stackBytes / rawBytes,6:0.00} {rawTime,10:N2} {stackTime,10:N2} {stackTime / rawTime,6:0.00}");
        }
        b.Cleanup();
    }

    /// <summary>
    /// <c>--loop case seconds [types]</c>: one small call over and over, for a CPU profiler (e.g. dotnet-trace);
    /// with <c>types</c>, also the runtime's allocation samples (one per ~100 KB) by type, as bytes per call.
    /// </summary>
    public static async Task<int> LoopAsync(string name, double seconds, bool types)
    {
        var b = new ClientStackBenchmarks();
        b.Setup();
        Func<Task>? call = name switch
        {
            "create-raw" => b.Create_Raw,
            "create-stack" => b.Create_Stack,
            "describe-raw" => b.Describe1_Raw,
            "describe-stack" => b.Describe1_Stack,
            "fleet-raw" => b.Describe1000_Raw,
            "fleet-stack" => b.Describe1000_Stack,
            "list-raw" => b.ListPage_Raw,
            "list-stack" => b.ListPage_Stack,
            "validate-create" => static () =>
            {
                RequestValidator.Validate(Canned.CreateRequest);
                return Task.CompletedTask;
            },
            "sign-create" => SignCreate(),
            _ => null,
        };
        if (call is null)
        {
            await Console.Error.WriteLineAsync("--loop case seconds: case is create-raw, create-stack, describe-raw, describe-stack, fleet-raw, fleet-stack (Describe, 1,000 robots), list-raw or list-stack; validate-create or sign-create").ConfigureAwait(false);
            return 2;
        }
        using var sampler = types ? new AllocationSampler() : null;
        // Warm up for 3 seconds: the tiered JIT compiles the hot methods again, with their profile, only after they have
        // run a while (a count of calls alone ends too soon for a fast case such as validate-create).
        var warming = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warming).TotalSeconds < 3) await call().ConfigureAwait(false);
        if (sampler is not null) sampler.On = true;
        var started = Stopwatch.GetTimestamp();
        long calls = 0;
        while (Stopwatch.GetElapsedTime(started).TotalSeconds < seconds)
        {
            for (var i = 0; i < 100; i++) await call().ConfigureAwait(false);
            calls += 100;
        }
        if (sampler is not null)
        {
            sampler.On = false;
            lock (sampler.ByType) foreach (var kv in sampler.ByType.OrderByDescending(k => k.Value).Take(40)) Console.WriteLine($"{kv.Value,8} {kv.Value * 100_000.0 / calls,8:0} B/call {kv.Key}");
        }
        Console.WriteLine($"{name}: {calls:N0} calls, {Stopwatch.GetElapsedTime(started).TotalMicroseconds / calls:0.00} us per call");
        b.Cleanup();
        return 0;
    }

    /// <summary>Signing alone, with the headers the signing handler gives the signer for the Create call.</summary>
    private static Func<Task> SignCreate()
    {
        KeyValuePair<string, string>[] headers =
        [
            new("host", Canned.ServiceUrl.IdnHost),
            new("content-type", "application/json"),
            new("amz-sdk-invocation-id", "0b0f5a43-6b6d-4c5a-9a51-3f5b0a1d7c11"),
            new("amz-sdk-request", "attempt=1; max=3"),
        ];
        var body = JsonSerializer.SerializeToUtf8Bytes(Canned.CreateRequest, RoboMakerDeployJsonContext.Default.CreateDeploymentJobRequest);
        var credentials = new AwsCredentials(Canned.AccessKeyId, Canned.SecretAccessKey);
        return () =>
        {
            SigV4Signer.Sign("POST", "/createDeploymentJob", null, headers, body, credentials, Canned.Region, "robomaker", DateTimeOffset.UtcNow);
            return Task.CompletedTask;
        };
    }

    private static async Task<double> BytesAsync(Func<Task> call, int n)
    {
        for (var i = 0; i < Math.Max(5, n / 10); i++) await call().ConfigureAwait(false);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < n; i++) await call().ConfigureAwait(false);
        return (double)(GC.GetTotalAllocatedBytes(precise: true) - before) / n;
    }

    private static async Task<double> TimeAsync(Func<Task> call, int n)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++) await call().ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / n;
    }
}

/// <summary>Counts the runtime's allocation-tick events (one per ~100 KB allocated) by type name.</summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    public Dictionary<string, long> ByType { get; } = [];

    public bool On { get; set; }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        // Keyword 0x1: GC events, which include GCAllocationTick at Verbose level.
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        if (!On || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)) return;
        var index = eventData.PayloadNames!.IndexOf("TypeName");
        var name = index >= 0 ? eventData.Payload![index] as string ?? "?" : "?";
        lock (ByType) ByType[name] = ByType.GetValueOrDefault(name) + 1;
    }
}
