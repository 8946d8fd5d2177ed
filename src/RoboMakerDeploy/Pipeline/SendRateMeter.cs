namespace RoboMakerDeploy;

/// <summary>
/// Measures the rate the client receives replies at, as botocore's <c>retries/adaptive.py</c> (<c>RateClocker</c>)
/// does: replies are counted in half-second buckets, and each time a bucket closes the measured rate becomes
/// <c>0.8 · (count / elapsed) + 0.2 · previous</c>. Times are in seconds; not thread-safe (the rate limiter locks around it).
/// </summary>
internal sealed class SendRateMeter
{
    /// <summary>The weight of the newest bucket in the smoothed rate.</summary>
    public const double Smoothing = 0.8;

    /// <summary>The width of a bucket in seconds.</summary>
    public const double BucketSeconds = 0.5;

    private double _lastBucket;
    private int _count;

    public SendRateMeter(double now) => _lastBucket = Math.Floor(now);

    /// <summary>The smoothed rate in requests per second (0 until the first bucket closes).</summary>
    public double MeasuredRate { get; private set; }

    /// <summary>Counts one reply at <paramref name="now"/> and returns the measured rate.</summary>
    public double Record(double now)
    {
        var bucket = Math.Floor(now / BucketSeconds) * BucketSeconds;
        _count++;
        if (bucket > _lastBucket)
        {
            var currentRate = _count / (bucket - _lastBucket);
            MeasuredRate = (currentRate * Smoothing) + (MeasuredRate * (1 - Smoothing));
            _count = 0;
            _lastBucket = bucket;
        }
        return MeasuredRate;
    }
}
