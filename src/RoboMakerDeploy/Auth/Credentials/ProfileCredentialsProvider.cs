namespace RoboMakerDeploy;

/// <summary>
/// Credentials from a profile of the shared AWS files: <c>aws_access_key_id</c>,
/// <c>aws_secret_access_key</c> and <c>aws_session_token</c> from the credentials file, else from the
/// config file, else the profile's <c>credential_process</c>. The files are read again whenever they
/// change (their stamps are checked at most once a second), so a long-lived client picks up rotated keys;
/// process credentials are cached until expiry. Keys are trimmed; a control character inside one is an
/// <see cref="AwsConfigurationException"/> naming the file, the profile and the key.
/// </summary>
public sealed class ProfileCredentialsProvider : IAwsCredentialsProvider
{
    private readonly string? _profile;
    private readonly TimeProvider _timeProvider;
    private readonly AwsEnvironment _environment;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private Resolution? _resolution;
    private long _checkedAt;

    /// <summary>Creates a provider for <paramref name="profile"/> (null: <c>AWS_PROFILE</c>, else <c>default</c>) in the real environment.</summary>
    /// <param name="profile">The profile name, or null.</param>
    /// <param name="timeProvider">The clock (for credential_process expiry).</param>
    public ProfileCredentialsProvider(string? profile, TimeProvider timeProvider)
        : this(profile, timeProvider, AwsEnvironment.System)
    {
    }

    /// <summary>Creates a provider that finds its files and variables through <paramref name="environment"/>.</summary>
    /// <param name="profile">The profile name, or null.</param>
    /// <param name="timeProvider">The clock (for credential_process expiry).</param>
    /// <param name="environment">Where variables and the home folder are looked up.</param>
    public ProfileCredentialsProvider(string? profile, TimeProvider timeProvider, AwsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(environment);
        _profile = profile;
        _timeProvider = timeProvider;
        _environment = environment;
    }

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        // Signing asks on every request; the files' modification stamps are looked at once a second at most.
        var now = _timeProvider.GetTimestamp();
        var current = Volatile.Read(ref _resolution);
        if (current is not null && _timeProvider.GetElapsedTime(Interlocked.Read(ref _checkedAt), now) < RecheckInterval)
        {
            return await FromAsync(current, cancellationToken).ConfigureAwait(false);
        }

        var profile = SharedConfigFiles.ProfileName(_profile, _environment);
        var credentialsPath = SharedConfigFiles.CredentialsFilePath(_environment);
        var configPath = SharedConfigFiles.ConfigFilePath(_environment);
        var key = $"{profile}\n{credentialsPath}\n{SharedConfigFiles.Stamp(credentialsPath)}\n{configPath}\n{SharedConfigFiles.Stamp(configPath)}";

        var resolution = Volatile.Read(ref _resolution);
        if (resolution is null || resolution.Key != key)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                resolution = _resolution;
                if (resolution is null || resolution.Key != key)
                {
                    resolution = Resolve(key, profile, credentialsPath, configPath);
                    Volatile.Write(ref _resolution, resolution);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        Interlocked.Exchange(ref _checkedAt, now);
        return await FromAsync(resolution, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<AwsCredentials> FromAsync(Resolution resolution, CancellationToken cancellationToken)
    {
        if (resolution.Credentials is not null) return resolution.Credentials;
        if (resolution.Process is not null) return await resolution.Process.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        throw new AwsCredentialsNotFoundException(resolution.Problem!);
    }

    /// <inheritdoc />
    public override string ToString() => $"ProfileCredentialsProvider({_profile ?? "(default)"})";

    private Resolution Resolve(string key, string profile, string? credentialsPath, string? configPath)
    {
        var credentialsFile = SharedConfigFiles.Read(credentialsPath, isConfigFile: false);
        var configFile = SharedConfigFiles.Read(configPath, isConfigFile: true);
        var reasons = new List<string>();

        if (FromKeys(credentialsFile, profile, "shared credentials file", credentialsPath, reasons) is { } fromCredentials)
        {
            return new Resolution(key, fromCredentials, null, null);
        }
        if (FromKeys(configFile, profile, "shared config file", configPath, reasons) is { } fromConfig)
        {
            return new Resolution(key, fromConfig, null, null);
        }

        var settings = configFile?.Profile(profile) ?? credentialsFile?.Profile(profile);
        var processCommand = Setting(configFile?.Profile(profile), "credential_process") ?? Setting(credentialsFile?.Profile(profile), "credential_process");
        if (processCommand is not null)
        {
            var source = $"credential_process of profile '{profile}'";
            var process = _resolution?.Process is { } previous && previous.Command == processCommand
                ? previous // keeps its cache across unrelated file edits
                : new CredentialProcessCredentialsProvider(processCommand, _timeProvider, source);
            return new Resolution(key, null, process, null);
        }
        reasons.Add($"profile '{profile}' has no credential_process");

        if (settings is not null)
        {
            var unsupported = new[] { "role_arn", "source_profile", "sso_session", "sso_start_url", "web_identity_token_file" }
                .Where(settings.ContainsKey).ToList();
            if (unsupported.Count > 0)
            {
                reasons.Add($"profile '{profile}' uses {string.Join(", ", unsupported)}, which this SDK does not support (use credential_process, e.g. 'aws configure export-credentials --format process')");
            }
        }
        return new Resolution(key, null, null, $"shared files (profile '{profile}'): {string.Join("; ", reasons)}.");
    }

    private static AwsCredentials? FromKeys(SharedConfigFiles.SharedFile? file, string profile, string what, string? path, List<string> reasons)
    {
        if (path is null)
        {
            reasons.Add($"{what}: no path (home folder unknown)");
            return null;
        }
        if (file is null)
        {
            reasons.Add($"{what} '{path}' not found");
            return null;
        }
        var settings = file.Profile(profile);
        if (settings is null)
        {
            reasons.Add($"{what} '{path}' has no profile '{profile}'");
            return null;
        }
        var source = $"{what} '{path}': profile '{profile}'";
        var accessKeyId = CredentialPart.Normalize(Setting(settings, "aws_access_key_id"), "aws_access_key_id", source);
        var secret = CredentialPart.Normalize(Setting(settings, "aws_secret_access_key"), "aws_secret_access_key", source);
        if (accessKeyId is null && secret is null)
        {
            reasons.Add($"{what} '{path}': profile '{profile}' has no aws_access_key_id");
            return null;
        }
        if (accessKeyId is null || secret is null)
        {
            throw new AwsConfigurationException(
                $"{what} '{path}': profile '{profile}' has {(accessKeyId is null ? "aws_secret_access_key" : "aws_access_key_id")} but no {(accessKeyId is null ? "aws_access_key_id" : "aws_secret_access_key")}.");
        }
        return new AwsCredentials(accessKeyId, secret, CredentialPart.Normalize(Setting(settings, "aws_session_token"), "aws_session_token", source));
    }

    private static string? Setting(Dictionary<string, string>? settings, string name) =>
        settings is not null && settings.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private sealed class Resolution(string key, AwsCredentials? credentials, CredentialProcessCredentialsProvider? process, string? problem)
    {
        public string Key { get; } = key;

        public AwsCredentials? Credentials { get; } = credentials;

        public CredentialProcessCredentialsProvider? Process { get; } = process;

        public string? Problem { get; } = problem;
    }
}
