using RoboMakerDeploy.Emulator.Http;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>
/// The largest <c>maxResults</c> of each list operation, which is also its page size when <c>maxResults</c> is not
/// sent. The service model sets no range (its <c>MaxResults</c> shape is a plain integer); these are the API
/// reference's "This value can be between 1 and N. If this parameter is not used, then ... returns up to N results".
/// </summary>
internal static class ListLimits
{
    /// <summary>ListDeploymentJobs: 1 to 200 (the 2019-11-04 revision said 100; the docs since 2020-03-06 say 200).</summary>
    public const int ListDeploymentJobs = 200;

    /// <summary>ListFleets: 1 to 200.</summary>
    public const int ListFleets = 200;

    /// <summary>ListRobots: 1 to 200.</summary>
    public const int ListRobots = 200;

    /// <summary>ListRobotApplications: 1 to 100.</summary>
    public const int ListRobotApplications = 100;

    /// <summary>The page size: <paramref name="maxResults"/> when sent, else <paramref name="max"/>.</summary>
    /// <exception cref="ServiceError"><c>InvalidParameterException</c>: <paramref name="maxResults"/> is outside 1..<paramref name="max"/>.</exception>
    public static int PageSize(int? maxResults, int max) =>
        maxResults is not { } size ? max
        : size is >= 1 && size <= max ? size
        : throw ServiceError.InvalidParameter($"maxResults must be between 1 and {max}; it is {size}.");
}
