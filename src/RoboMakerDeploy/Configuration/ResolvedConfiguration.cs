namespace RoboMakerDeploy;

/// <summary>What a client built from given options would use, and where each setting came from.</summary>
public static class ResolvedConfiguration
{
    /// <summary>
    /// Resolves the settings a client built from <paramref name="options"/> would use (Region, endpoint, FIPS and
    /// dual-stack, retry settings, app id, profile and files, credentials provider), reading the environment and the
    /// shared files of <see cref="RoboMakerDeployClientOptions.Environment"/>. Nothing is sent and no credentials are fetched.
    /// </summary>
    /// <param name="options">The options, as a client would get them.</param>
    /// <returns>One entry per setting, in a fixed order; no secrets.</returns>
    /// <exception cref="AwsConfigurationException">A setting is missing or invalid; the message names its source.</exception>
    public static IReadOnlyList<ResolvedSetting> Describe(RoboMakerDeployClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ClientSettings.Resolve(options).Sources;
    }
}
