using System.Globalization;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>Short display forms of ARNs, times and percentages.</summary>
internal static class Names
{
    /// <summary>The resource name of an ARN: <c>robot-1</c> for <c>arn:aws:robomaker:us-west-2:1:robot/robot-1/1600000000000</c>.</summary>
    public static string Short(string? arn)
    {
        if (string.IsNullOrEmpty(arn)) return "-";
        var colon = arn.LastIndexOf(':');
        var resource = colon >= 0 ? arn[(colon + 1)..] : arn;
        var parts = resource.Split('/');
        return parts.Length >= 2 && parts[1].Length > 0 ? parts[1] : resource;
    }

    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    public static string TimeOfDay(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";

    public static string Percent(double value) => value.ToString("0", CultureInfo.InvariantCulture) + "%";
}
