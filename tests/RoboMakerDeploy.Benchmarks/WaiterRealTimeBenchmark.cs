using System.Diagnostics;
using System.Globalization;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// <c>--waiter-realtime [each]</c>: issue 16's check "against a stand-in service with real time". Two emulators on the
/// real clock (<see cref="TimeProvider.System"/>), one whose deployments last 40 s and one whose deployments last 120 s,
/// fleets of 4 robots; <c>each</c> jobs (default 3) on each, created together and each waited on at once with the SDK's
/// default <see cref="DeploymentJobWaiter.WaitForDeploymentJobAsync"/> (what the CLI's <c>create --wait</c> runs), on a
/// client of its own with the default settings. Reported per job: the detection lag (the waiter's return minus the last
/// robot's deploymentFinishTime, as the emulator recorded the end) and the polls (DescribeDeploymentJob calls that reached
/// the wire), against the targets: 40 s, lag at most 5 s with at most 10 polls; 120 s, at most 6 s with at most 14.
/// Takes a little over 2 minutes of wall time; exit code 1 when a target is missed.
/// </summary>
internal static class WaiterRealTimeBenchmark
{
    private const string App = "arn:aws:robomaker:us-west-2:123456789012:robot-application/my-app/1551203427605";

    private static readonly (TimeSpan Duration, double MaxLagSeconds, int MaxPolls)[] Targets =
    [
        (TimeSpan.FromSeconds(40), 5, 10),
        (TimeSpan.FromSeconds(120), 6, 14),
    ];

    public static async Task<int> RunAsync(int each)
    {
        var started = Stopwatch.StartNew();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Waiter in real time: {each} jobs of 4 robots per deployment length, on two emulators on the system clock; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}."));
        var emulators = new List<RoboMakerEmulator>();
        try
        {
            var runs = new List<Task<Result>>();
            foreach (var (duration, maxLag, maxPolls) in Targets)
            {
                var emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions
                {
                    TimeProvider = TimeProvider.System,
                    RobotsPerFleet = 4,
                    JobDuration = duration,
                }).ConfigureAwait(false);
                emulators.Add(emulator);
                for (var i = 0; i < each; i++)
                {
                    runs.Add(WaitOneAsync(emulator, duration, $"rt{(int)duration.TotalSeconds}-{i}", maxLag, maxPolls));
                }
            }
            var results = await Task.WhenAll(runs).ConfigureAwait(false);

            Console.WriteLine();
            Console.WriteLine("| Deployment | Robots | Job | Lag | Polls | Target | Met | Polls at (s after createdAt) |");
            Console.WriteLine("| --- | ---: | --- | ---: | ---: | --- | --- | --- |");
            var ok = true;
            foreach (var r in results)
            {
                var met = r.LagSeconds <= r.MaxLag && r.LagSeconds >= 0 && r.Polls <= r.MaxPolls && r.Status is DeploymentStatus.Succeeded;
                ok &= met;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Duration.TotalSeconds:0} s | 4 | {r.Name} | {r.LagSeconds:0.00} s | {r.Polls} | ≤ {r.MaxLag:0} s, ≤ {r.MaxPolls} polls | {(met ? "yes" : "NO")} | {string.Join(" ", r.PollTimes.Select(static t => t.ToString("0.0", CultureInfo.InvariantCulture)))} |"));
            }
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wall time {started.Elapsed.TotalSeconds:0.0} s; load average at the end {LoadAverage()}."));
            if (!ok) Console.WriteLine("TARGET MISSED: see the rows marked NO.");
            return ok ? 0 : 1;
        }
        finally
        {
            foreach (var emulator in emulators) await emulator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed record Result(string Name, TimeSpan Duration, double LagSeconds, int Polls, double MaxLag, int MaxPolls, DeploymentStatus? Status, IReadOnlyList<double> PollTimes);

    private static async Task<Result> WaitOneAsync(RoboMakerEmulator emulator, TimeSpan duration, string fleet, double maxLag, int maxPolls)
    {
        var counter = new DescribeCounter();
        using var client = new RoboMakerDeployClient(
            new RoboMakerDeployClientOptions
            {
                ServiceUrl = emulator.Endpoint,
                Region = "us-west-2",
                Credentials = new StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey),
            },
            counter);
        var job = await client.CreateDeploymentJobAsync(new CreateDeploymentJobRequest
        {
            Fleet = $"arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/{fleet}/1551203485821",
            DeploymentApplicationConfigs =
            [
                new DeploymentApplicationConfig
                {
                    Application = App,
                    ApplicationVersion = "1",
                    LaunchConfig = new DeploymentLaunchConfig { PackageName = "hello_world", LaunchFile = "rotate.launch" },
                },
            ],
        }).ConfigureAwait(false);

        // As `create --wait` does: the default options, right after the job was created.
        var final = await client.WaitForDeploymentJobAsync(job.Arn!).ConfigureAwait(false);
        var returned = TimeProvider.System.GetUtcNow();
        var end = final.RobotDeploymentSummary.Max(static r => r.DeploymentFinishTime) ?? final.CreatedAt!.Value + duration;
        var created = final.CreatedAt!.Value;
        return new Result(fleet, duration, (returned - end).TotalSeconds, counter.Describes, maxLag, maxPolls, final.Status, [.. counter.SentAt.Select(t => (t - created).TotalSeconds)]);
    }

    private static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    /// <summary>Counts the DescribeDeploymentJob calls that reach the wire, and when each was sent.</summary>
    private sealed class DescribeCounter() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly List<DateTimeOffset> _sentAt = [];

        public int Describes
        {
            get { lock (_sentAt) return _sentAt.Count; }
        }

        public IReadOnlyList<DateTimeOffset> SentAt
        {
            get { lock (_sentAt) return [.. _sentAt]; }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/describeDeploymentJob", StringComparison.Ordinal))
            {
                lock (_sentAt) _sentAt.Add(TimeProvider.System.GetUtcNow());
            }
            return base.SendAsync(request, cancellationToken);
        }
    }
}
