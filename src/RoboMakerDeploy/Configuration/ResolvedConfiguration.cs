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
    /// One entry per setting, in a fixed order; no secrets: a user name and password in an endpoint URL show as
    /// <c>***</c>, and control characters (a CR/LF in an app id) as <c>\uXXXX</c>, so one setting stays one line.
    /// </returns>
    /// <exception cref="AwsConfigurationException">A setting is missing or invalid; the message names its source.</exception>
    public static IReadOnlyList<ResolvedSetting> Describe(RoboMakerDeployClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. ClientSettings.Resolve(options).Sources.Select(static s => s with { Value = Displayable(s.Value), Source = Displayable(s.Source) })];
    }

    private static string Displayable(string value)
    {
        value = ClientConfigurationResolver.WithoutUserInfo(value);
        if (!value.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !value.AsSpan().ContainsAnyInRange('\u007F', '\u009F') && !value.Contains('\u2028') && !value.Contains('\u2029'))
        {
            return value;
        }
        var text = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029') text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else text.Append(c);
        }
        return text.ToString();
    }
}
