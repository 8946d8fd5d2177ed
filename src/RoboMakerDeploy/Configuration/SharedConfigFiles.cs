namespace RoboMakerDeploy.Auth;

/// <summary>
/// Reads the shared AWS files as the AWS CLI does: <c>~/.aws/credentials</c> (sections named after the
/// profile) and <c>~/.aws/config</c> (<c>[default]</c> and <c>[profile name]</c>), located through
/// <c>AWS_SHARED_CREDENTIALS_FILE</c> and <c>AWS_CONFIG_FILE</c>; the profile from the caller, else
/// <c>AWS_PROFILE</c>, else <c>default</c>. Full-line comments start with '#' or ';'; keys are
/// case-insensitive and may be followed by '=' or ':'; whitespace around keys, values and section names
/// is ignored; indented lines continuing a value (nested settings) are skipped.
/// </summary>
internal static class SharedConfigFiles
{
    public const string CredentialsFileVariable = "AWS_SHARED_CREDENTIALS_FILE";
    public const string ConfigFileVariable = "AWS_CONFIG_FILE";
    public const string ProfileVariable = "AWS_PROFILE";
    public const string DefaultProfile = "default";

    public static string ProfileName(string? profile, AwsEnvironment environment) =>
        !string.IsNullOrWhiteSpace(profile) ? profile.Trim() : environment.GetVariable(ProfileVariable)?.Trim() ?? DefaultProfile;

    public static string? CredentialsFilePath(AwsEnvironment environment) => FilePath(environment, CredentialsFileVariable, "credentials");

    public static string? ConfigFilePath(AwsEnvironment environment) => FilePath(environment, ConfigFileVariable, "config");

    /// <summary>Reads one file; a missing file gives null.</summary>
    public static SharedFile? Read(string? path, bool isConfigFile)
    {
        if (path is null || !File.Exists(path)) return null;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new AwsConfigurationException($"Could not read the shared AWS file '{path}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new AwsConfigurationException($"Could not read the shared AWS file '{path}': {ex.Message}", ex);
        }
        return new SharedFile(path, Parse(text, isConfigFile));
    }

    /// <summary>A cheap fingerprint of a file (time and length), to notice that it changed.</summary>
    public static string Stamp(string? path)
    {
        if (path is null) return "-";
        var info = new FileInfo(path);
        return info.Exists ? $"{info.LastWriteTimeUtc.Ticks}:{info.Length}" : "missing";
    }

    public static Dictionary<string, Dictionary<string, string>> Parse(string text, bool isConfigFile)
    {
        var profiles = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? section = null;
        var lastKeyIndent = -1;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';') continue;

            var indent = line.Length - line.TrimStart().Length;
            if (trimmed[0] == '[')
            {
                var close = trimmed.IndexOf(']', StringComparison.Ordinal);
                lastKeyIndent = -1;
                if (close < 0)
                {
                    section = null;
                    continue;
                }
                var name = ProfileFromSection(trimmed[1..close].Trim(), isConfigFile);
                if (name is null)
                {
                    section = null;
                    continue;
                }
                if (!profiles.TryGetValue(name, out section))
                {
                    section = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    profiles[name] = section;
                }
                continue;
            }

            // An indented line under a key is a continuation (a nested setting such as "s3 =\n  max_concurrent_requests = 5").
            if (lastKeyIndent >= 0 && indent > lastKeyIndent)
            {
                continue;
            }
            if (section is null) continue;
            var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            var delimiter = equals < 0 ? colon : colon < 0 ? equals : Math.Min(equals, colon);
            if (delimiter <= 0) continue;
            var key = trimmed[..delimiter].Trim();
            var value = trimmed[(delimiter + 1)..].Trim();
            section[key] = value;
            lastKeyIndent = indent;
        }
        return profiles;
    }

    private static string? ProfileFromSection(string section, bool isConfigFile)
    {
        if (!isConfigFile) return section.Length == 0 ? null : section;
        if (section == DefaultProfile) return DefaultProfile;
        if (section.StartsWith("profile", StringComparison.Ordinal) && section.Length > 7 && char.IsWhiteSpace(section[7]))
        {
            var name = section[7..].Trim();
            return name.Length == 0 ? null : name;
        }
        return null; // [sso-session x], [services x] and the like are not profiles.
    }

    private static string? FilePath(AwsEnvironment environment, string variable, string fileName)
    {
        if (environment.GetVariable(variable) is { } configured) return environment.ExpandHome(configured.Trim());
        return environment.HomeFolder is { } home ? Path.Combine(home, ".aws", fileName) : null;
    }

    /// <summary>A parsed file: its path and its profiles' settings.</summary>
    internal sealed record SharedFile(string Path, Dictionary<string, Dictionary<string, string>> Profiles)
    {
        public Dictionary<string, string>? Profile(string name) => Profiles.TryGetValue(name, out var p) ? p : null;

        // Settings may include secrets: never print them.
        public override string ToString() => $"SharedFile({Path})";
    }
}
