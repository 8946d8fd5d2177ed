namespace RoboMakerDeploy.Auth;

/// <summary>Resolves the AWS Region: explicit value, else <c>AWS_REGION</c>, else <c>AWS_DEFAULT_REGION</c>, else the profile's <c>region</c>.</summary>
public static class AwsRegionResolver
{
    /// <summary>Resolves the Region (STUB: to be completed in the SigV4/credentials work).</summary>
    /// <param name="region">The explicitly configured Region, or null.</param>
    /// <param name="profile">The profile name, or null.</param>
    /// <returns>The Region.</returns>
    public static string Resolve(string? region, string? profile)
    {
        _ = profile;
        return region ?? Environment.GetEnvironmentVariable("AWS_REGION") ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") ?? "us-east-1";
    }
}
