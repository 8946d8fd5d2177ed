
namespace RoboMakerDeploy;

/// <summary>
/// The settings a client resolves once from its options, the environment and the shared config profile:
/// Region, endpoint, credentials, retry settings and identification, each with where it came from.
/// </summary>
internal sealed record ClientSettings(string Region, Uri Endpoint, IAwsCredentialsProvider Credentials)
{
    /// <summary>The SigV4 service name of RoboMaker.</summary>
    public const string SigningService = "robomaker";

    /// <summary>The most attempts a call makes (option, <c>AWS_MAX_ATTEMPTS</c>, <c>max_attempts</c>, 3): use this, not the option.</summary>
    public int MaxAttempts { get; init; } = ClientConfigurationResolver.DefaultMaxAttempts;

    /// <summary>The retry mode (option, <c>AWS_RETRY_MODE</c>, <c>retry_mode</c>, standard).</summary>
    public RetryMode RetryMode { get; init; } = RetryMode.Standard;

    /// <summary>The app id for the <c>User-Agent</c> (option, <c>AWS_SDK_UA_APP_ID</c>, <c>sdk_ua_app_id</c>), or null.</summary>
    public string? AppId { get; init; }

    /// <summary>Whether the endpoint is the Region's FIPS host.</summary>
    public bool UseFipsEndpoint { get; init; }

    /// <summary>Whether the endpoint is the Region's dual-stack host.</summary>
    public bool UseDualstackEndpoint { get; init; }

    /// <summary>The <c>User-Agent</c> every attempt sends (see <see cref="SdkIdentification.UserAgent(string?, RetryMode)"/>).</summary>
    public string UserAgent { get; init; } = SdkIdentification.UserAgent(null, RetryMode.Standard);

    /// <summary>Each resolved setting with its value (secrets masked) and source, for <c>robomaker-deploy config</c>.</summary>
    public IReadOnlyList<ResolvedSetting> Sources { get; init; } = [];

    public static ClientSettings Resolve(RoboMakerDeployClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var environment = options.Environment ?? AwsEnvironment.System;
        var sources = new ConfigurationSources(environment, options.Profile);

        var region = AwsRegionResolver.Resolve(options.Region, sources);
        var ignoreConfigured = ClientConfigurationResolver.Flag(options.IgnoreConfiguredEndpointUrls, nameof(options.IgnoreConfiguredEndpointUrls), sources,
            ClientConfigurationResolver.IgnoreConfiguredEndpointUrlsVariable, "ignore_configured_endpoint_urls");
        var fips = ClientConfigurationResolver.Flag(options.UseFipsEndpoint, nameof(options.UseFipsEndpoint), sources,
            ClientConfigurationResolver.UseFipsEndpointVariable, "use_fips_endpoint");
        var dualstack = ClientConfigurationResolver.Flag(options.UseDualstackEndpoint, nameof(options.UseDualstackEndpoint), sources,
            ClientConfigurationResolver.UseDualstackEndpointVariable, "use_dualstack_endpoint");
        var endpoint = ClientConfigurationResolver.Endpoint(options, sources, region.Value, fips, dualstack, ignoreConfigured);
        var maxAttempts = ClientConfigurationResolver.MaxAttempts(options, sources);
        var retryMode = ClientConfigurationResolver.RetryMode(options, sources);
        var appId = ClientConfigurationResolver.AppId(options, sources);
        var credentials = options.Credentials is { } given
            ? new Sourced<IAwsCredentialsProvider>(given, "option Credentials")
            : new Sourced<IAwsCredentialsProvider>(DefaultCredentialsProvider.Create(options.Profile, options.TimeProvider, environment), "default chain (environment, then shared files)");

        return new ClientSettings(region.Value, endpoint.Value, credentials.Value)
        {
            MaxAttempts = maxAttempts.Value,
            RetryMode = retryMode.Value,
            AppId = appId.Value,
            UseFipsEndpoint = fips.Value,
            UseDualstackEndpoint = dualstack.Value,
            UserAgent = SdkIdentification.UserAgent(appId.Value, retryMode.Value),
            Sources =
            [
                new("profile", sources.ProfileName, sources.ProfileSource),
                new("config_file", sources.ConfigFilePath ?? "(home folder unknown)", environment.GetVariable(SharedConfigFiles.ConfigFileVariable) is null ? "default" : $"environment {SharedConfigFiles.ConfigFileVariable}"),
                new("shared_credentials_file", sources.CredentialsFilePath ?? "(home folder unknown)", environment.GetVariable(SharedConfigFiles.CredentialsFileVariable) is null ? "default" : $"environment {SharedConfigFiles.CredentialsFileVariable}"),
                new("region", region.Value, region.Source),
                new("endpoint_url", endpoint.Value.ToString(), endpoint.Source),
                new("ignore_configured_endpoint_urls", Text(ignoreConfigured.Value), ignoreConfigured.Source),
                new("use_fips_endpoint", Text(fips.Value), fips.Source),
                new("use_dualstack_endpoint", Text(dualstack.Value), dualstack.Source),
                new("max_attempts", maxAttempts.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), maxAttempts.Source),
                new("retry_mode", retryMode.Value == RetryMode.Adaptive ? "adaptive" : "standard", retryMode.Source),
                new("sdk_ua_app_id", appId.Value ?? "(none)", appId.Source),
                new("credentials", credentials.Value.GetType().Name, credentials.Source),
            ],
        };
    }

    private static string Text(bool value) => value ? "true" : "false";
}
