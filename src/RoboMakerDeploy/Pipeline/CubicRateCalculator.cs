namespace RoboMakerDeploy;

/// <summary>
/// The CUBIC congestion-control curve the adaptive retry mode uses for the client's send rate, as botocore's
/// <c>retries/throttling.py</c> (<c>CubicCalculator</c>) and the AWS SDK for Java v2's
/// <c>RateLimitingTokenBucket</c> implement it: on throttling the rate drops to <c>β = 0.7</c> of the rate it was
/// sent at (which becomes <c>Wmax</c>); afterwards it follows <c>C·(t − K)³ + Wmax</c> with <c>C = 0.4</c> and
/// <c>K = ∛(Wmax·(1 − β)/C)</c>, so it climbs back to <c>Wmax</c> in <c>K</c> seconds, flat near it, then probes above.
/// Times are in seconds; not thread-safe (the rate limiter locks around it).
/// </summary>
internal sealed class CubicRateCalculator
{
    /// <summary>C: how fast the rate grows away from <c>Wmax</c>.</summary>
    public const double ScaleConstant = 0.4;

    /// <summary>β: the share of the rate kept after throttling.</summary>
    public const double Beta = 0.7;

    private double _wMax;
    private double _k;
    private double _lastFail;

    public CubicRateCalculator(double startingMaxRate, double startTime)
    {
        _wMax = startingMaxRate;
        _k = ZeroPoint(_wMax);
        _lastFail = startTime;
    }

    /// <summary>The rate when the last throttle arrived (requests per second).</summary>
    public double MaxRate => _wMax;

    /// <summary>The rate the curve gives at <paramref name="timestamp"/> after a success.</summary>
    public double SuccessReceived(double timestamp) => ScaleConstant * Math.Pow(timestamp - _lastFail - _k, 3) + _wMax;

    /// <summary>Records a throttle at <paramref name="timestamp"/> while sending at <paramref name="currentRate"/>; returns the lowered rate.</summary>
    public double ErrorReceived(double currentRate, double timestamp)
    {
        _wMax = currentRate;
        _k = ZeroPoint(_wMax);
        _lastFail = timestamp;
        return currentRate * Beta;
    }

    private static double ZeroPoint(double wMax) => Math.Cbrt(wMax * (1 - Beta) / ScaleConstant);
}
