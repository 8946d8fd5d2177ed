using Microsoft.Extensions.Time.Testing;

namespace RoboMakerDeploy.Tests.Emulator;

/// <summary>
/// A fake clock that counts the timers created on it, so a test can advance time exactly once per delay a
/// waiter starts, however long the real HTTP round trips in between take.
/// </summary>
internal sealed class CountingTimeProvider(FakeTimeProvider inner) : TimeProvider
{
    private int _timersCreated;

    public int TimersCreated => Volatile.Read(ref _timersCreated);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timersCreated);
        return timer;
    }

    /// <summary>Advances the clock by <paramref name="step"/> each time a new timer appears, until the task completes.</summary>
    public async Task<T> DriveWaiterAsync<T>(Task<T> task, TimeSpan step, int maxSteps = 10_000)
    {
        var seen = 0;
        var steps = 0;
        while (!task.IsCompleted)
        {
            var created = TimersCreated;
            if (created > seen)
            {
                if (++steps > maxSteps) throw new TimeoutException($"The task did not complete within {maxSteps} clock steps.");
                seen = created;
                inner.Advance(step);
            }
            await Task.Yield();
        }
        return await task;
    }
}
