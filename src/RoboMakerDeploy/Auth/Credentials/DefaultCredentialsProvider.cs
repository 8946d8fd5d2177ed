namespace RoboMakerDeploy;

/// <summary>
/// The default credential chain, in the AWS SDKs' order as far as this SDK supports it: environment
/// variables (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, <c>AWS_SESSION_TOKEN</c>), then
/// the profile's keys in the shared credentials file, then in the shared config file, then the profile's
/// <c>credential_process</c>.
/// </summary>
public static class DefaultCredentialsProvider
{
    /// <summary>Creates the default chain over the real environment.</summary>
    /// <param name="profile">The profile, or null for <c>AWS_PROFILE</c> or <c>default</c>.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The provider.</returns>
    public static IAwsCredentialsProvider Create(string? profile, TimeProvider timeProvider) =>
        Create(profile, timeProvider, AwsEnvironment.System);

    /// <summary>Creates the default chain over an injected environment (variables and home folder).</summary>
    /// <param name="profile">The profile, or null for <c>AWS_PROFILE</c> or <c>default</c>.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="environment">Where variables and the home folder are looked up.</param>
    /// <returns>The provider.</returns>
    public static IAwsCredentialsProvider Create(string? profile, TimeProvider timeProvider, AwsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(environment);
        return new CredentialsProviderChain(
            new EnvironmentCredentialsProvider(environment),
            new ProfileCredentialsProvider(profile, timeProvider, environment));
    }

    /// <summary>Creates the default chain over an environment-variable lookup and a home folder.</summary>
    /// <param name="profile">The profile, or null for <c>AWS_PROFILE</c> or <c>default</c>.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="getEnvironmentVariable">Gives the value of an environment variable, or null.</param>
    /// <param name="homeFolder">The home folder holding <c>.aws/</c>, or null to take it from <c>HOME</c>/<c>USERPROFILE</c>.</param>
    /// <returns>The provider.</returns>
    public static IAwsCredentialsProvider Create(string? profile, TimeProvider timeProvider, Func<string, string?> getEnvironmentVariable, string? homeFolder) =>
        Create(profile, timeProvider, new AwsEnvironment(getEnvironmentVariable, homeFolder));
}
