using System.Globalization;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// <c>--waiter [runs]</c>: the waiting policies against the emulator in virtual time. For each deployment length and fleet
/// size, <c>runs</c> jobs are waited on by each policy, each waiter starting 0–15 s after its job was created (seeded),
/// and the detection lag (the waiter's return minus the job's last deploymentFinishTime) and the DescribeDeploymentJob
/// calls per job are reported. Then 200 concurrent jobs: the calls per minute of 200 single waiters against one many-jobs waiter.
/// </summary>
internal static class WaiterBenchmark
{
    private const string Account = "123456789012";
    private const string App = "arn:aws:robomaker:us-west-2:123456789012:robot-application/my-app/1551203427605";

    private static readonly (string Name, DeploymentWaitOptions Options)[] Policies =
    [
        ("today (backoff 5–60 s)", new DeploymentWaitOptions { PollingStrategy = DeploymentPollingStrategy.Backoff, MinDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(60) }),
        ("fixed 15 s", new DeploymentWaitOptions { PollingStrategy = DeploymentPollingStrategy.Backoff, MinDelay = TimeSpan.FromSeconds(15), MaxDelay = TimeSpan.FromSeconds(15) }),
        ("adaptive (default)", new DeploymentWaitOptions()),
    ];

    public static async Task<int> RunAsync(int runs)
    {
        var started = DateTime.UtcNow;
        Console.WriteLine($"Waiter benchmark: {runs} jobs per cell, waiters start 0–15 s after creation; lag = return − last robot's finish.");
        Console.WriteLine();
        Console.WriteLine("| Deployment | Robots (waves) | Policy | Lag median | Lag worst | Describe calls per job |");
        Console.WriteLine("| --- | --- | --- | ---: | ---: | ---: |");
        var ok = true;
        foreach (var duration in new[] { TimeSpan.FromSeconds(40), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1) })
        {
            foreach (var (robots, percent) in new[] { (3, 100), (10, 50), (100, 20) })
            {
                var results = new Dictionary<string, (double Median, double Worst, double Calls)>();
                foreach (var (name, options) in Policies)
                {
                    var (lags, calls) = await SingleWaitersAsync(duration, robots, percent, runs, options).ConfigureAwait(false);
                    lags.Sort();
                    var median = lags[lags.Count / 2];
                    var worst = lags[^1];
                    results[name] = (median, worst, calls);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {Format(duration)} | {robots} ({percent}%) | {name} | {median:0.0} s | {worst:0.0} s | {calls:0.0} |"));
                }
                var adaptive = results["adaptive (default)"];
                var fixed15 = results["fixed 15 s"];
                if (adaptive.Worst > fixed15.Worst + 0.001) ok = Fail($"{Format(duration)}/{robots}: adaptive worst lag {adaptive.Worst:0.0} s > fixed 15 s {fixed15.Worst:0.0} s");
                if (duration >= TimeSpan.FromMinutes(10) && adaptive.Calls > fixed15.Calls / 2) ok = Fail($"{Format(duration)}/{robots}: adaptive {adaptive.Calls:0.0} calls > half of fixed 15 s {fixed15.Calls:0.0}");
            }
        }

        ok &= await ManyJobsAsync().ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Real time: {(DateTime.UtcNow - started).TotalSeconds:0.0} s."));
        return ok ? 0 : 1;
    }

    /// <summary><c>--waiter-many</c>: only the 200 concurrent jobs (a few seconds).</summary>
    public static async Task<int> RunManyAsync()
    {
        var started = DateTime.UtcNow;
        var ok = await ManyJobsAsync().ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Real time: {(DateTime.UtcNow - started).TotalSeconds:0.0} s."));
        return ok ? 0 : 1;
    }

    private static async Task<bool> ManyJobsAsync()
    {
        var ok = true;
        Console.WriteLine();
        Console.WriteLine("200 concurrent jobs of 3 robots, created 3 s apart; every waiter starts once all exist:");
        Console.WriteLine();
        Console.WriteLine("| Jobs | Waiters | Calls | List unfinished / List ended / Describe | Minutes | Calls per minute | Saving | Lag median | Lag worst |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var length in new[] { TimeSpan.FromMinutes(10), TimeSpan.FromHours(1) })
        {
            var single = await ConcurrentAsync(length, many: false).ConfigureAwait(false);
            var together = await ConcurrentAsync(length, many: true).ConfigureAwait(false);
            var ratio = (single.Calls / single.Minutes) / (together.Calls / together.Minutes);
            foreach (var (name, r) in new[] { ("200 single adaptive waiters", single), ("1 many-jobs waiter", together) })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| 200 × {Format(length)} | {name} | {r.Calls} | {r.Sweeps} / {r.EndedLists} / {r.Describes} | {r.Minutes:0.0} | {r.Calls / r.Minutes:0.0} | {(ReferenceEquals(name, "1 many-jobs waiter") ? ratio.ToString("0.0", CultureInfo.InvariantCulture) + "×" : "")} | {r.LagMedian:0.0} s | {r.LagWorst:0.0} s |"));
            }
            if (ratio < 20) ok = Fail($"200 × {Format(length)}: the many-jobs waiter saves {ratio:0.0}×, less than 20×");
        }
        return ok;
    }

    private static bool Fail(string message)
    {
        Console.WriteLine("TARGET MISSED: " + message);
        return false;
    }

    private static string Format(TimeSpan d) => d.TotalMinutes >= 60 ? $"{d.TotalHours:0} h" : d.TotalMinutes >= 1 ? $"{d.TotalMinutes:0} min" : $"{d.TotalSeconds:0} s";

    private static async Task<(List<double> Lags, double CallsPerJob)> SingleWaitersAsync(TimeSpan duration, int robots, int percent, int runs, DeploymentWaitOptions policy)
    {
        var clock = new VirtualTime();
        var (emulator, client, counter) = await StartAsync(clock, robots, duration).ConfigureAwait(false);
        await using var _ = emulator;
        using var __ = client;
        var random = new Random(20260301);
        var tasks = new List<Task<double>>();
        for (var i = 0; i < runs; i++)
        {
            var job = await client.CreateDeploymentJobAsync(Job($"w{i}", percent)).ConfigureAwait(false);
            var offset = TimeSpan.FromMilliseconds(random.Next(0, 15_000));
            var options = policy with { JitterSource = new Random(i).NextDouble };
            tasks.Add(WaitAsync(job.Arn!, offset, options));
        }

        async Task<double> WaitAsync(string arn, TimeSpan offset, DeploymentWaitOptions options)
        {
            await Task.Delay(offset, clock).ConfigureAwait(false);
            var final = await client.WaitForDeploymentJobAsync(arn, options).ConfigureAwait(false);
            var end = final.RobotDeploymentSummary.Max(static r => r.DeploymentFinishTime!.Value);
            return (clock.GetUtcNow() - end).TotalSeconds;
        }

        await clock.RunAsync(tasks).ConfigureAwait(false);
        return ([.. tasks.Select(static t => t.Result)], counter.Describes / (double)runs);
    }

    private sealed record Concurrent(int Sweeps, int EndedLists, int Describes, double Minutes, double LagMedian, double LagWorst)
    {
        public int Calls => Sweeps + EndedLists + Describes;
    }

    private static async Task<Concurrent> ConcurrentAsync(TimeSpan length, bool many)
    {
        var clock = new VirtualTime();
        var (emulator, client, counter) = await StartAsync(clock, 3, length).ConfigureAwait(false);
        await using var emulatorScope = emulator;
        using var clientScope = client;
        var arns = new List<string>();
        var tasks = new List<Task>();
        for (var i = 0; i < 200; i++)
        {
            if (i > 0) clock.Fake.Advance(TimeSpan.FromSeconds(3));
            arns.Add((await client.CreateDeploymentJobAsync(Job($"c{i}", 100)).ConfigureAwait(false)).Arn!);
        }
        // Every waiter starts once all jobs exist; the window is from then until the last job was seen ending.
        var from = clock.GetUtcNow();
        var options = new DeploymentWaitOptions { JitterSource = new Random(7).NextDouble };
        // The emulator ends a job exactly its JobDuration after createdAt.
        var lags = new List<double>();
        void Seen(DeploymentJobInfo final)
        {
            if (final.Status is not DeploymentStatus.Succeeded) throw new InvalidOperationException($"{final.Arn} ended {final.RawStatus}.");
            lock (lags) lags.Add((clock.GetUtcNow() - (final.CreatedAt!.Value + length)).TotalSeconds);
        }
        if (many)
        {
            tasks.Add(Drain());
        }
        else
        {
            foreach (var arn in arns) tasks.Add(Single(arn));
        }

        async Task Single(string arn) => Seen(await client.WaitForDeploymentJobAsync(arn, options).ConfigureAwait(false));

        async Task Drain()
        {
            var ended = 0;
            await foreach (var final in client.WaitForDeploymentJobsAsync(arns, options).ConfigureAwait(false))
            {
                Seen(final);
                ended++;
            }
            if (ended != arns.Count) throw new InvalidOperationException($"{ended} of {arns.Count} jobs reported.");
        }

        await clock.RunAsync(tasks).ConfigureAwait(false);
        lags.Sort();
        return new Concurrent(counter.Lists - counter.EndedLists, counter.EndedLists, counter.Describes, (clock.GetUtcNow() - from).TotalMinutes, lags[lags.Count / 2], lags[^1]);
    }

    private static async Task<(RoboMakerEmulator, RoboMakerDeployClient, CallCounter)> StartAsync(VirtualTime clock, int robots, TimeSpan duration)
    {
        var emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions
        {
            TimeProvider = clock,
            MaxClockSkew = TimeSpan.FromDays(30),
            RobotsPerFleet = robots,
            JobDuration = duration,
        }).ConfigureAwait(false);
        var counter = new CallCounter();
        var client = new RoboMakerDeployClient(
            new RoboMakerDeployClientOptions
            {
                ServiceUrl = emulator.Endpoint,
                Region = "us-west-2",
                Credentials = new StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey),
                TimeProvider = clock,
                RetryBaseDelay = TimeSpan.Zero,
                RetryMaxDelay = TimeSpan.Zero,
                AttemptTimeout = null,
                Timeout = null,
            },
            counter);
        return (emulator, client, counter);
    }

    private static CreateDeploymentJobRequest Job(string fleet, int percent) => new()
    {
        Fleet = $"arn:aws:robomaker:us-west-2:{Account}:deployment-fleet/{fleet}/1551203485821",
        DeploymentConfig = new DeploymentConfig { ConcurrentDeploymentPercentage = percent },
        DeploymentApplicationConfigs =
        [
            new DeploymentApplicationConfig
            {
                Application = App,
                ApplicationVersion = "1",
                LaunchConfig = new DeploymentLaunchConfig { PackageName = "hello_world", LaunchFile = "rotate.launch" },
            },
        ],
    };

    /// <summary>Counts the calls that reach the wire, by operation (and ListDeploymentJobs filtered on an end status apart).</summary>
    private sealed class CallCounter() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _lists;
        private int _endedLists;
        private int _describes;

        public int Lists => Volatile.Read(ref _lists);

        public int EndedLists => Volatile.Read(ref _endedLists);

        public int Describes => Volatile.Read(ref _describes);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            if (path.EndsWith("/listDeploymentJobs", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _lists);
                var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (body.Contains("\"Succeeded\"", StringComparison.Ordinal)) Interlocked.Increment(ref _endedLists);
            }
            else if (path.EndsWith("/describeDeploymentJob", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _describes);
            }
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
