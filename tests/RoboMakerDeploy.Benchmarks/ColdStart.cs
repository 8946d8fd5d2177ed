using System.Diagnostics;
using System.Globalization;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// Cold start, measured in fresh processes. <c>--cold-start [runs]</c> starts this program <c>runs</c>
/// times with <c>--first-call</c>; each child builds a client (full stack, in-memory handler) and makes one
/// DescribeDeploymentJob call, and reports the wall time of that first call (client construction included)
/// and its own time since process start. The parent adds the wall time from spawn to exit, and prints
/// min and median. <c>--cold-start-cmd runs exe [args...]</c> times any other command the same way (spawn
/// to exit), e.g. the Native AOT CLI describing a job against the emulator.
/// </summary>
internal static class ColdStart
{
    private const string Marker = "FIRST-CALL ";

    /// <summary>The child: one call through the whole stack in a fresh process.</summary>
    public static async Task<int> FirstCallAsync()
    {
        var started = Stopwatch.GetTimestamp();
        using var handler = new InMemoryHandler(robots: 1);
        using var client = ClientStackBenchmarks.CreateClient(handler);
        var reply = await client.DescribeDeploymentJobAsync(Canned.DescribeRequest).ConfigureAwait(false);
        var firstCall = Stopwatch.GetElapsedTime(started);
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        if (reply.RobotDeploymentSummary.Count != 1) return 2;
        Console.WriteLine(FormattableString.Invariant($"{Marker}{firstCall.TotalMilliseconds:0.00} {sinceStart.TotalMilliseconds:0.00}"));
        return 0;
    }

    /// <summary>The parent: spawns fresh processes of this program.</summary>
    public static int Run(int runs)
    {
        var self = Environment.ProcessPath!;
        var dll = typeof(ColdStart).Assembly.Location;
        // Under `dotnet RoboMakerDeploy.Benchmarks.dll` the process is dotnet itself: start it the same way.
        var (exe, args) = Path.GetFileNameWithoutExtension(self) == "dotnet" ? (self, new[] { dll, "--first-call" }) : (self, new[] { "--first-call" });
        var firstCalls = new List<double>();
        var inProcess = new List<double>();
        var walls = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (wall, output) = Spawn(exe, args);
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
                ?? throw new InvalidOperationException("The child reported nothing:\n" + output);
            var parts = line[Marker.Length..].Trim().Split(' ');
            firstCalls.Add(double.Parse(parts[0], CultureInfo.InvariantCulture));
            inProcess.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
            walls.Add(wall);
        }
        Console.WriteLine($"Cold start (JIT), {runs} fresh processes of `{Path.GetFileName(exe)} {string.Join(' ', args)}`:");
        Report("first call (client construction + DescribeDeploymentJob)", firstCalls);
        Report("process start to first reply", inProcess);
        Report("spawn to exit (wall)", walls);
        return 0;
    }

    /// <summary>Times any command from spawn to exit.</summary>
    public static int RunCommand(int runs, string exe, string[] args)
    {
        var walls = new List<double>();
        for (var i = 0; i < runs; i++) walls.Add(Spawn(exe, args).Wall);
        Console.WriteLine($"Cold start of `{exe} {string.Join(' ', args)}`, {runs} fresh processes:");
        Report("spawn to exit (wall)", walls);
        return 0;
    }

    private static (double Wall, string Output) Spawn(string exe, string[] args)
    {
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"`{exe}` exited with {process.ExitCode}:\n{output}\n{error}");
        return (wall, output);
    }

    private static void Report(string what, List<double> values)
    {
        values.Sort();
        var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        Console.WriteLine(FormattableString.Invariant($"  {what,-58} min {values[0],8:0.0} ms   median {median,8:0.0} ms"));
    }
}
