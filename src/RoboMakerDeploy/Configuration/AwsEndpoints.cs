namespace RoboMakerDeploy.Auth;

/// <summary>The RoboMaker endpoint of each Region.</summary>
public static class AwsEndpoints
{
    /// <summary>The endpoint of RoboMaker in <paramref name="region"/>: <c>https://robomaker.{region}.amazonaws.com</c> (<c>.com.cn</c> in China).</summary>
    /// <param name="region">The Region.</param>
    /// <returns>The endpoint URL.</returns>
    public static Uri ForRegion(string region) =>
        new(region.StartsWith("cn-", StringComparison.Ordinal)
            ? $"https://robomaker.{region}.amazonaws.com.cn/"
            : $"https://robomaker.{region}.amazonaws.com/");
}
