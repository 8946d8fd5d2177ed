using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// Stand-in checks for the fleet, robot, robot-application and tag operations: only the service model's
/// <c>required</c> members, for null or empty, with the wire name of the member in the <see cref="ArgumentException"/>.
/// The table-driven validator (every constraint of the model) replaces these at merge; every call to them is in
/// <c>Protocol/Operations.cs</c>, so the swap is one word per operation.
/// </summary>
internal static class PendingValidators
{
    public static void Validate(CreateFleetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Name, "name");
    }

    public static void Validate(DeleteFleetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Fleet, "fleet");
    }

    public static void Validate(DescribeFleetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Fleet, "fleet");
    }

    // ListFleets, ListRobots and ListRobotApplications have no required members.
    public static void Validate(ListFleetsRequest request) => ArgumentNullException.ThrowIfNull(request);

    public static void Validate(CreateRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Name, "name");
        Required(request.RawArchitecture, "architecture");
        Required(request.GreengrassGroupId, "greengrassGroupId");
    }

    public static void Validate(DeleteRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Robot, "robot");
    }

    public static void Validate(DescribeRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Robot, "robot");
    }

    public static void Validate(ListRobotsRequest request) => ArgumentNullException.ThrowIfNull(request);

    public static void Validate(RegisterRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Fleet, "fleet");
        Required(request.Robot, "robot");
    }

    public static void Validate(DeregisterRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Fleet, "fleet");
        Required(request.Robot, "robot");
    }

    public static void Validate(CreateRobotApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Name, "name");
        Required(request.RobotSoftwareSuite, "robotSoftwareSuite");
    }

    public static void Validate(CreateRobotApplicationVersionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Application, "application");
    }

    public static void Validate(DescribeRobotApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Application, "application");
    }

    public static void Validate(ListRobotApplicationsRequest request) => ArgumentNullException.ThrowIfNull(request);

    public static void Validate(UpdateRobotApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Application, "application");
        Required(request.RobotSoftwareSuite, "robotSoftwareSuite");
    }

    public static void Validate(DeleteRobotApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.Application, "application");
    }

    public static void Validate(TagResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.ResourceArn, "resourceArn");
        Required(request.Tags, "tags");
    }

    public static void Validate(UntagResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.ResourceArn, "resourceArn");
        // Required, and an empty list would send a DELETE without any tagKeys= parameter.
        if (request.TagKeys is null || request.TagKeys.Count == 0) throw Fail("tagKeys", "is required: at least one tag key.");
        for (var i = 0; i < request.TagKeys.Count; i++) Required(request.TagKeys[i], $"tagKeys[{i}]");
    }

    public static void Validate(ListTagsForResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Required(request.ResourceArn, "resourceArn");
    }

    private static void Required(string? value, string field)
    {
        if (string.IsNullOrEmpty(value)) throw Fail(field, "is required.");
    }

    private static void Required(object? value, string field)
    {
        if (value is null) throw Fail(field, "is required.");
    }

    private static ArgumentException Fail(string field, string problem) => new($"{field} {problem}", field);
}
