using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace RoboMakerDeploy;

/// <summary>
/// Reads <see cref="RoboMakerDeployClientOptions"/> from a configuration section without reflection
/// (so it stays trimming- and AOT-safe), with errors that name the key and the value at fault.
/// Keys: Region, ServiceUrl, Profile, MaxAttempts, RetryBaseDelay, RetryMaxDelay, AttemptTimeout,
/// Timeout, EnableRetryBudget, RetryBudgetCapacity, RetryMode (standard, adaptive, or legacy as standard), AppId,
/// UseFipsEndpoint, UseDualstackEndpoint, IgnoreConfiguredEndpointUrls (true or false). A key set here counts as
/// set in code: it wins over the AWS environment variables and the shared config profile. Durations are seconds
/// (<c>30</c>, <c>0.5</c>) or <c>hh:mm:ss</c>; an empty AttemptTimeout or Timeout removes the limit. NaN, infinities
/// and numbers of seconds no <see cref="TimeSpan"/> can hold (<c>1e20</c>) are unreadable values like any other;
/// options validation then bounds delays and timeouts at 24 days (<see cref="RoboMakerDeployClientOptions.Validate"/>).
/// </summary>
public static class RoboMakerDeployConfiguration
{
    /// <summary>Applies the keys present in <paramref name="section"/> to <paramref name="options"/>.</summary>
    /// <param name="section">The section, usually <c>RoboMakerDeploy</c>.</param>
    /// <param name="options">The options to fill.</param>
    /// <exception cref="FormatException">A value cannot be read; the message names the key.</exception>
    public static void Bind(IConfiguration section, RoboMakerDeployClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        var path = (section as IConfigurationSection)?.Path ?? string.Empty;

        if (Value(section, "Region") is { } region) options.Region = region;
        if (Value(section, "Profile") is { } profile) options.Profile = profile;
        if (Value(section, "ServiceUrl") is { } url)
        {
            options.ServiceUrl = Uri.TryCreate(url, UriKind.Absolute, out var uri)
                ? uri
                : throw Bad(path, "ServiceUrl", url, "an absolute URL such as http://127.0.0.1:4566");
        }
        if (Value(section, "MaxAttempts") is { } attempts) options.MaxAttempts = Int(path, "MaxAttempts", attempts);
        if (Value(section, "RetryBudgetCapacity") is { } capacity) options.RetryBudgetCapacity = Int(path, "RetryBudgetCapacity", capacity);
        if (Value(section, "EnableRetryBudget") is { } budget)
        {
            options.EnableRetryBudget = bool.TryParse(budget, out var enabled) ? enabled : throw Bad(path, "EnableRetryBudget", budget, "true or false");
        }
        if (Value(section, "RetryBaseDelay") is { } baseDelay) options.RetryBaseDelay = Duration(path, "RetryBaseDelay", baseDelay);
        if (Value(section, "RetryMaxDelay") is { } maxDelay) options.RetryMaxDelay = Duration(path, "RetryMaxDelay", maxDelay);
        if (section["AttemptTimeout"] is { } attemptTimeout) options.AttemptTimeout = OptionalDuration(path, "AttemptTimeout", attemptTimeout);
        if (section["Timeout"] is { } timeout) options.Timeout = OptionalDuration(path, "Timeout", timeout);
        if (Value(section, "RetryMode") is { } retryMode)
        {
            options.RetryMode = ClientConfigurationResolver.ParseRetryMode(retryMode) ?? throw Bad(path, "RetryMode", retryMode, "standard, adaptive or legacy (which runs as standard)");
        }
        if (Value(section, "AppId") is { } appId) options.AppId = appId;
        if (Value(section, "UseFipsEndpoint") is { } fips) options.UseFipsEndpoint = Bool(path, "UseFipsEndpoint", fips);
        if (Value(section, "UseDualstackEndpoint") is { } dualstack) options.UseDualstackEndpoint = Bool(path, "UseDualstackEndpoint", dualstack);
        if (Value(section, "IgnoreConfiguredEndpointUrls") is { } ignore) options.IgnoreConfiguredEndpointUrls = Bool(path, "IgnoreConfiguredEndpointUrls", ignore);
    }

    private static string? Value(IConfiguration section, string key) =>
        section[key] is { Length: > 0 } value ? value.Trim() : null;

    private static int Int(string path, string key, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : throw Bad(path, key, value, "a whole number");

    private static bool Bool(string path, string key, string value) =>
        bool.TryParse(value, out var flag) ? flag : throw Bad(path, key, value, "true or false");

    private static TimeSpan? OptionalDuration(string path, string key, string value) =>
        string.IsNullOrWhiteSpace(value) ? null : Duration(path, key, value.Trim());

    // Far beyond the options' 24-day bound, far within TimeSpan's range (about 29,000 years).
    private const double MaxSeconds = 1e11;

    private static TimeSpan Duration(string path, string key, string value)
    {
        const string Expected = "a number of seconds (at most 24 days: 2073600) or hh:mm:ss";
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            // NaN, infinities and values TimeSpan cannot hold (1e20 would throw OverflowException) get the same
            // error as any other unreadable value; options validation bounds the rest (24 days).
            return double.IsFinite(seconds) && Math.Abs(seconds) <= MaxSeconds
                ? TimeSpan.FromSeconds(seconds)
                : throw Bad(path, key, value, Expected);
        }
        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span)
            ? span
            : throw Bad(path, key, value, Expected);
    }

    private static FormatException Bad(string path, string key, string value, string expected) =>
        new($"Configuration value {(path.Length > 0 ? path + ":" : string.Empty)}{key} = '{value}' is not valid: expected {expected}.");
}
