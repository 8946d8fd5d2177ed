namespace RoboMakerDeploy;

/// <summary>
/// Reads the shared AWS files as the AWS CLI does: <c>~/.aws/credentials</c> (sections named after the
/// profile) and <c>~/.aws/config</c> (<c>[default]</c> and <c>[profile name]</c>), located through
/// <c>AWS_SHARED_CREDENTIALS_FILE</c> and <c>AWS_CONFIG_FILE</c>; the profile from the caller, else
/// <c>AWS_PROFILE</c>, else <c>default</c>. The choices where SDKs differ, settled as the AWS SDK for Java
/// v2's profile-file reader settles them:
/// <list type="bullet">
/// <item><c>AWS_DEFAULT_PROFILE</c> is not read (only the AWS CLI v1 reads it; the SDKs and CLI v2 read <c>AWS_PROFILE</c>).</item>
/// <item>Comments: a line starting with '#' or ';'; after a section header, anything past ']'; after a value, a
/// '#' or ';' preceded by whitespace (<c>region = us-west-2 # Oregon</c>). A '#' or ';' inside a value
/// (<c>http://host/#x</c>, a secret key) is kept.</item>
/// <item>In the config file, <c>[profile default]</c> and <c>[default]</c> both name the default profile; when both
/// exist <c>[profile default]</c> wins. In the credentials file sections are profile names as written.</item>
/// <item><c>[services name]</c> sections hold per-service settings as indented sub-settings
/// (<c>robomaker =</c> then <c>  endpoint_url = ...</c>), read through a profile's <c>services</c> setting.</item>
/// </list>
/// Keys are case-insensitive and may be followed by '=' or ':'; whitespace around keys, values and section
/// names is ignored; indented sub-settings of a profile key (such as <c>s3 =</c> then <c>  max_concurrent_requests = 5</c>) are skipped.
/// </summary>
internal static class SharedConfigFiles
{
    public const string CredentialsFileVariable = "AWS_SHARED_CREDENTIALS_FILE";
    public const string ConfigFileVariable = "AWS_CONFIG_FILE";
    public const string ProfileVariable = "AWS_PROFILE";
    public const string DefaultProfile = "default";

    /// <summary>
    /// The most text read from a shared file: far beyond any real one (thousands of profiles), and a bound for a file
    /// that grows without end while it is read, which would otherwise be read until memory runs out (a device such as
    /// <c>AWS_CONFIG_FILE=/dev/zero</c> is refused before it is opened, where the platform tells its type).
    /// </summary>
    internal const int MaxFileChars = 16 * 1024 * 1024;

    public static string ProfileName(string? profile, AwsEnvironment environment) =>
        !string.IsNullOrWhiteSpace(profile) ? profile.Trim() : environment.GetVariable(ProfileVariable)?.Trim() ?? DefaultProfile;

    public static string? CredentialsFilePath(AwsEnvironment environment) => FilePath(environment, CredentialsFileVariable, "credentials");

    public static string? ConfigFilePath(AwsEnvironment environment) => FilePath(environment, ConfigFileVariable, "config");

    /// <summary>
    /// Reads one file; a missing file gives null. Anything at the path that is not a regular file (a directory, a
    /// named pipe, a device, a socket; a symbolic link counts as what it points to) is refused before it is opened,
    /// with an <see cref="AwsConfigurationException"/> naming the path and the setting that locates it: opening a
    /// named pipe would block until something writes to it, and a device may never end.
    /// </summary>
    public static SharedFile? Read(string? path, bool isConfigFile)
    {
        if (path is null) return null;
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing) return null;
        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            var (variable, fallback) = isConfigFile ? (ConfigFileVariable, "~/.aws/config") : (CredentialsFileVariable, "~/.aws/credentials");
            throw new AwsConfigurationException(
                $"The shared AWS {(isConfigFile ? "config" : "credentials")} file '{path}' (setting {variable}; {fallback} when it is not set) " +
                $"is {FileKinds.Describe(kind)}, not a regular file; it is not opened. Point {variable} at a regular file, or remove what is at that path.");
        }
        string text;
        try
        {
            text = ReadBounded(path);
        }
        catch (IOException ex)
        {
            throw new AwsConfigurationException($"Could not read the shared AWS file '{path}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new AwsConfigurationException($"Could not read the shared AWS file '{path}': {ex.Message}", ex);
        }
        var services = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        return new SharedFile(path, Parse(text, isConfigFile, services), services);
    }

    /// <summary>The file's text, as <see cref="File.ReadAllText(string)"/> reads it (UTF-8 unless a byte order mark says otherwise), at most <see cref="MaxFileChars"/> characters.</summary>
    private static string ReadBounded(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = new System.Text.StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > MaxFileChars)
            {
                throw new AwsConfigurationException($"The shared AWS file '{path}' is longer than {MaxFileChars} characters; it is not read.");
            }
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }

    /// <summary>A cheap fingerprint of a file (time and length), to notice that it changed.</summary>
    public static string Stamp(string? path)
    {
        if (path is null) return "-";
        var info = new FileInfo(path);
        return info.Exists ? $"{info.LastWriteTimeUtc.Ticks}:{info.Length}" : "missing";
    }

    public static Dictionary<string, Dictionary<string, string>> Parse(string text, bool isConfigFile) =>
        Parse(text, isConfigFile, services: null);

    /// <summary>Parses a file's text into its profiles; a config file's <c>[services name]</c> sections go to <paramref name="services"/> as <c>service.key</c> settings.</summary>
    public static Dictionary<string, Dictionary<string, string>> Parse(string text, bool isConfigFile, Dictionary<string, Dictionary<string, string>>? services)
    {
        var profiles = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? section = null;
        var sectionIsServices = false;
        var defaultFromProfileSection = false; // [profile default] seen: a later [default] must not mix into it
        string? parentKey = null;
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
                parentKey = null;
                sectionIsServices = false;
                if (close < 0)
                {
                    section = null;
                    continue;
                }
                var header = trimmed[1..close].Trim();
                if (isConfigFile && services is not null && ServicesName(header) is { } servicesName)
                {
                    if (!services.TryGetValue(servicesName, out section))
                    {
                        section = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                        services[servicesName] = section;
                    }
                    sectionIsServices = true;
                    continue;
                }
                var name = ProfileFromSection(header, isConfigFile);
                if (name is null)
                {
                    section = null;
                    continue;
                }
                if (isConfigFile && name == DefaultProfile)
                {
                    var isProfileForm = header != DefaultProfile;
                    if (isProfileForm && !defaultFromProfileSection)
                    {
                        profiles.Remove(DefaultProfile); // [profile default] wins over an earlier [default]
                        defaultFromProfileSection = true;
                    }
                    else if (!isProfileForm && defaultFromProfileSection)
                    {
                        section = null; // [default] after [profile default]: ignored
                        continue;
                    }
                }
                if (!profiles.TryGetValue(name, out section))
                {
                    section = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    profiles[name] = section;
                }
                continue;
            }

            if (section is null) continue;
            var isSubSetting = lastKeyIndent >= 0 && indent > lastKeyIndent;
            var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            var delimiter = equals < 0 ? colon : colon < 0 ? equals : Math.Min(equals, colon);
            if (delimiter <= 0) continue;
            var key = trimmed[..delimiter].Trim();
            var value = WithoutComment(trimmed[(delimiter + 1)..]).Trim();

            // An indented line under a key is a sub-setting ("robomaker =\n  endpoint_url = ..."): kept in
            // [services] sections as "robomaker.endpoint_url", skipped in profiles.
            if (isSubSetting)
            {
                if (sectionIsServices && parentKey is not null) section[parentKey + "." + key] = value;
                continue;
            }
            section[key] = value;
            parentKey = key;
            lastKeyIndent = indent;
        }
        return profiles;
    }

    /// <summary>A value without its trailing comment: '#' or ';' preceded by whitespace starts one.</summary>
    internal static string WithoutComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] is '#' or ';' && char.IsWhiteSpace(value[i - 1])) return value[..i];
        }
        return value;
    }

    private static string? ServicesName(string header)
    {
        if (!header.StartsWith("services", StringComparison.Ordinal) || header.Length <= 8 || !char.IsWhiteSpace(header[8])) return null;
        var name = header[8..].Trim();
        return name.Length == 0 ? null : name;
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
        return null; // [sso-session x] and the like are not profiles.
    }

    private static string? FilePath(AwsEnvironment environment, string variable, string fileName)
    {
        if (environment.GetVariable(variable) is { } configured) return environment.ExpandHome(configured.Trim());
        return environment.HomeFolder is { } home ? Path.Combine(home, ".aws", fileName) : null;
    }

    /// <summary>A parsed file: its path, its profiles' settings and (config file) its <c>[services]</c> sections.</summary>
    internal sealed record SharedFile(string Path, Dictionary<string, Dictionary<string, string>> Profiles, Dictionary<string, Dictionary<string, string>>? Services = null)
    {
        public Dictionary<string, string>? Profile(string name) => Profiles.TryGetValue(name, out var p) ? p : null;

        /// <summary>The <c>[services name]</c> section's settings (keys <c>service.key</c>), or null.</summary>
        public Dictionary<string, string>? ServicesSection(string name) => Services is not null && Services.TryGetValue(name, out var s) ? s : null;

        // Settings may include secrets: never print them.
        public override string ToString() => $"SharedFile({Path})";
    }
}
