using Microsoft.Extensions.Logging;
using Polly;

namespace RoboMakerDeploy;

/// <summary>
/// Settings of a <see cref="RoboMakerDeployClient"/>: where to send requests, how to sign them, how to
/// retry, and the clock. Every member has a working default; bind it from configuration (the
/// <c>RoboMakerDeploy</c> section) or set it in code.
/// </summary>
public sealed class RoboMakerDeployClientOptions
{
    /// <summary>The configuration section the dependency-injection extensions bind by default.</summary>
    public const string SectionName = "RoboMakerDeploy";

    /// <summary>The most attempts <see cref="MaxAttempts"/> (and <c>AWS_MAX_ATTEMPTS</c> / <c>max_attempts</c>) may ask for.</summary>
    internal const int MaxAttemptsLimit = 100;

    private int _maxAttempts = 3;

    /// <summary>
    /// The AWS Region to sign for and, unless <see cref="ServiceUrl"/> is set, to send to. When null:
    /// <c>AWS_REGION</c>, else <c>AWS_DEFAULT_REGION</c>, else the profile's <c>region</c>.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>
    /// The endpoint to send requests to, overriding the Region's: an emulator or a test server. Requests are
    /// still signed for <see cref="Region"/>. When null, in the AWS SDKs' order ("Service-specific endpoints"):
    /// unless <see cref="IgnoreConfiguredEndpointUrls"/>, <c>AWS_ENDPOINT_URL_ROBOMAKER</c>, else <c>AWS_ENDPOINT_URL</c>,
    /// else <c>robomaker = endpoint_url = ...</c> in the <c>[services name]</c> section the profile's <c>services</c>
    /// names, else the profile's <c>endpoint_url</c>; else <c>https://robomaker.{region}.amazonaws.com</c> (or its
    /// FIPS / dual-stack variant). An absolute http or https URL, optionally with a path prefix; one with a user name or
    /// password, a query or a fragment is refused (they would not be sent), wherever it comes from.
    /// </summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>
    /// Whether to ignore endpoints configured outside code (<c>AWS_ENDPOINT_URL*</c>, <c>endpoint_url</c> in the
    /// profile or its <c>services</c> section); <see cref="ServiceUrl"/> still applies. When null:
    /// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c>, else the profile's <c>ignore_configured_endpoint_urls</c>, else false.
    /// </summary>
    public bool? IgnoreConfiguredEndpointUrls { get; set; }

    /// <summary>
    /// Whether to send to RoboMaker's FIPS 140-validated host, <c>https://robomaker-fips.{region}.amazonaws.com</c>.
    /// When null: <c>AWS_USE_FIPS_ENDPOINT</c>, else the profile's <c>use_fips_endpoint</c>, else false. Only in the
    /// Regions RoboMaker ran in, and not with a configured endpoint (both give an <see cref="AwsConfigurationException"/>).
    /// </summary>
    public bool? UseFipsEndpoint { get; set; }

    /// <summary>
    /// Whether to send to RoboMaker's IPv4-and-IPv6 host, <c>https://robomaker.{region}.api.aws</c>. When null:
    /// <c>AWS_USE_DUALSTACK_ENDPOINT</c>, else the profile's <c>use_dualstack_endpoint</c>, else false. Only in the
    /// Regions RoboMaker ran in, and not with a configured endpoint (both give an <see cref="AwsConfigurationException"/>).
    /// </summary>
    public bool? UseDualstackEndpoint { get; set; }

    /// <summary>
    /// How to retry (<see cref="RetryMode.Standard"/> or <see cref="RetryMode.Adaptive"/>). When
    /// null: <c>AWS_RETRY_MODE</c>, else the profile's <c>retry_mode</c> (<c>standard</c>, <c>adaptive</c>, or
    /// <c>legacy</c>, which runs as standard), else standard.
    /// </summary>
    public RetryMode? RetryMode { get; set; }

    /// <summary>
    /// An application id added to every request's <c>User-Agent</c> as <c>app/{id}</c>, so AWS-side logs can tell
    /// callers apart; at most 50 characters. When null: <c>AWS_SDK_UA_APP_ID</c>, else the profile's
    /// <c>sdk_ua_app_id</c>, else none.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>
    /// Where environment variables and the shared config and credentials files are read from (default: the
    /// process's environment and the user's home folder). Tests pass their own, so nothing real is read.
    /// </summary>
    public AwsEnvironment Environment { get; set; } = AwsEnvironment.System;

    /// <summary>The shared-config profile to read credentials and region from; null for <c>AWS_PROFILE</c> or <c>default</c>.</summary>
    public string? Profile { get; set; }

    /// <summary>The credentials to sign with; null for the default chain (environment, shared files, credential_process).</summary>
    public IAwsCredentialsProvider? Credentials { get; set; }

    /// <summary>The clock for signing, backoff delays, timeouts and waiting; replace it in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The most attempts one call makes, the first included; 1 disables retries. When never set (in code or the
    /// configuration section): <c>AWS_MAX_ATTEMPTS</c>, else the profile's <c>max_attempts</c>, else 3 (the AWS SDKs'
    /// standard mode). The value a client uses is the resolved one, not this property's.
    /// </summary>
    public int MaxAttempts
    {
        get => _maxAttempts;
        set
        {
            _maxAttempts = value;
            MaxAttemptsIsSet = true;
        }
    }

    /// <summary>Whether <see cref="MaxAttempts"/> was set, so it wins over the environment and the profile.</summary>
    internal bool MaxAttemptsIsSet { get; private set; }

    /// <summary>The base of the exponential backoff between attempts (default 1 second); each delay is drawn at random up to base × 2^retry.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest delay between two attempts (default 20 seconds). A <c>Retry-After</c> up to this long is
    /// honoured as given; a longer one ends the retries with the service's error.
    /// </summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one attempt may take before it is abandoned and retried (default 30 seconds); null for no limit.</summary>
    public TimeSpan? AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one call may take, all attempts and delays included (default 100 seconds); null for no limit. When it
    /// runs out during an attempt, the call ends with a <see cref="RoboMakerTimeoutException"/>; a retry whose delay
    /// (<c>Retry-After</c> or backoff) would reach it is not made: the last error (the service's, as sent) surfaces at once.
    /// </summary>
    public TimeSpan? Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Whether the client-wide retry budget is on (default true): retries draw tokens from a bucket that
    /// successes refill, so a burst of failing calls stops retrying instead of storming the service.
    /// </summary>
    public bool EnableRetryBudget { get; set; } = true;

    /// <summary>The size of the retry budget in tokens (default 500, as the AWS SDKs' standard retry mode: a retry costs 5, a retry after a timed-out attempt 10; a call that succeeds gives back what its last retry took, or 1 when it was not retried).</summary>
    public int RetryBudgetCapacity { get; set; } = 500;

    /// <summary>
    /// A source of random numbers in [0, 1) for the backoff jitter; null for a shared random source.
    /// Set it to make delays reproducible in tests.
    /// </summary>
    public Func<double>? JitterSource { get; set; }

    /// <summary>
    /// Extends the resilience pipeline every call runs through: strategies added here wrap the SDK's
    /// timeouts and retry (add a circuit breaker, a rate limiter, hedging...); the SDK's own strategies always run.
    /// </summary>
    public Action<ResiliencePipelineBuilder<HttpResponseMessage>>? ConfigureResilience { get; set; }

    /// <summary>
    /// The largest response body the client reads, in bytes (default 16 MiB: a DeploymentJob description of 1,000
    /// robots is about 0.5 MB). A response that announces or delivers more fails with a
    /// <see cref="MalformedResponseException"/> instead of growing memory; error bodies are read to at most 64 KiB whatever
    /// this says. Range 1,024 to 2 GiB.
    /// </summary>
    public long MaxResponseContentBufferSize { get; set; } = 16 * 1024 * 1024;

    /// <summary>The logger factory for the SDK's logs (attempts, retries, waiter polls); null for none.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Copies these options, so a client is not affected by later changes to the instance it was given.</summary>
    /// <returns>A shallow copy.</returns>
    public RoboMakerDeployClientOptions Clone() => (RoboMakerDeployClientOptions)MemberwiseClone();

    /// <summary>
    /// Lists what is wrong with these options, as clear messages naming the option. Besides each option's own rule,
    /// <see cref="RetryBaseDelay"/>, <see cref="RetryMaxDelay"/>, <see cref="AttemptTimeout"/> and <see cref="Timeout"/>
    /// must be at most 24 days (timers refuse about 49.7 days or more, which would otherwise fail only after a request was sent).
    /// </summary>
    /// <returns>The problems; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Region is not null && !RegionName.IsValid(Region))
        {
            problems.Add($"Region '{Region}' is not a valid AWS Region name (for example us-west-2).");
        }
        if (ServiceUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add($"ServiceUrl '{ClientConfigurationResolver.WithoutUserInfo(url.ToString())}' must be an absolute http or https URL.");
        }
        else if (ServiceUrl is { } endpoint && ClientConfigurationResolver.EndpointProblem(endpoint) is { } problem)
        {
            problems.Add($"ServiceUrl '{ClientConfigurationResolver.WithoutUserInfo(endpoint.ToString())}' {problem}.");
        }
        if (MaxAttempts is < 1 or > MaxAttemptsLimit) problems.Add($"MaxAttempts must be between 1 and {MaxAttemptsLimit}; it is {MaxAttempts}.");
        if (RetryBaseDelay < TimeSpan.Zero) problems.Add("RetryBaseDelay must not be negative.");
        if (RetryMaxDelay < RetryBaseDelay) problems.Add("RetryMaxDelay must not be shorter than RetryBaseDelay.");
        if (AttemptTimeout is { } attempt && attempt <= TimeSpan.Zero) problems.Add("AttemptTimeout must be positive when set.");
        if (Timeout is { } overall && overall <= TimeSpan.Zero) problems.Add("Timeout must be positive when set.");
        if (MaxResponseContentBufferSize is < 1024 or > int.MaxValue) problems.Add($"MaxResponseContentBufferSize must be between 1024 and {int.MaxValue} bytes; it is {MaxResponseContentBufferSize}.");
        // Timers refuse about 49.7 days or more; checked here so it cannot fail after a request was sent.
        AtMostMaxDuration(problems, "RetryBaseDelay", RetryBaseDelay);
        AtMostMaxDuration(problems, "RetryMaxDelay", RetryMaxDelay);
        AtMostMaxDuration(problems, "AttemptTimeout", AttemptTimeout);
        AtMostMaxDuration(problems, "Timeout", Timeout);
        if (RetryBudgetCapacity < 0) problems.Add("RetryBudgetCapacity must not be negative.");
        if (TimeProvider is null) problems.Add("TimeProvider must not be null.");
        if (Environment is null) problems.Add("Environment must not be null.");
        if (RetryMode is { } mode && !Enum.IsDefined(mode)) problems.Add($"RetryMode must be Standard or Adaptive; it is {(int)mode}.");
        if (AppId is { } appId && (appId.Length > ClientConfigurationResolver.MaxAppIdLength || string.IsNullOrWhiteSpace(appId)))
        {
            problems.Add($"AppId must be 1 to {ClientConfigurationResolver.MaxAppIdLength} characters, not blank; it is {appId.Length} long.");
        }
        return problems;
    }

    private static void AtMostMaxDuration(List<string> problems, string option, TimeSpan? value)
    {
        if (value > DurationLimits.Max)
        {
            problems.Add($"{option} must be at most {DurationLimits.MaxText} (the longest timer the SDK sets); it is {value}.");
        }
    }
}
