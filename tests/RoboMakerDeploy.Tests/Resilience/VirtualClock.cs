using Microsoft.Extensions.Time.Testing;

namespace RoboMakerDeploy.Tests.Resilience;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also records every timer the code under test arms (backoff
/// delays, poll delays, timeouts), so a test knows a delay is pending before it advances the clock and
/// can assert its exact length. Nothing here sleeps: time moves only when a test advances it.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly object _clockGate = new();
    private readonly List<TimeSpan> _armed = [];
    private readonly List<TrackedTimer> _active = [];

    /// <summary>The clock itself.</summary>
    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Every finite due time a timer was armed with, in order.</summary>
    public IReadOnlyList<TimeSpan> Armed
    {
        get { lock (_gate) return [.. _armed]; }
    }

    /// <summary>How many armed timers have neither fired nor been disposed.</summary>
    public int ActiveCount
    {
        get { lock (_gate) return _active.Count; }
    }

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Arming and advancing exclude each other, so the recorded due time is the one the fake clock uses.
        lock (_clockGate)
        {
            var timer = new TrackedTimer(this);
            timer.Arm(dueTime);
            timer.Inner = Fake.CreateTimer(
                s =>
                {
                    timer.Disarm();
                    callback(s);
                },
                state,
                dueTime,
                period);
            return timer;
        }
    }

    /// <summary>Advances the clock.</summary>
    public void Advance(TimeSpan by)
    {
        lock (_clockGate) Fake.Advance(by);
    }

    /// <summary>The earliest pending timer's due time from now, or null when none is armed.</summary>
    public TimeSpan? NextDue()
    {
        lock (_gate)
        {
            if (_active.Count == 0) return null;
            var now = Fake.GetUtcNow();
            var earliest = _active.Min(t => t.DueAt);
            return earliest > now ? earliest - now : TimeSpan.Zero;
        }
    }

    /// <summary>Waits (bounded, a few real milliseconds per step) until the code has armed <paramref name="count"/> timers in all.</summary>
    public Task WaitForArmedAsync(int count) => Wait.UntilAsync(() => Armed.Count >= count, $"{count} timers armed (have {Armed.Count}: {string.Join(", ", Armed)})");

    /// <summary>
    /// Completes <paramref name="task"/> in virtual time: whenever a timer is pending, advances to the
    /// earliest one; otherwise lets real I/O (the local HTTP server) progress. Only for setups without
    /// timeouts, where every pending timer is a delay the code is meant to sit out.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await RunAsync((Task)task);
        return await task;
    }

    /// <summary>
    /// As <see cref="RunAsync{T}(Task{T})"/>, but advances only while <paramref name="canAdvance"/> holds
    /// (for instance: a poll delay is pending besides an overall timeout, so no request is in flight).
    /// Completes when <paramref name="task"/> does, whether it succeeded or not.
    /// </summary>
    public async Task RunAsync(Task task, Func<bool>? canAdvance = null)
    {
        var advances = 0;
        var started = DateTime.UtcNow;
        for (var i = 0; i < 20_000 && !task.IsCompleted; i++)
        {
            if ((canAdvance?.Invoke() ?? true) && NextDue() is { } due)
            {
                advances++;
                Advance(due);
                await Task.Yield();
            }
            else
            {
                await Task.WhenAny(task, Task.Delay(1));
            }
        }
        if (!task.IsCompleted)
        {
            throw new TimeoutException($"The operation did not complete in virtual time ({advances} advances, {ActiveCount} timers pending, next due {NextDue()}, {Armed.Count} armed, {(DateTime.UtcNow - started).TotalMilliseconds} ms real).");
        }
        await Task.WhenAny(task);
    }

    private sealed class TrackedTimer(VirtualClock clock) : ITimer
    {
        public ITimer? Inner { get; set; }

        public DateTimeOffset DueAt { get; private set; }

        public void Arm(TimeSpan dueTime)
        {
            lock (clock._gate)
            {
                clock._active.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan || dueTime < TimeSpan.Zero) return;
                clock._armed.Add(dueTime);
                DueAt = clock.Fake.GetUtcNow() + dueTime;
                clock._active.Add(this);
            }
        }

        public void Disarm()
        {
            lock (clock._gate) clock._active.Remove(this);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._clockGate)
            {
                Arm(dueTime);
                return Inner!.Change(dueTime, period);
            }
        }

        public void Dispose()
        {
            Disarm();
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Disarm();
            return Inner?.DisposeAsync() ?? ValueTask.CompletedTask;
        }
    }
}
