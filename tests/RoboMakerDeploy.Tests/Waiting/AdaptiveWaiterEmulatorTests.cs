using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>
/// The waiters against the emulator, with one virtual clock for emulator and client: the clock jumps to each
/// pending delay only while no request is in flight, so detection lag and call counts are exact and the tests take
/// milliseconds, not the deployments' minutes.
/// </summary>
public class AdaptiveWaiterEmulatorTests
{
    private static async Task<(RoboMakerEmulator Emulator, RoboMakerDeployClient Client, InMemoryTransport Transport)> StartAsync(
        VirtualClock clock, int robots, TimeSpan duration, Action<RoboMakerEmulatorOptions>? configure = null)
    {
        var emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions
        {
            TimeProvider = clock,
            MaxClockSkew = TimeSpan.FromDays(30),
            RobotsPerFleet = robots,
            JobDuration = duration,
        }.Also(configure));
        var client = ResilienceTestKit.Client(emulator.Endpoint.ToString(), clock, out var transport);
        return (emulator, client, transport);
    }

    private static DateTimeOffset EndOf(DescribeDeploymentJobResponse final) =>
        final.RobotDeploymentSummary.Max(r => r.DeploymentFinishTime!.Value);

    private static int Describes(InMemoryTransport transport) => transport.Sent.Count(s => s.Path == "/describeDeploymentJob");

    [Theory]
    [InlineData(40, 5, 10)]
    [InlineData(120, 6, 14)]
    public async Task A_deployment_of_four_robots_is_reported_soon_after_it_ends_with_few_polls(int seconds, double maxLagSeconds, int maxPolls)
    {
        var clock = new VirtualClock();
        var (emulator, client, transport) = await StartAsync(clock, robots: 4, TimeSpan.FromSeconds(seconds));
        await using var _ = emulator;
        using var __ = client;
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("four")));

        var final = await clock.RunAsync(client.WaitForDeploymentJobAsync(job.Arn!, new DeploymentWaitOptions { JitterSource = static () => 0.5 }));

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        var end = EndOf(final);
        Assert.Equal(job.CreatedAt!.Value.AddSeconds(seconds), end, TimeSpan.FromMilliseconds(5));
        var lag = clock.GetUtcNow() - end;
        Assert.InRange(lag, TimeSpan.Zero, TimeSpan.FromSeconds(maxLagSeconds));
        Assert.True(Describes(transport) <= maxPolls, $"{Describes(transport)} polls; delays {string.Join(", ", clock.Armed.Select(a => a.TotalSeconds))}");
    }

    [Fact]
    public async Task Every_seed_of_the_jitter_keeps_a_40_second_deployment_within_its_bounds()
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var clock = new VirtualClock();
            var (emulator, client, transport) = await StartAsync(clock, robots: 4, TimeSpan.FromSeconds(40));
            await using var _ = emulator;
            using var __ = client;
            var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("seeded")));
            var random = new Random(seed);

            var final = await clock.RunAsync(client.WaitForDeploymentJobAsync(job.Arn!, new DeploymentWaitOptions { JitterSource = random.NextDouble }));

            Assert.InRange(clock.GetUtcNow() - EndOf(final), TimeSpan.Zero, TimeSpan.FromSeconds(5));
            Assert.InRange(Describes(transport), 1, 10);
        }
    }

    [Fact]
    public async Task Many_jobs_are_watched_with_one_listing_per_round_and_each_is_yielded_as_it_ends()
    {
        var clock = new VirtualClock();
        var (emulator, client, transport) = await StartAsync(clock, robots: 3, TimeSpan.FromMinutes(2));
        await using var _ = emulator;
        using var __ = client;
        // Three jobs on three fleets, created 30 s apart: they end at 120, 150 and 180 s.
        var arns = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            if (i > 0) clock.Advance(TimeSpan.FromSeconds(30));
            arns.Add((await client.CreateDeploymentJobAsync(NewJob(FleetArn("many-" + i)))).Arn!);
        }
        var created = clock.GetUtcNow();

        var ended = new List<(string Arn, TimeSpan Lag)>();
        await clock.RunAsync(Collect());

        async Task<int> Collect()
        {
            await foreach (var final in client.WaitForDeploymentJobsAsync([arns[2], arns[0], arns[1], arns[0]], new DeploymentWaitOptions { JitterSource = static () => 0.5 }))
            {
                // The emulator ends a job exactly its JobDuration after createdAt.
                ended.Add((final.Arn!, clock.GetUtcNow() - final.CreatedAt!.Value.AddMinutes(2)));
            }
            return ended.Count;
        }

        Assert.Equal(arns, ended.Select(e => e.Arn));
        // The sweep sees statuses only (no robots, so no estimates): a job is found ended within one MaxDelay at worst.
        Assert.All(ended, e => Assert.InRange(e.Lag, TimeSpan.Zero, TimeSpan.FromSeconds(60)));
        // Without progress, a job that left the unfinished listing alone is described once (these end 30 s apart).
        Assert.Equal(3, Describes(transport));
        var lists = transport.Sent.Count(s => s.Path == "/listDeploymentJobs");
        Assert.InRange(lists, 2, 40);
        Assert.All(transport.Sent.Where(s => s.Path == "/listDeploymentJobs"), s => Assert.Contains("\"Pending\",\"Preparing\",\"InProgress\"", System.Text.Encoding.UTF8.GetString(s.Body), StringComparison.Ordinal));
        Assert.True(clock.GetUtcNow() > created);
    }

    [Fact]
    public async Task Jobs_ending_together_are_found_in_one_listing_of_ended_jobs_and_later_ends_are_predicted_from_the_first()
    {
        var clock = new VirtualClock();
        var (emulator, client, transport) = await StartAsync(clock, robots: 3, TimeSpan.FromMinutes(2));
        await using var _ = emulator;
        using var __ = client;
        // Three jobs created 1 s apart end within 2 s of each other; then three more, 40 s later, 10 s apart.
        var arns = new List<string>();
        foreach (var gap in new[] { 0, 1, 1, 40, 10, 10 })
        {
            clock.Advance(TimeSpan.FromSeconds(gap));
            arns.Add((await client.CreateDeploymentJobAsync(NewJob(FleetArn("together-" + arns.Count)))).Arn!);
        }

        var lags = new Dictionary<string, TimeSpan>();
        await clock.RunAsync(Collect());
        async Task<int> Collect()
        {
            await foreach (var final in client.WaitForDeploymentJobsAsync(arns, new DeploymentWaitOptions { JitterSource = static () => 0.5 }))
            {
                Assert.Equal(DeploymentStatus.Succeeded, final.Status);
                lags[final.Arn!] = clock.GetUtcNow() - final.CreatedAt!.Value.AddMinutes(2);
            }
            return lags.Count;
        }

        Assert.Equal(6, lags.Count);
        var paths = transport.Sent.Select(s => s.Path).ToList();
        var endedListings = transport.Sent.Count(s => System.Text.Encoding.UTF8.GetString(s.Body).Contains("\"Succeeded\",\"Failed\",\"Canceled\"", StringComparison.Ordinal));
        // The first three vanish in the same round: one listing of ended jobs, no description.
        Assert.True(endedListings >= 1, string.Join(", ", paths));
        Assert.True(Describes(transport) <= 3, string.Join(", ", paths));
        // Once the first three taught the jobs' length, the later ones are looked for at their predicted ends:
        // each is found within a round (MinRoundDelay, 15 s) of its end.
        Assert.All(arns.Skip(3), arn => Assert.InRange(lags[arn], TimeSpan.Zero, TimeSpan.FromSeconds(16)));
    }

    [Fact]
    public async Task With_progress_the_many_jobs_waiter_describes_a_job_at_first_sight_and_at_each_status_change()
    {
        var clock = new VirtualClock();
        var (emulator, client, transport) = await StartAsync(clock, robots: 2, TimeSpan.FromSeconds(60));
        await using var _ = emulator;
        using var __ = client;
        var arn = (await client.CreateDeploymentJobAsync(NewJob(FleetArn("watched")))).Arn!;
        var progress = new RecordingProgress<DeploymentJobProgress>();

        var finals = await clock.RunAsync(client.WaitForDeploymentJobsAsync([arn], new DeploymentWaitOptions { JitterSource = static () => 0.5 }, progress).ToListAsync().AsTask());

        Assert.Equal(DeploymentStatus.Succeeded, Assert.Single(finals).Status);
        var statuses = progress.Reports.Select(r => r.Status).Distinct().ToList();
        Assert.Equal([DeploymentStatus.Pending, DeploymentStatus.Preparing, DeploymentStatus.InProgress, DeploymentStatus.Succeeded], statuses);
        // First sight, Preparing, InProgress and the end: four descriptions, however many rounds.
        Assert.Equal(4, Describes(transport));
    }

    [Fact]
    public async Task With_ThrowOnFailure_the_many_jobs_waiter_yields_the_jobs_that_ended_before_the_failed_one_then_throws()
    {
        var clock = new VirtualClock();
        var (emulator, client, _) = await StartAsync(clock, robots: 2, TimeSpan.FromSeconds(60), o =>
            o.ScriptedFailures.Add(new ScriptedRobotFailure("bad", 0, DeploymentJobErrorCode.ExtractingBundleFailure)));
        await using var __ = emulator;
        using var ___ = client;
        var good = (await client.CreateDeploymentJobAsync(NewJob(FleetArn("good")))).Arn!;
        clock.Advance(TimeSpan.FromSeconds(30));
        var bad = (await client.CreateDeploymentJobAsync(NewJob(FleetArn("bad")))).Arn!;

        var yielded = new List<string>();
        async Task<int> Collect()
        {
            await foreach (var final in client.WaitForDeploymentJobsAsync([bad, good], new DeploymentWaitOptions { ThrowOnFailure = true, JitterSource = static () => 0.5 }))
            {
                yielded.Add(final.Arn!);
            }
            return yielded.Count;
        }
        var wait = Collect();
        await clock.RunAsync((Task)wait);

        var error = await Assert.ThrowsAsync<DeploymentJobFailedException>(() => wait);
        Assert.Equal(bad, error.Description.Arn);
        Assert.Equal(DeploymentJobErrorCode.ExtractingBundleFailure, error.FailureCode);
        Assert.Equal([good], yielded);
    }

    [Fact]
    public async Task The_fleet_waiter_waits_for_the_fleets_latest_job()
    {
        var clock = new VirtualClock();
        var (emulator, client, _) = await StartAsync(clock, robots: 2, TimeSpan.FromSeconds(60));
        await using var __ = emulator;
        using var ___ = client;
        await client.CreateDeploymentJobAsync(NewJob(FleetArn("dock")));
        clock.Advance(TimeSpan.FromSeconds(90));
        var latest = await client.CreateDeploymentJobAsync(NewJob(FleetArn("dock")));
        await client.CreateDeploymentJobAsync(NewJob(FleetArn("other")));

        var byName = await clock.RunAsync(client.WaitForFleetDeploymentAsync("dock", new DeploymentWaitOptions { JitterSource = static () => 0.5 }));
        var byArn = await client.WaitForFleetDeploymentAsync(FleetArn("dock"));

        Assert.Equal(latest.Arn, byName.Arn);
        Assert.Equal(DeploymentStatus.Succeeded, byName.Status);
        Assert.Equal(latest.Arn, byArn.Arn);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.WaitForFleetDeploymentAsync("empty"));
    }

    [Fact]
    public void Bad_arguments_of_the_many_jobs_waiter_fail_before_any_call()
    {
        var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions { Region = "us-west-2", ServiceUrl = new Uri("http://127.0.0.1:9/") });

        var empty = Assert.Throws<ArgumentException>(() => client.WaitForDeploymentJobsAsync([]));
        var blank = Assert.Throws<ArgumentException>(() => client.WaitForDeploymentJobsAsync(["arn:x", " "]));

        Assert.Equal("jobArns", empty.ParamName);
        Assert.Contains("jobArns[1]", blank.Message, StringComparison.Ordinal);
    }
}

internal static class OptionsExtensions
{
    public static RoboMakerEmulatorOptions Also(this RoboMakerEmulatorOptions options, Action<RoboMakerEmulatorOptions>? configure)
    {
        configure?.Invoke(options);
        return options;
    }
}
