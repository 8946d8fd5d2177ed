using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>A wait for a deployment job ran past its <see cref="DeploymentWaitOptions.Timeout"/> before the job ended.</summary>
/// <remarks>
/// <see cref="Exception.Message"/> quotes the job's arn and last status with control characters (C0, DEL, C1,
/// U+2028/U+2029) written as <c>\uXXXX</c> and anything shaped like a secret masked (the exception does not know the
/// call's session token, so a bare token is not masked); <see cref="JobArn"/> and <see cref="LastDescription"/> hold
/// the values as given and received.
/// </remarks>
public sealed class DeploymentWaitTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="jobArn">The job waited on.</param>
    /// <param name="timeout">The timeout that passed.</param>
    /// <param name="lastDescription">The last description received, or null when no poll succeeded.</param>
    /// <param name="innerException">The underlying cancellation, or null.</param>
    public DeploymentWaitTimeoutException(string jobArn, TimeSpan timeout, DescribeDeploymentJobResponse? lastDescription, Exception? innerException = null)
        : base(
            $"Deployment job {ServiceText.ForDisplay(jobArn)} did not end within {timeout}; its last observed status was {ServiceText.ForDisplay(lastDescription?.RawStatus) ?? "(none)"}.",
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
