using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>The ARN shapes the emulator reads and makes.</summary>
internal static partial class ArnFormats
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A well-formed fleet ARN: partition, Region, account, name and id.</summary>
    [GeneratedRegex(@"^arn:(?<partition>aws[a-z-]*):robomaker:(?<region>[a-z0-9-]+):(?<account>\d{12}):deployment-fleet/(?<name>[a-zA-Z0-9_\-]{1,255})/(?<id>[a-zA-Z0-9]{1,64})$", RegexOptions.CultureInvariant)]
    private static partial Regex FleetArnRegex();

    [GeneratedRegex(@"^arn:aws[a-z-]*:robomaker:[a-z0-9-]+:\d{12}:robot-application/(?<name>[a-zA-Z0-9_\-]{1,255})/[a-zA-Z0-9]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ApplicationArnRegex();

    public static FleetArn? ParseFleet(string arn)
    {
        var match = FleetArnRegex().Match(arn);
        return match.Success
            ? new FleetArn(arn, match.Groups["partition"].Value, match.Groups["region"].Value, match.Groups["account"].Value, match.Groups["name"].Value)
            : null;
    }

    public static bool IsApplicationArn(string arn) => ApplicationArnRegex().IsMatch(arn);

    /// <summary>The name in a well-formed application ARN (<c>...:robot-application/&lt;name&gt;/&lt;id&gt;</c>), or null.</summary>
    public static string? ApplicationName(string arn) =>
        ApplicationArnRegex().Match(arn) is { Success: true } match ? match.Groups["name"].Value : null;

    /// <summary>A job ARN as the service makes them: <c>...:deployment-job/deployment-</c> and 12 lowercase alphanumerics.</summary>
    public static string NewJobArn(FleetArn fleet) =>
        $"arn:{fleet.Partition}:robomaker:{fleet.Region}:{fleet.Account}:deployment-job/deployment-{RandomNumberGenerator.GetString(IdAlphabet, 12)}";

    /// <summary>The ARN of a fleet's robot: <c>...:robot/&lt;fleet&gt;-robot-NN/&lt;13 digits&gt;</c>.</summary>
    public static string RobotArn(FleetArn fleet, int index, long idBase) =>
        $"arn:{fleet.Partition}:robomaker:{fleet.Region}:{fleet.Account}:robot/{fleet.Name}-robot-{index + 1:D2}/{idBase + index}";
}
