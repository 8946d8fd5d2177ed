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
    /// <returns>
    /// One entry per setting, in a fixed order; no secrets (an endpoint with a user name or password is refused, see
    /// <see cref="RoboMakerDeployClientOptions.ServiceUrl"/>); control characters (a CR/LF in an app id) as <c>\uXXXX</c>,
    /// so one setting stays one line.
    /// </returns>
    /// <exception cref="AwsConfigurationException">A setting is missing or invalid; the message names its source.</exception>
    public static IReadOnlyList<ResolvedSetting> Describe(RoboMakerDeployClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. ClientSettings.Resolve(options).Sources.Select(static s => s with { Value = Displayable(s.Value), Source = Displayable(s.Source) })];
    }

    // Control characters as the error parser writes them (\uXXXX), so a value stays on one line. (An endpoint with a user
    // name or password never gets here: resolution refuses it.)
    private static string Displayable(string value) => ControlCharacters.Escape(value)!;
}
