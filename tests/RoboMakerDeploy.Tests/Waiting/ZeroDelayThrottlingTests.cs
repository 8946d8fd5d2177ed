using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>
/// MinDelay = MaxDelay = 0 is accepted (tests poll stubs without pause), but a throttled wait must never spin: an attack
/// pass saw some 20,000 requests in 2 s, since throttling doubles a delay of 0. After throttling the delay is at least
/// 1 s × 2^(level − 1), up to 60 s, whatever MaxDelay says.
/// </summary>
public sealed class ZeroDelayThrottlingTests
{
    private const string Endpoint = "https://robomaker.us-west-2.amazonaws.com";

    private static readonly DeploymentWaitOptions ZeroDelays = new()
    {
        MinDelay = TimeSpan.Zero,
        MaxDelay = TimeSpan.Zero,
        MinRoundDelay = TimeSpan.Zero,
        MaxThrottledPolls = 12,
        JitterSource = static () => 0.5,
    };

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Theory]
    [InlineData(DeploymentPollingStrategy.Adaptive)]
    [InlineData(DeploymentPollingStrategy.Backoff)]
    public async Task Every_poll_throttled_past_the_retries_with_zero_delays_waits_1_s_doubling_per_level_up_to_60_s(DeploymentPollingStrategy strategy)
    {
        var clock = new VirtualClock();
        var transport = new InMemoryTransport((_, _) => Throttled());
        using var client = new RoboMakerDeployClient(Options(Endpoint, clock, static o => o.MaxAttempts = 1), transport);

        Task wait = client.WaitForDeploymentJobAsync(JobArn, ZeroDelays with { PollingStrategy = strategy });
        await clock.RunAsync(wait);

        await Assert.ThrowsAsync<ThrottlingException>(() => wait);
        Assert.Equal(12, transport.Count);
        // Each refused poll raises the level by 2: 2 s, 8 s, 32 s, then the 60 s ceiling; 11 delays between 12 polls.
        Assert.Equal([S(2), S(8), S(32), S(60), S(60), S(60), S(60), S(60), S(60), S(60), S(60)], clock.Armed);
    }

    [Fact]
    public async Task Throttling_absorbed_by_the_retries_with_zero_delays_still_waits_1_2_4_8_s()
    {
        var clock = new VirtualClock();
        // Odd requests throttled, even ones answered: every poll costs one retry. The fifth poll sees the job end.
        var transport = new InMemoryTransport((_, n) => n % 2 == 1 ? Throttled() : Ok(Describe(n < 10 ? "InProgress" : "Succeeded")));
        using var client = new RoboMakerDeployClient(Options(Endpoint, clock, static o =>
        {
            o.MaxAttempts = 2;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.RetryMaxDelay = TimeSpan.Zero;
        }), transport);

        var final = await clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, ZeroDelays));

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        Assert.Equal(10, transport.Count);
        Assert.Equal([S(1), S(2), S(4), S(8)], clock.Armed);
    }

    [Fact]
    public async Task The_many_jobs_waiter_with_zero_delays_slows_its_throttled_rounds_down_too()
    {
        var clock = new VirtualClock();
        var transport = new InMemoryTransport((_, _) => Throttled());
        using var client = new RoboMakerDeployClient(Options(Endpoint, clock, static o => o.MaxAttempts = 1), transport);

        var wait = Drain(client.WaitForDeploymentJobsAsync([JobArn, JobArnOf("other")], ZeroDelays with { MaxThrottledPolls = 4 }));
        await clock.RunAsync(wait);

        await Assert.ThrowsAsync<ThrottlingException>(() => wait);
        Assert.Equal(4, transport.Count);
        Assert.Equal([S(2), S(8), S(32)], clock.Armed);
    }

    private static async Task Drain(IAsyncEnumerable<DeploymentJob> jobs)
    {
        await foreach (var _ in jobs)
        {
        }
    }
}
