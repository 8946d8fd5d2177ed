using System.Globalization;
using System.Net;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// A clock-skew rejection's <c>Date</c> is learnt only when plausible (issue 13, part 1): a hostile or broken date
/// neither makes signing throw nor poisons the calls that follow.
/// </summary>
public sealed class ClockSkewTests
{
    private readonly VirtualClock _clock = new();

    /// <summary>A clock-skew rejection of a request signed at the clock's start, with the <c>Date</c> header <paramref name="date"/>.</summary>
    private static HttpResponseMessage Expired(string date) => SignatureExpired(VirtualClock.DefaultStart, date);

    private static string AmzDate(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string HttpDate(DateTimeOffset time) => time.ToString("R", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT")]
    [InlineData("Mon, 01 Jan 0001 00:00:00 GMT")]
    [InlineData("Sun, 03 Mar 2024 12:00:01 GMT")] // two days ahead of the client's clock
    [InlineData("not a date")]
    public async Task An_implausible_server_date_is_not_learnt_and_later_calls_sign_with_the_local_clock(string date)
    {
        var transport = new InMemoryTransport((_, n) => n == 1 ? Expired(date) : Ok(Describe("InProgress")));
        using var client = new RoboMakerDeployClient(Options("https://robomaker.us-west-2.amazonaws.com", _clock, o => o.MaxAttempts = 1), transport);

        var error = await Assert.ThrowsAsync<RoboMakerException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));
        Assert.Equal("InvalidSignatureException", error.ErrorCode);
        Assert.Contains("Signature expired", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, transport.Count); // not re-sent: nothing worth re-signing with was learnt

        _clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 3; i++)
        {
            var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
            Assert.Equal(DeploymentStatus.InProgress, job.Status);
        }
        Assert.All(transport.Sent.Skip(1), sent => Assert.Equal(AmzDate(_clock.GetUtcNow()), sent.AmzDate));
    }

    [Fact]
    public async Task A_plausible_server_date_is_learnt_the_call_is_re_signed_once_and_later_calls_keep_the_correction()
    {
        var serverAhead = TimeSpan.FromMinutes(20);
        var transport = new InMemoryTransport((_, n) => n == 1
            ? Expired(HttpDate(_clock.GetUtcNow() + serverAhead))
            : Ok(Describe("InProgress")));
        using var client = new RoboMakerDeployClient(Options("https://robomaker.us-west-2.amazonaws.com", _clock, o => o.MaxAttempts = 1), transport);

        var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(DeploymentStatus.InProgress, job.Status);
        Assert.Equal(
            [AmzDate(_clock.GetUtcNow()), AmzDate(_clock.GetUtcNow() + serverAhead), AmzDate(_clock.GetUtcNow() + serverAhead)],
            transport.Sent.Select(s => s.AmzDate));
    }

    [Fact]
    public async Task A_learnt_offset_near_the_end_of_the_calendar_never_makes_signing_throw()
    {
        // The client's clock itself sits at the very end of the calendar; the server is plausibly ahead of it.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(9999, 12, 31, 23, 50, 0, TimeSpan.Zero));
        var transport = new InMemoryTransport((_, n) => n == 1
            ? Expired("Fri, 31 Dec 9999 23:59:59 GMT")
            : Ok(Describe("InProgress")));
        var options = Options("https://robomaker.us-west-2.amazonaws.com", _clock, o => o.MaxAttempts = 1);
        options.TimeProvider = clock;
        using var client = new RoboMakerDeployClient(options, transport);

        await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(DeploymentStatus.InProgress, job.Status);
        Assert.Equal(3, transport.Count);
    }
}
