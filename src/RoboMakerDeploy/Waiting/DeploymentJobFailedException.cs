using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// A deployment job that was waited on with <see cref="DeploymentWaitOptions.ThrowOnFailure"/> ended
/// Failed or Canceled. Carries the failure code and reason, the robots that failed and the final description.
/// </summary>
/// <remarks>
/// Every waiter gives it the job's full DescribeDeploymentJob reply: the many-jobs waiter, which otherwise learns of
/// ends from ListDeploymentJobs summaries without robots, describes the failed job first (one call; failures are rare).
/// </remarks>
public sealed class DeploymentJobFailedException : Exception
{
    /// <summary>Creates the exception from the job's final description.</summary>
    /// <param name="description">The final description.</param>
    public DeploymentJobFailedException(DescribeDeploymentJobResponse description)
        : base(Describe(description))
    {
        Description = description;
        FailedRobots = [.. description.RobotDeploymentSummary.Where(static r => r.Status is RobotStatus.Failed or RobotStatus.NoResponse)];
    }

    /// <summary>The job's final description.</summary>
    public DescribeDeploymentJobResponse Description { get; }

    /// <summary>The job's final status: Failed or Canceled.</summary>
    public DeploymentStatus? Status => Description.Status;

    /// <summary>The job's failure code (Unknown for a code this SDK does not know; see <see cref="RawFailureCode"/>).</summary>
    public DeploymentJobErrorCode? FailureCode => Description.FailureCode;

    /// <summary>The job's failure code as the service sent it.</summary>
    public string? RawFailureCode => Description.RawFailureCode;

    /// <summary>The job's failure reason.</summary>
    public string? FailureReason => Description.FailureReason;

    /// <summary>The robots whose deployment failed or that did not respond.</summary>
    public IReadOnlyList<RobotDeployment> FailedRobots { get; }

    private static string Describe(DescribeDeploymentJobResponse description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var failed = description.RobotDeploymentSummary.Count(static r => r.Status is RobotStatus.Failed or RobotStatus.NoResponse);
        return $"Deployment job {description.Arn} ended {description.RawStatus}"
            + (description.RawFailureCode is { } code ? $" with {code}" : string.Empty)
            + (string.IsNullOrEmpty(description.FailureReason) ? string.Empty : $": {description.FailureReason}")
            + $" ({failed} of {description.RobotDeploymentSummary.Count} robots failed).";
    }
}
