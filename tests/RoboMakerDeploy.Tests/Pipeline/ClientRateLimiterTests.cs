using Microsoft.Extensions.Time.Testing;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>The adaptive mode's rate limiter in virtual time: no real waiting.</summary>
public sealed class ClientRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_cubic_curve_drops_to_70_percent_and_climbs_back_to_the_old_rate_in_K_seconds()
    {
        var cubic = new CubicRateCalculator(startingMaxRate: 10, startTime: 0);
        Assert.Equal(7, cubic.ErrorReceived(10, timestamp: 100), 9);
        var k = Math.Cbrt(10 * 0.3 / 0.4);
        Assert.Equal(10, cubic.SuccessReceived(100 + k), 9);
        Assert.Equal(7, cubic.SuccessReceived(100), 9); // at the throttle: 0.4·(−K)³ + 10 = 10 − 3
        Assert.True(cubic.SuccessReceived(100 + k + 2) > 10); // then probes above
    }

    [Fact]
    public void The_meter_smooths_the_rate_per_half_second_bucket()
    {
        var meter = new SendRateMeter(now: 0);
        for (var i = 0; i < 9; i++) meter.Record(0.1 * i); // buckets close at 0.5
        Assert.Equal(0.8 * (6 / 0.5), meter.MeasuredRate, 9);
    }

    [Fact]
    public async Task Until_the_first_throttle_nothing_waits()
    {
        var limiter = new ClientRateLimiter(_clock);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(limiter.AcquireAsync().IsCompletedSuccessfully);
            limiter.UpdateClientSendingRate(throttled: false);
        }
        Assert.False(limiter.Enabled);
        await limiter.AcquireAsync();
    }

    [Fact]
    public async Task A_burst_of_throttles_slows_the_send_rate_with_growing_delays()
    {
        var limiter = new ClientRateLimiter(_clock);

        // Steady traffic at 20 requests per second, all successful: no delays.
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, await TimeAcquireAsync(limiter));
            limiter.UpdateClientSendingRate(throttled: false);
            _clock.Advance(TimeSpan.FromMilliseconds(50));
        }
        var rateBefore = limiter.MeasuredRate;
        Assert.InRange(rateBefore, 15, 25);

        // Now every reply is a throttle: once the tokens saved while sending fast are spent, each send waits
        // for a token of a bucket that fills ever slower.
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 16; i++)
        {
            delays.Add(await TimeAcquireAsync(limiter));
            limiter.UpdateClientSendingRate(throttled: true);
        }
        Assert.True(limiter.Enabled);
        Assert.True(limiter.FillRate < rateBefore * 0.7, $"fill rate {limiter.FillRate} did not back off from {rateBefore}");
        var shown = string.Join(", ", delays.Select(d => d.TotalMilliseconds));
        Assert.Equal(TimeSpan.Zero, delays[0]);
        for (var i = 1; i < delays.Count; i++)
        {
            Assert.True(delays[i] >= delays[i - 1], $"delay {i} shorter than delay {i - 1}: {shown}");
        }
        var firstWait = delays.First(d => d > TimeSpan.Zero);
        Assert.True(delays[^1] >= firstWait * 2, $"delays did not grow: {shown}");
        // Sustained throttling ends at the floor rate: one send per 1 / 0.5 tokens per second.
        Assert.Equal(TimeSpan.FromSeconds(1 / ClientRateLimiter.MinFillRate), delays[^1]);
    }

    [Fact]
    public async Task After_throttling_successes_bring_the_rate_back_up()
    {
        var limiter = new ClientRateLimiter(_clock);
        for (var i = 0; i < 40; i++)
        {
            limiter.UpdateClientSendingRate(throttled: false);
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }
        limiter.UpdateClientSendingRate(throttled: true);
        var lowered = limiter.FillRate;
        for (var i = 0; i < 30; i++)
        {
            await TimeAcquireAsync(limiter);
            limiter.UpdateClientSendingRate(throttled: false);
        }
        Assert.True(limiter.FillRate > lowered, $"{limiter.FillRate} <= {lowered}");
    }

    [Fact]
    public async Task A_wait_ends_with_cancellation()
    {
        var limiter = new ClientRateLimiter(_clock);
        limiter.UpdateClientSendingRate(throttled: true); // on, at the minimum rate
        while (limiter.AcquireAsync().IsCompletedSuccessfully) { } // drain the bucket
        using var cts = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(cts.Token).AsTask();
        Assert.False(waiting.IsCompleted);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    /// <summary>Acquires a token, moving virtual time on in 10 ms steps until it is granted; returns the virtual wait.</summary>
    private async Task<TimeSpan> TimeAcquireAsync(ClientRateLimiter limiter)
    {
        var start = _clock.GetUtcNow();
        var pending = limiter.AcquireAsync();
        for (var steps = 0; !pending.IsCompleted; steps++)
        {
            Assert.True(steps < 100_000, "the limiter never granted a token");
            _clock.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Yield();
        }
        await pending;
        return _clock.GetUtcNow() - start;
    }
}
