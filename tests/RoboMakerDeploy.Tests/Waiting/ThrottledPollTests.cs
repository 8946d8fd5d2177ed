using System.Net;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>
/// A poll answered "throttled" with an absurd Retry-After (the reply fuzzer's case that ended in the waiter's 1-hour
/// timeout): the waiter must poll again within its own delays, whatever the header says.
/// </summary>
public sealed class ThrottledPollTests
{
    private const string Endpoint = "https://robomaker.us-west-2.amazonaws.com";
    private static readonly string DescribeDone = CannedReplies.DescribeTwoRobots("Succeeded", "Finished", "InSync");

    public static TheoryData<int, string, int> Cases()
    {
        var data = new TheoryData<int, string, int>();
        foreach (var status in new[] { 400, 429, 503 })
        {
            foreach (var retryAfter in new[] { "99999999999", "2147483647", "86400", "Fri, 31 Dec 9999 23:59:59 GMT", "1.5" })
            {
                foreach (var attempts in new[] { 1, 3 })
                {
                    data.Add(status, retryAfter, attempts);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_throttled_poll_with_a_huge_Retry_After_is_followed_by_another_poll_within_MaxDelay(int status, string retryAfter, int attempts)
    {
        var clock = new VirtualClock();
        var sent = 0;
        var transport = new InMemoryTransport((_, n) =>
        {
            Interlocked.Increment(ref sent);
            if (n > 1) return CannedReplies.Reply(HttpStatusCode.OK, DescribeDone);
            var reply = CannedReplies.Reply((HttpStatusCode)status, """{"__type":"ThrottlingException","message":"Rate exceeded"}""");
            reply.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            reply.Headers.TryAddWithoutValidation("x-amzn-ErrorType", "ThrottlingException");
            return reply;
        });
        using var client = new RoboMakerDeployClient(Options(Endpoint, clock, o =>
        {
            o.MaxAttempts = attempts;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.RetryMaxDelay = TimeSpan.Zero;
        }), transport);
        var options = new DeploymentWaitOptions
        {
            MinDelay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(2),
            JitterSource = static () => 0.5,
            Timeout = TimeSpan.FromHours(1),
        };

        var wait = client.WaitForDeploymentJobAsync(JobArn, options);
        // Advance only while a poll delay is pending besides the overall timeout: no request is in flight then.
        await clock.RunAsync(wait, () => clock.ActiveCount >= 2);
        var final = await wait;

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        Assert.Equal(2, sent);
        // The waiter's own timeout (1 h) and one poll delay of at most MaxDelay: nothing waited on the header.
        Assert.All(clock.Armed, d => Assert.True(d <= TimeSpan.FromSeconds(2) || d == TimeSpan.FromHours(1), $"armed {d}; all: {string.Join(", ", clock.Armed)}"));
    }
}
