
namespace RoboMakerDeploy;

/// <summary>
/// Resolves the AWS SDKs' standardized settings a client uses (AWS SDKs and Tools reference guide, "Standardized
/// features"), each in the documented order: the option set in code (or bound from the configuration section),
/// then the environment variable, then the selected profile of the shared config file, then the default.
/// </summary>
internal static class ClientConfigurationResolver
{
    public const string EndpointUrlVariable = "AWS_ENDPOINT_URL";
    public const string ServiceEndpointUrlVariable = "AWS_ENDPOINT_URL_ROBOMAKER";
    public const string IgnoreConfiguredEndpointUrlsVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    public const string UseFipsEndpointVariable = "AWS_USE_FIPS_ENDPOINT";
    public const string UseDualstackEndpointVariable = "AWS_USE_DUALSTACK_ENDPOINT";
    public const string MaxAttemptsVariable = "AWS_MAX_ATTEMPTS";
    public const string RetryModeVariable = "AWS_RETRY_MODE";
    public const string AppIdVariable = "AWS_SDK_UA_APP_ID";

    /// <summary>The default of <c>max_attempts</c> in the standard and adaptive modes.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>The longest app id the AWS SDKs accept ("Application ID" page of the reference guide).</summary>
    public const int MaxAppIdLength = 50;

    public static Sourced<bool> Flag(bool? option, string optionName, ConfigurationSources sources, string variable, string profileKey) =>
        option is { } value ? new(value, $"option {optionName}")
        : sources.VariableOrProfile(variable, profileKey) is { } found ? new(ConfigurationSources.ParseBool(found), found.Source)
        : new(false, "default");

    /// <summary>
    /// The endpoint ("Service-specific endpoints"): option <c>ServiceUrl</c>; unless <c>ignore_configured_endpoint_urls</c>,
    /// <c>AWS_ENDPOINT_URL_ROBOMAKER</c>, <c>AWS_ENDPOINT_URL</c>, the profile's <c>services</c> section's
    /// <c>robomaker.endpoint_url</c>, the profile's <c>endpoint_url</c>; else the Region's endpoint (FIPS / dual-stack variant).
    /// </summary>
    public static Sourced<Uri> Endpoint(RoboMakerDeployClientOptions options, ConfigurationSources sources, string region, Sourced<bool> fips, Sourced<bool> dualstack, Sourced<bool> ignoreConfigured)
    {
        Sourced<Uri>? configured = null;
        if (options.ServiceUrl is { } url)
        {
            configured = new(url, "option ServiceUrl");
        }
        else if (!ignoreConfigured.Value
            && (sources.Variable(ServiceEndpointUrlVariable) ?? sources.Variable(EndpointUrlVariable) ?? sources.ServiceSetting("endpoint_url") ?? sources.ProfileSetting("endpoint_url")) is { } text)
        {
            configured = new(ParseEndpoint(text), text.Source);
        }

        if (configured is { } custom)
        {
            // RoboMaker's endpoint rules refuse a custom endpoint together with FIPS or dual-stack
            // ("Invalid Configuration: FIPS and custom endpoint are not supported").
            if (fips.Value || dualstack.Value)
            {
                var which = fips.Value ? $"use_fips_endpoint (from {fips.Source})" : $"use_dualstack_endpoint (from {dualstack.Source})";
                throw new AwsConfigurationException(
                    $"The endpoint {custom.Value} (from {custom.Source}) cannot be combined with {which}: RoboMaker's endpoint rules refuse FIPS or dual-stack with a custom endpoint. Unset one of them.");
            }
            return custom;
        }

        var source = fips.Value || dualstack.Value ? "Region endpoint (FIPS / dual-stack variant)" : "default (Region endpoint)";
        return new(AwsEndpoints.ForRegion(region, fips.Value, dualstack.Value), source);
    }

    /// <summary><c>max_attempts</c>: option <c>MaxAttempts</c> when set, <c>AWS_MAX_ATTEMPTS</c>, the profile's <c>max_attempts</c>, else 3.</summary>
    public static Sourced<int> MaxAttempts(RoboMakerDeployClientOptions options, ConfigurationSources sources)
    {
        if (options.MaxAttemptsIsSet) return new(options.MaxAttempts, "option MaxAttempts");
        if (sources.VariableOrProfile(MaxAttemptsVariable, "max_attempts") is not { } found) return new(DefaultMaxAttempts, "default");
        var attempts = ConfigurationSources.ParseInt(found);
        if (attempts is < 1 or > RoboMakerDeployClientOptions.MaxAttemptsLimit)
        {
            throw new AwsConfigurationException($"The value '{found.Value}' of {found.Source} is not valid: max_attempts must be between 1 and {RoboMakerDeployClientOptions.MaxAttemptsLimit}.");
        }
        return new(attempts, found.Source);
    }

    /// <summary><c>retry_mode</c>: option <c>RetryMode</c>, <c>AWS_RETRY_MODE</c>, the profile's <c>retry_mode</c>, else standard; <c>legacy</c> runs as standard.</summary>
    public static Sourced<RetryMode> RetryMode(RoboMakerDeployClientOptions options, ConfigurationSources sources)
    {
        if (options.RetryMode is { } mode) return new(mode, "option RetryMode");
        if (sources.VariableOrProfile(RetryModeVariable, "retry_mode") is not { } found) return new(RoboMakerDeploy.RetryMode.Standard, "default");
        return ParseRetryMode(found.Value) is { } parsed
            ? new(parsed, found.Value.Equals("legacy", StringComparison.OrdinalIgnoreCase) ? $"{found.Source} ('legacy' runs as standard: this SDK has no legacy retry behaviour)" : found.Source)
            : throw new AwsConfigurationException($"The value '{found.Value}' of {found.Source} is not valid: expected standard, adaptive or legacy (which runs as standard).");
    }

    /// <summary>Reads <c>standard</c>, <c>adaptive</c> or <c>legacy</c> (as standard), any case; null for anything else.</summary>
    public static RetryMode? ParseRetryMode(string value) => value.Trim().ToLowerInvariant() switch
    {
        "standard" or "legacy" => RoboMakerDeploy.RetryMode.Standard,
        "adaptive" => RoboMakerDeploy.RetryMode.Adaptive,
        _ => null,
    };

    /// <summary><c>sdk_ua_app_id</c>: option <c>AppId</c>, <c>AWS_SDK_UA_APP_ID</c>, the profile's <c>sdk_ua_app_id</c>, else none.</summary>
    public static Sourced<string?> AppId(RoboMakerDeployClientOptions options, ConfigurationSources sources)
    {
        if (options.AppId is { Length: > 0 } appId) return new(appId, "option AppId");
        if (sources.VariableOrProfile(AppIdVariable, "sdk_ua_app_id") is not { } found) return new(null, "default (none)");
        if (found.Value.Length > MaxAppIdLength)
        {
            throw new AwsConfigurationException($"The app id from {found.Source} is {found.Value.Length} characters long; the AWS SDKs accept at most {MaxAppIdLength}.");
        }
        return new(found.Value, found.Source);
    }

    private static Uri ParseEndpoint(Sourced<string> text)
    {
        if (!Uri.TryCreate(text.Value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new AwsConfigurationException($"The endpoint '{WithoutUserInfo(text.Value)}' from {text.Source} is not an absolute http or https URL (for example http://127.0.0.1:4566).");
        }
        return EndpointProblem(uri) is { } problem
            ? throw new AwsConfigurationException($"The endpoint '{WithoutUserInfo(text.Value)}' from {text.Source} {problem}.")
            : uri;
    }

    /// <summary>What in an endpoint URL would silently not be sent: a user name or password, a query or a fragment; null when nothing.</summary>
    /// <param name="endpoint">An absolute http or https URL.</param>
    /// <returns>The rest of a sentence that starts with the endpoint, or null.</returns>
    public static string? EndpointProblem(Uri endpoint) =>
        endpoint.UserInfo.Length > 0 ? "carries a user name or password, which is never sent (requests are signed with SigV4); remove it"
        : endpoint.Query.Length > 0 || endpoint.Fragment.Length > 0 ? "carries a query or fragment, which the operations' paths would replace; remove it"
        : null;

    /// <summary><paramref name="text"/> with the user name and password of a URL in it shown as <c>***</c>.</summary>
    /// <param name="text">A URL or any setting's text.</param>
    /// <returns>The text to show.</returns>
    public static string WithoutUserInfo(string text)
    {
        var start = text.IndexOf("://", StringComparison.Ordinal) + 3;
        if (start < 3) return text;
        var end = text.IndexOfAny(['/', '?', '#'], start);
        var at = text.LastIndexOf('@', end < 0 ? text.Length - 1 : end - 1);
        return at >= start ? string.Concat(text.AsSpan(0, start), "***", text.AsSpan(at)) : text;
    }
}
