namespace RoboMakerDeploy.Auth;

/// <summary>The default credential chain (STUB: to be completed in the SigV4/credentials work).</summary>
public static class DefaultCredentialsProvider
{
    /// <summary>Creates the default chain.</summary>
    /// <param name="profile">The profile, or null.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The provider.</returns>
    public static IAwsCredentialsProvider Create(string? profile, TimeProvider timeProvider)
    {
        _ = profile;
        _ = timeProvider;
        return new StaticCredentialsProvider(
            Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? "AKIDEXAMPLE",
            Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN"));
    }
}
