namespace RoboMakerDeploy;

/// <summary>
/// The adaptive retry mode's client-side rate limiter, as botocore's <c>retries/adaptive.py</c>
/// (<c>ClientRateLimiter</c>), <c>bucket.py</c> (<c>TokenBucket</c>) and <c>throttling.py</c>, and the AWS SDK for Java
/// v2's <c>RateLimitingTokenBucket</c> implement it. Off until the service first throttles; from then on each attempt
/// takes one token from a bucket that fills at the allowed rate (at least 0.5 per second, holding at most
/// <c>max(1, rate)</c> tokens). After each reply the allowed rate is recomputed: on throttling it drops to 70% of
/// the lower of the measured send rate and the current rate; on success it follows the cubic recovery curve; in
/// both cases it is capped at twice the measured send rate. One instance per client; thread-safe; waits in the
/// given <see cref="TimeProvider"/>'s time.
/// </summary>
/// <remarks>
/// The pipeline calls <see cref="AcquireAsync"/> before sending each attempt (the first included) and
/// <see cref="UpdateClientSendingRate"/> after each reply, with <c>throttled: true</c> for a throttling error.
/// </remarks>
internal sealed class ClientRateLimiter
{
    /// <summary>The lowest fill rate, in tokens per second.</summary>
    public const double MinFillRate = 0.5;

    /// <summary>The allowed rate is never more than this multiple of the measured send rate.</summary>
    public const double MaxRateAdjustScale = 2.0;

    private readonly TimeProvider _timeProvider;
    private readonly object _gate = new();
    private readonly CubicRateCalculator _cubic;
    private readonly SendRateMeter _meter;
    private double _fillRate;
    private double _maxCapacity;
    private double _capacity;
    private double? _lastRefill;

    public ClientRateLimiter(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        var now = Now();
        _cubic = new CubicRateCalculator(startingMaxRate: 0, startTime: now);
        _meter = new SendRateMeter(now);
        SetFillRate(1); // botocore starts its bucket at 1 token per second
    }

    /// <summary>Whether the limiter is on (it turns on at the first throttle, and stays on).</summary>
    public bool Enabled { get; private set; }

    /// <summary>The allowed send rate: the bucket's fill rate, in tokens per second.</summary>
    public double FillRate
    {
        get { lock (_gate) return _fillRate; }
    }

    /// <summary>The measured send rate, in requests per second.</summary>
    public double MeasuredRate
    {
        get { lock (_gate) return _meter.MeasuredRate; }
    }

    /// <summary>Waits until the bucket holds a token and takes it; returns at once while the limiter is off.</summary>
    /// <param name="cancellationToken">Ends the wait.</param>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                if (!Enabled) return;
                Refill();
                if (_capacity >= 1)
                {
                    _capacity -= 1;
                    return;
                }
                wait = TimeSpan.FromSeconds((1 - _capacity) / _fillRate);
            }
            // The rate may change while waiting: the loop refills and looks again.
            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records a reply and recomputes the allowed rate.</summary>
    /// <param name="throttled">Whether the reply was a throttling error (<c>ThrottlingException</c>, HTTP 429...).</param>
    public void UpdateClientSendingRate(bool throttled)
    {
        lock (_gate)
        {
            var now = Now();
            var measured = _meter.Record(now);
            double newRate;
            if (!throttled)
            {
                newRate = _cubic.SuccessReceived(now);
            }
            else
            {
                var rateToUse = Enabled ? Math.Min(measured, _fillRate) : measured;
                newRate = _cubic.ErrorReceived(rateToUse, now);
                Enabled = true;
            }
            SetFillRate(Math.Min(newRate, MaxRateAdjustScale * measured));
        }
    }

    private void SetFillRate(double value)
    {
        // Tokens earned at the old rate are added before the rate changes.
        Refill();
        _fillRate = Math.Max(value, MinFillRate);
        _maxCapacity = value >= 1 ? value : 1;
        _capacity = Math.Min(_capacity, _maxCapacity);
    }

    private void Refill()
    {
        var now = Now();
        if (_lastRefill is not { } last)
        {
            _lastRefill = now;
            return;
        }
        _capacity = Math.Min(_maxCapacity, _capacity + ((now - last) * _fillRate));
        _lastRefill = now;
    }

    private double Now() => _timeProvider.GetTimestamp() / (double)_timeProvider.TimestampFrequency;
}
