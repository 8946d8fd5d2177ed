using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// A deployment job that was waited on with <see cref="DeploymentWaitOptions.ThrowOnFailure"/> ended
/// Failed or Canceled. Carries the failure code and reason, the robots that failed and the final description.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Exception.Message"/> quotes the job's arn, status, failureCode and failureReason with control characters
/// (C0, DEL, C1, U+2028/U+2029) and bidirectional controls written as <c>\uXXXX</c>, so one message stays one line and
/// cannot drive a terminal or show in another order, and
/// anything shaped like a secret masked (an <c>Authorization</c> header, a <c>Signature</c>, an
/// <c>X-Amz-Security-Token</c> or session token assignment), as the SDK treats the text of error replies. The exception
/// does not know the call's session token, so a bare token (not written as an assignment) is not masked.
/// <see cref="JobArn"/>, <see cref="RawFailureCode"/>, <see cref="FailureReason"/>, <see cref="FailedRobots"/> and
/// <see cref="Description"/> hold the reply as the service sent it.
/// </para>
/// <para>
/// Every waiter gives it the job's full DescribeDeploymentJob reply: the many-jobs waiter, which otherwise learns of
/// ends from ListDeploymentJobs summaries without robots, describes the failed job first (one call; failures are rare).
/// </para>
/// </remarks>
public sealed class DeploymentJobFailedException : Exception
{
    /// <summary>Creates the exception from the job's final description; <see cref="JobArn"/> is the description's arn.</summary>
    /// <param name="description">The final description.</param>
    public DeploymentJobFailedException(DescribeDeploymentJobResponse description)
        : this(description, null)
    {
    }

    /// <summary>
    /// Creates the exception from the job's final description and the ARN that was waited on, which names the job when the
    /// reply has no arn (a reply is not trusted to echo it).
    /// </summary>
    /// <param name="description">The final description.</param>
    /// <param name="jobArn">The ARN waited on (DescribeDeploymentJob's job); null or empty to rely on the description's arn.</param>
    public DeploymentJobFailedException(DescribeDeploymentJobResponse description, string? jobArn)
        : base(Describe(description, NameOf(description, jobArn)))
    {
        Description = description;
        JobArn = NameOf(description, jobArn);
        FailedRobots = [.. description.RobotDeploymentSummary.Where(static r => r.Status is RobotStatus.Failed or RobotStatus.NoResponse)];
    }

    /// <summary>The job's ARN: the description's arn, else the ARN that was waited on; null when neither is known.</summary>
    public string? JobArn { get; }

    /// <summary>The job's final description.</summary>
    public DescribeDeploymentJobResponse Description { get; }

    /// <summary>The job's final status: Failed or Canceled.</summary>
    public DeploymentStatus? Status => Description.Status;

    /// <summary>The job's failure code (Unknown for a code this SDK does not know; see <see cref="RawFailureCode"/>).</summary>
    public DeploymentJobErrorCode? FailureCode => Description.FailureCode;

    /// <summary>The job's failure code as the service sent it.</summary>
    public string? RawFailureCode => Description.RawFailureCode;

    /// <summary>The job's failure reason (failureReason), as the service sent it: unmasked and unescaped, unlike <see cref="Exception.Message"/>.</summary>
    public string? FailureReason => Description.FailureReason;

    /// <summary>The robots whose deployment failed or that did not respond.</summary>
    public IReadOnlyList<RobotDeployment> FailedRobots { get; }

    private static string? NameOf(DescribeDeploymentJobResponse description, string? jobArn)
    {
        ArgumentNullException.ThrowIfNull(description);
        return !string.IsNullOrEmpty(description.Arn) ? description.Arn : string.IsNullOrEmpty(jobArn) ? null : jobArn;
    }

    private static string Describe(DescribeDeploymentJobResponse description, string? arn)
    {
        var failed = description.RobotDeploymentSummary.Count(static r => r.Status is RobotStatus.Failed or RobotStatus.NoResponse);
        // Every piece of reply text is shown through ServiceText: a reply may carry control characters (a forged log line,
        // a terminal escape) or echo what was sent; the exception cannot know the call's secrets, so only their shapes are masked.
        return $"Deployment job {ServiceText.ForDisplay(arn) ?? "(no arn)"} ended {ServiceText.ForDisplay(description.RawStatus) ?? "(no status)"}"
            + (description.RawFailureCode is { } code ? $" with {ServiceText.ForDisplay(code)}" : string.Empty)
            + (string.IsNullOrEmpty(description.FailureReason) ? string.Empty : $": {ServiceText.ForDisplay(description.FailureReason)}")
            + $" ({failed} of {description.RobotDeploymentSummary.Count} robots failed).";
    }
}
