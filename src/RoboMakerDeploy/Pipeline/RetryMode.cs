namespace RoboMakerDeploy;

/// <summary>
/// How a client retries, as the AWS SDKs' <c>retry_mode</c> setting (<c>AWS_RETRY_MODE</c>) names it. Source: the
/// "Retry behavior" page of the AWS SDKs and Tools reference guide. The SDKs' <c>legacy</c> mode is read as
/// <see cref="Standard"/>: this SDK never had another retry behaviour to keep.
/// </summary>
public enum RetryMode
{
    /// <summary>
    /// Exponential backoff with full jitter, up to <c>max_attempts</c> attempts (default 3), limited by a client-wide
    /// retry quota of 500 tokens: a retry costs 5, a retry after a timeout 10, a call that succeeds without retrying returns 1.
    /// </summary>
    Standard,

    /// <summary>
    /// <see cref="Standard"/> plus a client-side rate limiter: once the service throttles, every attempt first takes a
    /// token from a bucket whose fill rate follows the measured send rate, drops to 70% on each throttle and
    /// recovers along a cubic curve. Suits a client that is the only caller of its quota.
    /// </summary>
    Adaptive,
}
