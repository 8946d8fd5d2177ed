using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>
/// Describe replies with extreme times and estimates (an attack pass's finding: a raw OverflowException or
/// ArgumentOutOfRangeException from the first plan): the adaptive planner tolerates any parsed value, every delay it
/// arms stays within [MinDelay, MaxDelay], and the wait ends when the job does.
/// </summary>
public sealed class HostileReplyPlanningTests
{
    private const string Endpoint = "https://robomaker.us-west-2.amazonaws.com";

    // Year 1 and year 9999 in epoch seconds.
    private const string YearOne = "-62135510400";
    private const string Year9999 = "253402128000";

    private static string Robot(int n, string status, string? start = null, string? finish = null, string detail = "") =>
        $"{{\"arn\":\"{CannedReplies.Robot(n)}\",\"status\":\"{status}\""
        + (start is null ? string.Empty : ",\"deploymentStartTime\":" + start)
        + (finish is null ? string.Empty : ",\"deploymentFinishTime\":" + finish)
        + (detail.Length == 0 ? string.Empty : ",\"progressDetail\":" + detail) + "}";

    private static string Downloading(string eta, string percent) =>
        $"{{\"currentProgress\":\"DownloadingExtracting\",\"estimatedTimeRemainingSeconds\":{eta},\"percentDone\":{percent}}}";

    public static TheoryData<string, string> Replies()
    {
        var now = VirtualClock.DefaultStart.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new TheoryData<string, string>
        {
            // The attack's three replies.
            { "four robots year 1 to 9999, one deploying", $"[{Robot(1, "InSync", YearOne, Year9999)},{Robot(2, "InSync", YearOne, Year9999)},{Robot(3, "InSync", YearOne, Year9999)},{Robot(4, "InSync", YearOne, Year9999)},{Robot(5, "Deploying", now)}]" },
            { "a deploying robot started in year 9999", $"[{Robot(1, "InSync", YearOne, Year9999)},{Robot(2, "Deploying", Year9999)}]" },
            { "estimate int.MaxValue at 99.99 %", $"[{Robot(1, "Deploying", now, null, Downloading("2147483647", "99.99"))}]" },
            // More of the same kind.
            { "waves of pending robots after a 10000-year pace", $"[{Robot(1, "InSync", YearOne, Year9999)},{Robot(2, "Deploying", now)},{Robot(3, "PendingNewDeployment")},{Robot(4, "PendingNewDeployment")},{Robot(5, "PendingNewDeployment")}]" },
            { "finish before start", $"[{Robot(1, "InSync", Year9999, YearOne)},{Robot(2, "Deploying", YearOne)}]" },
            { "negative estimate, huge negative percent", $"[{Robot(1, "Deploying", now, null, Downloading("-2147483648", "-1e30"))}]" },
            { "estimate with percent past 100", $"[{Robot(1, "Deploying", YearOne, null, Downloading("600", "1e30"))}]" },
            { "estimate int.MaxValue at 0 %", $"[{Robot(1, "Deploying", Year9999, null, Downloading("2147483647", "0"))},{Robot(2, "InSync", now, Year9999)}]" },
        };
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public async Task The_adaptive_wait_survives_extreme_times_and_estimates_and_ends_with_the_job(string name, string robots)
    {
        var clock = new VirtualClock();
        var transport = new InMemoryTransport((_, n) => Ok(Describe(n < 4 ? "InProgress" : "Succeeded", robots)));
        using var client = new RoboMakerDeployClient(Options(Endpoint, clock), transport);
        var options = new DeploymentWaitOptions { JitterSource = static () => 0.5 };

        var final = await clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, options));

        Assert.True(final.Status is DeploymentStatus.Succeeded, $"{name}: ended {final.RawStatus}");
        Assert.Equal(4, transport.Count);
        Assert.Equal(3, clock.Armed.Count);
        Assert.All(clock.Armed, d => Assert.InRange(d, options.MinDelay, options.MaxDelay));
    }

    public static TheoryData<float> OddPercents() => new() { float.NaN, float.PositiveInfinity, float.NegativeInfinity, -1e30f, 1e30f };

    [Theory]
    [MemberData(nameof(OddPercents))]
    public void A_percentDone_that_is_not_a_finite_number_is_read_as_nothing_done(float percent)
    {
        // JSON cannot carry NaN or infinities to the parser, but a caller's own DescribeDeploymentJobResponse can.
        var now = VirtualClock.DefaultStart;
        var job = new DescribeDeploymentJobResponse
        {
            Arn = JobArn,
            Status = DeploymentStatus.InProgress,
            RobotDeploymentSummary =
            [
                new RobotDeployment
                {
                    Arn = CannedReplies.Robot(1),
                    Status = RobotStatus.Deploying,
                    DeploymentStartTime = now,
                    ProgressDetail = new ProgressDetail { CurrentProgress = RobotDeploymentStep.DownloadingExtracting, PercentDone = percent, EstimatedTimeRemainingSeconds = 30 },
                },
            ],
        };

        var history = AdaptivePollPlanner.Observe(null, job, job.RobotDeploymentSummary, now, throttled: false);
        var delay = AdaptivePollPlanner.PlanDelay(history, job.RobotDeploymentSummary, now, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60), 0.5);

        // 29.5 s left plus the 1.5 s margin, as for any percentDone; the phase began no earlier than a horizon ago.
        Assert.Equal(TimeSpan.FromSeconds(31), delay);
        Assert.InRange(history.PhaseStart, now - PlanArithmetic.Horizon, now);
    }

    [Fact]
    public void Saturating_arithmetic_holds_at_the_ends_of_the_ranges()
    {
        Assert.Equal(DateTimeOffset.MaxValue, PlanArithmetic.Add(DateTimeOffset.MaxValue.AddDays(-1), TimeSpan.MaxValue));
        Assert.Equal(DateTimeOffset.MinValue, PlanArithmetic.Add(DateTimeOffset.MinValue.AddDays(1), TimeSpan.MinValue));
        Assert.Equal(TimeSpan.MaxValue, PlanArithmetic.Scale(TimeSpan.FromDays(10_000), 1e9));
        Assert.Equal(TimeSpan.Zero, PlanArithmetic.Scale(TimeSpan.FromDays(1), double.NaN));
        Assert.Null(PlanArithmetic.PlausibleSpan(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, VirtualClock.DefaultStart));
        Assert.Equal(TimeSpan.FromMinutes(5), PlanArithmetic.PlausibleSpan(VirtualClock.DefaultStart, VirtualClock.DefaultStart.AddMinutes(5), VirtualClock.DefaultStart));
    }
}
