namespace RoboMakerDeploy.Tests.Models;

/// <summary>
/// Every wire value of every enum, per API revision, copied from the seeds: the 2019-11-04 changelog
/// (000: the full lists, whose additions are marked in its "Changes" blocks), the 2020-03-06
/// changelog (001) and the latest describe page (003). The enums of the fleet, robot and robot-application
/// shapes appear in no seed page, so only their latest values are known, from the service model
/// (service-model/service-2.json); a revision an enum has no list for is absent from its map.
/// </summary>
internal static class EnumRevisions
{
    public const string Base = "before 2019-11-04";
    public const string Rev20191104 = "2019-11-04";
    public const string Rev20200306 = "2020-03-06";
    public const string Latest = "latest";

    public static readonly string[] Revisions = [Base, Rev20191104, Rev20200306, Latest];

    private static readonly string[] StatusAll = ["Pending", "Preparing", "InProgress", "Failed", "Succeeded", "Canceled"];

    public static readonly IReadOnlyDictionary<string, string[]> DeploymentStatus = new Dictionary<string, string[]>
    {
        [Base] = StatusAll,
        [Rev20191104] = StatusAll,
        [Rev20200306] = StatusAll,
        [Latest] = StatusAll,
    };

    // 000 lists these 18 and marks DownloadConditionFailed as the 2019-11-04 addition.
    private static readonly string[] ErrorCodes20191104 =
    [
        "ResourceNotFound", "EnvironmentSetupError", "EtagMismatch", "FailureThresholdBreached", "RobotDeploymentAborted",
        "RobotDeploymentNoResponse", "RobotAgentConnectionTimeout", "GreengrassDeploymentFailed", "MissingRobotArchitecture",
        "MissingRobotApplicationArchitecture", "MissingRobotDeploymentResource", "GreengrassGroupVersionDoesNotExist",
        "ExtractingBundleFailure", "PreLaunchFileFailure", "PostLaunchFileFailure", "BadPermissionError",
        "DownloadConditionFailed", "InternalServerError",
    ];

    // 001 lists these 20 and marks LambdaDeleted and InvalidGreengrassGroup as its additions.
    private static readonly string[] ErrorCodes20200306 =
    [
        "ResourceNotFound", "EnvironmentSetupError", "EtagMismatch", "FailureThresholdBreached", "RobotDeploymentAborted",
        "RobotDeploymentNoResponse", "RobotAgentConnectionTimeout", "GreengrassDeploymentFailed", "InvalidGreengrassGroup",
        "MissingRobotArchitecture", "MissingRobotApplicationArchitecture", "MissingRobotDeploymentResource",
        "GreengrassGroupVersionDoesNotExist", "LambdaDeleted", "ExtractingBundleFailure", "PreLaunchFileFailure",
        "PostLaunchFileFailure", "BadPermissionError", "DownloadConditionFailed", "InternalServerError",
    ];

    // 003 (the latest describe page) lists these 24.
    private static readonly string[] ErrorCodesLatest =
    [
        "ResourceNotFound", "EnvironmentSetupError", "EtagMismatch", "FailureThresholdBreached", "RobotDeploymentAborted",
        "RobotDeploymentNoResponse", "RobotAgentConnectionTimeout", "GreengrassDeploymentFailed", "InvalidGreengrassGroup",
        "MissingRobotArchitecture", "MissingRobotApplicationArchitecture", "MissingRobotDeploymentResource",
        "GreengrassGroupVersionDoesNotExist", "LambdaDeleted", "ExtractingBundleFailure", "PreLaunchFileFailure",
        "PostLaunchFileFailure", "BadPermissionError", "DownloadConditionFailed", "BadLambdaAssociated", "InternalServerError",
        "RobotApplicationDoesNotExist", "DeploymentFleetDoesNotExist", "FleetDeploymentTimeout",
    ];

    public static readonly IReadOnlyDictionary<string, string[]> DeploymentJobErrorCode = new Dictionary<string, string[]>
    {
        [Base] = [.. ErrorCodes20191104.Where(v => v != "DownloadConditionFailed")],
        [Rev20191104] = ErrorCodes20191104,
        [Rev20200306] = ErrorCodes20200306,
        [Latest] = ErrorCodesLatest,
    };

    private static readonly string[] StepsAll =
        ["Validating", "DownloadingExtracting", "ExecutingDownloadCondition", "ExecutingPreLaunch", "Launching", "ExecutingPostLaunch", "Finished"];

    // 000 marks ExecutingDownloadCondition as the 2019-11-04 addition.
    public static readonly IReadOnlyDictionary<string, string[]> RobotDeploymentStep = new Dictionary<string, string[]>
    {
        [Base] = [.. StepsAll.Where(v => v != "ExecutingDownloadCondition")],
        [Rev20191104] = StepsAll,
        [Rev20200306] = StepsAll,
        [Latest] = StepsAll,
    };

    private static readonly string[] RobotStatusAll = ["Available", "Registered", "PendingNewDeployment", "Deploying", "Failed", "InSync", "NoResponse"];

    public static readonly IReadOnlyDictionary<string, string[]> RobotStatus = new Dictionary<string, string[]>
    {
        [Base] = RobotStatusAll,
        [Rev20191104] = RobotStatusAll,
        [Rev20200306] = RobotStatusAll,
        [Latest] = RobotStatusAll,
    };

    // The service model's Architecture, RobotSoftwareSuiteType and RobotSoftwareSuiteVersionType.
    public static readonly IReadOnlyDictionary<string, string[]> Architecture = new Dictionary<string, string[]>
    {
        [Latest] = ["X86_64", "ARM64", "ARMHF"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> RobotSoftwareSuiteType = new Dictionary<string, string[]>
    {
        [Latest] = ["ROS", "ROS2", "General"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> RobotSoftwareSuiteVersionType = new Dictionary<string, string[]>
    {
        [Latest] = ["Kinetic", "Melodic", "Dashing", "Foxy"],
    };

    public static TheoryData<string, string> Rows(IReadOnlyDictionary<string, string[]> byRevision)
    {
        var data = new TheoryData<string, string>();
        foreach (var revision in Revisions)
        {
            if (!byRevision.TryGetValue(revision, out var values)) continue;
            foreach (var wire in values) data.Add(revision, wire);
        }
        return data;
    }
}
