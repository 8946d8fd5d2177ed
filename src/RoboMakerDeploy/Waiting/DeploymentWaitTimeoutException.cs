using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>A wait for a deployment job ran past its <see cref="DeploymentWaitOptions.Timeout"/> before the job ended.</summary>
public sealed class DeploymentWaitTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="jobArn">The job waited on.</param>
    /// <param name="timeout">The timeout that passed.</param>
    /// <param name="lastDescription">The last description received, or null when no poll succeeded.</param>
    /// <param name="innerException">The underlying cancellation, or null.</param>
    public DeploymentWaitTimeoutException(string jobArn, TimeSpan timeout, DescribeDeploymentJobResponse? lastDescription, Exception? innerException = null)
        : base(
            $"Deployment job {jobArn} did not end within {timeout}; its last observed status was {lastDescription?.RawStatus ?? "(none)"}.",
            innerException)
    {
        JobArn = jobArn;
        Timeout = timeout;
        LastDescription = lastDescription;
    }

    /// <summary>The job waited on.</summary>
    public string JobArn { get; }

    /// <summary>The timeout that passed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The last description received, or null when no poll succeeded.</summary>
    public DescribeDeploymentJobResponse? LastDescription { get; }
}
