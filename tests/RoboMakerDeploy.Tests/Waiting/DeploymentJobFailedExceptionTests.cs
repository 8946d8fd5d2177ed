using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>
/// A failed job's failureReason is the service's text and may echo what a robot or proxy was sent: the exception's
/// Message and ToString mask anything shaped like a secret, as the SDK does for error replies.
/// </summary>
public sealed class DeploymentJobFailedExceptionTests
{
    private const string JobArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/deployment-abc123";
    private const string AccessKey = "ASIAFAILUREREASONEXA";
    private const string SecretKey = "failureReasonSecret/EXAMPLE+0123456789abcdefXYZ";
    private const string Signature = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
    private const string SessionToken =
        "IQoJb3JpZ2luX2VjEFailureReasonTokenValue/EXAMPLE+abc0123456789defghijklmnopqrstuvwxyzQWERTYUIOPASDFGHJKLZXCVBNM==";

    public static TheoryData<string, string> Reasons => new()
    {
        {
            "Robot agent rejected the request",
            $"Robot agent rejected the request. Authorization: AWS4-HMAC-SHA256 Credential={AccessKey}/20260301/us-west-2/robomaker/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature={Signature}"
        },
        { "Download refused", $"Download refused; the request had x-amz-security-token: {SessionToken}" },
        { "credential_process printed", $"credential_process printed aws_session_token = {SessionToken}; aws_secret_access_key = {SecretKey}" },
        { "Greengrass replied", $$"""Greengrass replied {"SessionToken":"{{SessionToken}}","SecretAccessKey":"{{SecretKey}}"}""" },
        { "GET https://my-bundles.s3.amazonaws.com/app.tar.gz", $"GET https://my-bundles.s3.amazonaws.com/app.tar.gz?X-Amz-Signature={Signature}&X-Amz-Security-Token={Uri.EscapeDataString(SessionToken)} returned 403" },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void A_failure_reason_echoing_an_Authorization_header_or_session_token_is_masked_in_Message_and_ToString(string kept, string reason)
    {
        var error = new DeploymentJobFailedException(Failed(reason, "FailureThresholdBreached"));

        AssertNoSecret("Message", error.Message);
        AssertNoSecret("ToString()", error.ToString());
        Assert.StartsWith($"Deployment job {JobArn} ended Failed with FailureThresholdBreached: {kept}", error.Message, StringComparison.Ordinal);
        Assert.Contains("***", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("(1 of 2 robots failed).", error.Message, StringComparison.Ordinal);
        // The data stays as the service sent it.
        Assert.Equal(reason, error.FailureReason);
    }

    [Fact]
    public void A_failure_code_carrying_a_signature_is_masked_too()
    {
        var error = new DeploymentJobFailedException(Failed("denied", $"Signature={Signature}"));

        AssertNoSecret("Message", error.Message);
        Assert.Equal($"Deployment job {JobArn} ended Failed with Signature=***: denied (1 of 2 robots failed).", error.Message);
    }

    [Fact]
    public void A_plain_failure_reason_is_quoted_as_it_is()
    {
        var error = new DeploymentJobFailedException(Failed("Robot r1: launch file not found (ros2 launch nav nav.launch.py)", "FailureThresholdBreached"));

        Assert.Equal(
            $"Deployment job {JobArn} ended Failed with FailureThresholdBreached: Robot r1: launch file not found (ros2 launch nav nav.launch.py) (1 of 2 robots failed).",
            error.Message);
    }

    [Fact]
    public void A_reply_without_arn_is_named_by_the_ARN_waited_on()
    {
        var error = new DeploymentJobFailedException(Failed("denied", "FailureThresholdBreached") with { Arn = null }, JobArn);

        Assert.Equal($"Deployment job {JobArn} ended Failed with FailureThresholdBreached: denied (1 of 2 robots failed).", error.Message);
        Assert.Equal(JobArn, error.JobArn);
    }

    [Fact]
    public void The_replys_own_arn_wins_and_without_either_the_message_says_so()
    {
        var own = new DeploymentJobFailedException(Failed("denied", "FailureThresholdBreached"), "arn:aws:robomaker:us-west-2:123456789012:deployment-job/other");
        var none = new DeploymentJobFailedException(Failed("denied", "FailureThresholdBreached") with { Arn = null });

        Assert.Equal(JobArn, own.JobArn);
        Assert.StartsWith($"Deployment job {JobArn} ended Failed", own.Message, StringComparison.Ordinal);
        Assert.Null(none.JobArn);
        Assert.StartsWith("Deployment job (no arn) ended Failed", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_waiters_name_a_failed_job_whose_reply_has_no_arn_by_the_ARN_they_waited_on()
    {
        var clock = new VirtualClock();
        const string NoArn = """{"status":"Failed","failureCode":"FailureThresholdBreached","failureReason":"denied","robotDeploymentSummary":[]}""";
        var transport = new InMemoryTransport((request, _) => request.RequestUri!.AbsolutePath.Contains("list", StringComparison.OrdinalIgnoreCase)
            ? CannedReplies.Ok("""{"deploymentJobs":[]}""")
            : CannedReplies.Ok(NoArn));
        using var client = new RoboMakerDeployClient(ResilienceTestKit.Options("https://robomaker.us-west-2.amazonaws.com", clock), transport);
        var options = new DeploymentWaitOptions { ThrowOnFailure = true };

        var single = await Assert.ThrowsAsync<DeploymentJobFailedException>(() => client.WaitForDeploymentJobAsync(JobArn, options));
        var many = await Assert.ThrowsAsync<DeploymentJobFailedException>(async () =>
        {
            await foreach (var _ in client.WaitForDeploymentJobsAsync([JobArn], options))
            {
            }
        });

        foreach (var error in new[] { single, many })
        {
            Assert.Equal($"Deployment job {JobArn} ended Failed with FailureThresholdBreached: denied (0 of 0 robots failed).", error.Message);
            Assert.Equal(JobArn, error.JobArn);
            Assert.Null(error.Description.Arn);
        }
    }

    private static DescribeDeploymentJobResponse Failed(string reason, string code) => new()
    {
        Arn = JobArn,
        RawStatus = "Failed",
        RawFailureCode = code,
        FailureReason = reason,
        RobotDeploymentSummary =
        [
            new RobotDeployment { Arn = "arn:aws:robomaker:us-west-2:123456789012:robot/r1/1", RawStatus = "Failed" },
            new RobotDeployment { Arn = "arn:aws:robomaker:us-west-2:123456789012:robot/r2/1", RawStatus = "InSync" },
        ],
    };

    /// <summary>No secret, nor any 12-character piece of one, appears in <paramref name="text"/>.</summary>
    private static void AssertNoSecret(string where, string text)
    {
        foreach (var (name, secret) in new[] { ("session token", SessionToken), ("escaped session token", Uri.EscapeDataString(SessionToken)), ("signature", Signature), ("secret key", SecretKey) })
        {
            for (var i = 0; i + 12 <= secret.Length; i++)
            {
                var piece = secret.Substring(i, 12);
                Assert.False(text.Contains(piece, StringComparison.OrdinalIgnoreCase), $"{where} shows part of the {name} ('{piece}' at {i}): {text}");
            }
        }
    }
}
