namespace RoboMakerDeploy;

/// <summary>The names of the API's operations, as logs, traces and errors show them.</summary>
internal static class OperationNames
{
    /// <summary>CreateDeploymentJob.</summary>
    public const string CreateDeploymentJob = nameof(CreateDeploymentJob);

    /// <summary>DescribeDeploymentJob.</summary>
    public const string DescribeDeploymentJob = nameof(DescribeDeploymentJob);

    /// <summary>ListDeploymentJobs.</summary>
    public const string ListDeploymentJobs = nameof(ListDeploymentJobs);

    /// <summary>SyncDeploymentJob.</summary>
    public const string SyncDeploymentJob = nameof(SyncDeploymentJob);

    /// <summary>CancelDeploymentJob.</summary>
    public const string CancelDeploymentJob = nameof(CancelDeploymentJob);
}
