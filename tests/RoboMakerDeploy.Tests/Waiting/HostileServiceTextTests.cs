using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Tests.Diagnostics;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>
/// Service text in the waiter's exceptions and log lines (an attack pass's finding: a failureReason with a newline forged
/// an INFO line, an arn cleared the terminal, a status set its colour, a token was quoted): every arn, status, failure
/// code and reason shown has its control characters written as <c>\uXXXX</c> and secret shapes masked, in the message
/// and in the log state; the exceptions' data properties keep the reply as received.
/// </summary>
public sealed class HostileServiceTextTests
{
    // A newline forging a log line, ESC (clear screen, colour), BEL, U+2028 and a credential assignment.
    private const string Token = "abcTokenValue";
    private const string Hostile = "x\nINFO forged line \u001B[2J\u0007\u2028 X-Amz-Security-Token=" + Token;
    private const string HostileArn = JobArn + Hostile;
    private const string HostileStatus = "Exploding\u001B[31m\u0007\n\u2028 X-Amz-Security-Token=" + Token;

    private static readonly char[] Raw = ['\n', '\u001B', '\u0007', '\u2028'];

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string Reply(string status, string extra = "") =>
        $$"""{"arn":{{Json(HostileArn)}},"fleet":"{{FleetArn}}","status":{{Json(status)}},"createdAt":1709294400,{{extra}}"deploymentApplicationConfigs":[],"robotDeploymentSummary":[{"arn":{{Json(Robot(1) + Hostile)}},"status":"Failed","failureCode":{{Json(Hostile)}},"failureReason":{{Json(Hostile)}}}]}""";

    private static string FailedReply => Reply("Failed", $"\"failureCode\":{Json(Hostile)},\"failureReason\":{Json(Hostile)},");

    private static void AssertDisplayable(string what, string? text)
    {
        Assert.NotNull(text);
        Assert.True(text.IndexOfAny(Raw) < 0, $"{what} holds a raw control character: {ControlCharacters.Escape(text)}");
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
    }

    // ToString adds the stack trace's own line breaks; the rest of the rule holds, and no forged line starts in it.
    private static void AssertToStringDisplayable(Exception error)
    {
        var text = error.ToString();
        Assert.StartsWith($"{error.GetType().FullName}: {error.Message}", text, StringComparison.Ordinal);
        Assert.True(text.IndexOfAny(['\u001B', '\u0007', '\u2028']) < 0, $"ToString() holds a raw control character: {ControlCharacters.Escape(text)}");
        Assert.DoesNotContain("\nINFO", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
    }

    private static void AssertLogsDisplayable(CapturingLoggerProvider capture)
    {
        var waiter = capture.Entries.Where(e => e.EventId.Id is >= 3001 and <= 3004).ToList();
        // A poll line (3001) and a status change line (3002) at least, each quoting the hostile arn or status.
        Assert.Contains(waiter, e => e.EventId.Id == 3001);
        Assert.Contains(waiter, e => e.EventId.Id == 3002);
        foreach (var entry in waiter)
        {
            AssertDisplayable($"log {entry.EventId} message", entry.Message);
            foreach (var (key, value) in entry.Values)
            {
                if (value is string text) AssertDisplayable($"log {entry.EventId} state {key}", text);
            }
        }
        // The status as shown: escaped, and the token assignment masked.
        Assert.Contains(waiter, e => e.Values.TryGetValue("Status", out var s) && s is string text
            && text.StartsWith("Exploding\\u001B[31m\\u0007\\u000A\\u2028 X-Amz-Security-Token=***", StringComparison.Ordinal));
    }

    private static RoboMakerDeployClient LoggingClient(InMemoryTransport transport, VirtualClock clock, out CapturingLoggerProvider capture, out ILoggerFactory loggers)
    {
        var provider = new CapturingLoggerProvider();
        var factory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        capture = provider;
        loggers = factory;
        return Client(transport, clock, o => o.LoggerFactory = factory);
    }

    [Fact]
    public async Task A_failed_job_with_hostile_text_has_a_displayable_Message_ToString_and_log_lines_and_raw_data()
    {
        var clock = new VirtualClock();
        var transport = new InMemoryTransport((_, n) => Ok(n == 1 ? Reply(HostileStatus) : FailedReply));
        using var client = LoggingClient(transport, clock, out var capture, out var loggers);
        using var _ = loggers;
        var options = new DeploymentWaitOptions { ThrowOnFailure = true, JitterSource = static () => 0 };

        var error = await Assert.ThrowsAsync<DeploymentJobFailedException>(() => clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, options)));

        AssertDisplayable("Message", error.Message);
        AssertToStringDisplayable(error);
        Assert.Equal(
            $"Deployment job {JobArn}x\\u000AINFO forged line \\u001B[2J\\u0007\\u2028 X-Amz-Security-Token=*** ended Failed with x\\u000AINFO forged line \\u001B[2J\\u0007\\u2028 X-Amz-Security-Token=***: x\\u000AINFO forged line \\u001B[2J\\u0007\\u2028 X-Amz-Security-Token=*** (1 of 1 robots failed).",
            error.Message);
        // The data as the service sent it.
        Assert.Equal(HostileArn, error.JobArn);
        Assert.Equal(Hostile, error.RawFailureCode);
        Assert.Equal(DeploymentJobErrorCode.Unknown, error.FailureCode);
        Assert.Equal(Hostile, error.FailureReason);
        Assert.Equal(HostileArn, error.Description.Arn);
        var robot = Assert.Single(error.FailedRobots);
        Assert.Equal(Robot(1) + Hostile, robot.Arn);
        Assert.Equal(Hostile, robot.FailureReason);
        Assert.Equal(Hostile, robot.RawFailureCode);
        AssertLogsDisplayable(capture);
    }

    [Fact]
    public async Task A_timeout_after_a_hostile_unknown_status_has_a_displayable_Message_and_log_lines_and_raw_data()
    {
        var clock = new VirtualClock();
        var transport = new InMemoryTransport((_, _) => Ok(Reply(HostileStatus)));
        using var client = LoggingClient(transport, clock, out var capture, out var loggers);
        using var _ = loggers;
        var options = new DeploymentWaitOptions { Timeout = TimeSpan.FromSeconds(10), JitterSource = static () => 0 };

        var wait = client.WaitForDeploymentJobAsync(JobArn, options);
        // Advance only while a poll delay is pending besides the timeout, i.e. no poll is in flight.
        await clock.RunAsync(wait, () => clock.ActiveCount >= 2);

        var error = await Assert.ThrowsAsync<DeploymentWaitTimeoutException>(() => wait);
        AssertDisplayable("Message", error.Message);
        AssertToStringDisplayable(error);
        Assert.Equal(
            $"Deployment job {JobArn} did not end within 00:00:10; its last observed status was Exploding\\u001B[31m\\u0007\\u000A\\u2028 X-Amz-Security-Token=***.",
            error.Message);
        Assert.Equal(DeploymentStatus.Unknown, error.LastDescription!.Status);
        Assert.Equal(HostileStatus, error.LastDescription.RawStatus);
        Assert.Equal(HostileArn, error.LastDescription.Arn);
        AssertLogsDisplayable(capture);
        // Why the wait ran to its Timeout: one warning, when the status the SDK does not know first came, not one per poll.
        Assert.True(capture.Entries.Count(e => e.EventId.Id == 3001) > 1);
        var unknown = Assert.Single(capture.Entries, e => e.EventId.Id == 3004);
        Assert.Equal(LogLevel.Warning, unknown.Level);
        Assert.Contains("does not know", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_for_a_hostile_job_arn_shows_it_escaped_and_keeps_it_as_given()
    {
        var error = new DeploymentWaitTimeoutException(HostileArn, TimeSpan.FromSeconds(1), null);

        AssertDisplayable("Message", error.Message);
        Assert.Equal(HostileArn, error.JobArn);
    }

    [Theory]
    [InlineData("arn:aws:robomaker:us-west-2:123456789012:deployment-job/deployment-abc123")]
    [InlineData("InProgress")]
    public void Plain_service_text_is_shown_as_it_is_without_a_copy(string text) => Assert.Same(text, ServiceText.ForDisplay(text));

    [Fact]
    public void Service_text_has_control_characters_escaped_and_secret_shapes_masked()
    {
        Assert.Null(ServiceText.ForDisplay(null));
        Assert.Equal("a\\u0085b\\u007F\\u2029 Signature=***", ServiceText.ForDisplay("a\u0085b\u007F\u2029 Signature=5d67"));
        // A value split by a control character is masked whole: escaping comes first.
        Assert.Equal("X-Amz-Security-Token=***", ServiceText.ForDisplay("X-Amz-Security-Token=ab\u001Bcd"));
        Assert.Equal("X-Amz-Security-Token=***", ServiceText.ForDisplay("X-Amz-Security-Token=ab\ncd"));
    }
}
