using System.Globalization;

namespace RoboMakerDeploy;

/// <summary>
/// The environment variables and the selected profile of the shared files, read once, with the place each
/// value came from. The resolvers take values from here in the AWS SDKs' order: code, then environment,
/// then profile, then default.
/// </summary>
internal sealed class ConfigurationSources
{
    /// <summary>The service's key in a <c>[services]</c> section, and the suffix of <c>AWS_ENDPOINT_URL_*</c> (the service id "RoboMaker").</summary>
    public const string ServiceKey = "robomaker";

    private readonly SharedConfigFiles.SharedFile? _configFile;
    private readonly SharedConfigFiles.SharedFile? _credentialsFile;

    public ConfigurationSources(AwsEnvironment environment, string? profile)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Environment = environment;
        ProfileName = SharedConfigFiles.ProfileName(profile, environment);
        ProfileSource = !string.IsNullOrWhiteSpace(profile) ? "option Profile"
            : environment.GetVariable(SharedConfigFiles.ProfileVariable) is not null ? $"environment {SharedConfigFiles.ProfileVariable}"
            : "default";
        ConfigFilePath = SharedConfigFiles.ConfigFilePath(environment);
        CredentialsFilePath = SharedConfigFiles.CredentialsFilePath(environment);
        _configFile = SharedConfigFiles.Read(ConfigFilePath, isConfigFile: true);
        _credentialsFile = SharedConfigFiles.Read(CredentialsFilePath, isConfigFile: false);
    }

    public AwsEnvironment Environment { get; }

    public string ProfileName { get; }

    /// <summary>Where the profile name came from: <c>option Profile</c>, <c>environment AWS_PROFILE</c> or <c>default</c>.</summary>
    public string ProfileSource { get; }

    public string? ConfigFilePath { get; }

    public string? CredentialsFilePath { get; }

    /// <summary>An environment variable's value (trimmed), or null when unset or empty.</summary>
    public Sourced<string>? Variable(string name) =>
        Environment.GetVariable(name) is { } value && value.Trim() is { Length: > 0 } trimmed
            ? new Sourced<string>(trimmed, $"environment {name}")
            : null;

    /// <summary>A setting of the selected profile: the config file's, else the credentials file's.</summary>
    public Sourced<string>? ProfileSetting(string key)
    {
        foreach (var file in new[] { _configFile, _credentialsFile })
        {
            if (file?.Profile(ProfileName) is { } settings && settings.TryGetValue(key, out var value) && value.Length > 0)
            {
                return new Sourced<string>(value, $"'{key}' of profile '{ProfileName}' in '{file.Path}'");
            }
        }
        return null;
    }

    /// <summary>
    /// A RoboMaker setting of the <c>[services name]</c> section the profile's <c>services</c> setting names
    /// (<c>robomaker =</c> then an indented <c>key = value</c>).
    /// </summary>
    public Sourced<string>? ServiceSetting(string key)
    {
        if (_configFile?.Profile(ProfileName) is not { } profile || !profile.TryGetValue("services", out var sectionName) || sectionName.Length == 0) return null;
        if (_configFile.ServicesSection(sectionName) is not { } section)
        {
            throw new AwsConfigurationException($"Profile '{ProfileName}' in {_configFile.Path} names services '{sectionName}', but the file has no [services {sectionName}] section.");
        }
        return section.TryGetValue(ServiceKey + "." + key, out var value) && value.Length > 0
            ? new Sourced<string>(value, $"'{ServiceKey}.{key}' of [services {sectionName}] (profile '{ProfileName}') in '{_configFile.Path}'")
            : null;
    }

    /// <summary>The first of an environment variable and a profile setting that is set.</summary>
    public Sourced<string>? VariableOrProfile(string variable, string profileKey) => Variable(variable) ?? ProfileSetting(profileKey);

    /// <summary>Reads <c>true</c> or <c>false</c> (any case) from a source, naming it when the value is neither.</summary>
    public static bool ParseBool(Sourced<string> value) =>
        value.Value.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
        : value.Value.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
        : throw new AwsConfigurationException($"The value '{value.Value}' of {value.Source} is not valid: expected true or false.");

    /// <summary>Reads a whole number from a source, naming it when the value is not one.</summary>
    public static int ParseInt(Sourced<string> value) =>
        int.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new AwsConfigurationException($"The value '{value.Value}' of {value.Source} is not valid: expected a whole number.");
}
