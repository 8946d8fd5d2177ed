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

    public const string CreateFleet = nameof(CreateFleet);

    public const string DeleteFleet = nameof(DeleteFleet);

    public const string DescribeFleet = nameof(DescribeFleet);

    public const string ListFleets = nameof(ListFleets);

    public const string CreateRobot = nameof(CreateRobot);

    public const string DeleteRobot = nameof(DeleteRobot);

    public const string DescribeRobot = nameof(DescribeRobot);

    public const string ListRobots = nameof(ListRobots);

    public const string RegisterRobot = nameof(RegisterRobot);

    public const string DeregisterRobot = nameof(DeregisterRobot);

    public const string CreateRobotApplication = nameof(CreateRobotApplication);

    public const string CreateRobotApplicationVersion = nameof(CreateRobotApplicationVersion);

    public const string DescribeRobotApplication = nameof(DescribeRobotApplication);

    public const string ListRobotApplications = nameof(ListRobotApplications);

    public const string UpdateRobotApplication = nameof(UpdateRobotApplication);

    public const string DeleteRobotApplication = nameof(DeleteRobotApplication);

    public const string TagResource = nameof(TagResource);

    public const string UntagResource = nameof(UntagResource);

    public const string ListTagsForResource = nameof(ListTagsForResource);
}
