using Microsoft.Extensions.Time.Testing;

namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// The tests' one clock: a <see cref="FakeTimeProvider"/> that also records every timer the code under test arms
/// (backoff delays, poll delays, timeouts), so a test knows a delay is pending before it advances the clock and can
/// assert its exact length, and can drive a task to completion in virtual time. Nothing here sleeps or polls the real
/// clock: time moves only when a test advances it (or reads it, with <see cref="FakeTimeProvider.AutoAdvanceAmount"/>),
/// and waiting is on events (a timer armed, the task done).
/// </summary>
public sealed class VirtualClock : FakeTimeProvider
{
    /// <summary>The start of virtual time unless a test gives another: 2024-03-01T12:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly object _clockGate = new();
    private readonly List<TimeSpan> _armed = [];
    private readonly List<TrackedTimer> _active = [];
    private TaskCompletionSource _changed = NewSignal();
    private int _timersCreated;

    /// <summary>A clock at <see cref="DefaultStart"/>.</summary>
    public VirtualClock()
        : this(DefaultStart)
    {
    }

    /// <summary>A clock at <paramref name="start"/>.</summary>
    public VirtualClock(DateTimeOffset start)
        : base(start)
    {
    }

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

    /// <summary>How many timers were created on this clock, armed or not.</summary>
    public int TimersCreated => Volatile.Read(ref _timersCreated);

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Arming and advancing exclude each other, so the recorded due time is the one the fake clock uses.
        lock (_clockGate)
        {
            var timer = new TrackedTimer(this);
            timer.Arm(dueTime);
            timer.Inner = base.CreateTimer(
                s =>
                {
                    timer.Disarm();
                    callback(s);
                },
                state,
                dueTime,
                period);
            Interlocked.Increment(ref _timersCreated);
            Signal();
            return timer;
        }
    }

    /// <summary>Advances the clock (excluding a timer being armed at the same moment).</summary>
    public new void Advance(TimeSpan by)
    {
        lock (_clockGate) base.Advance(by);
    }

    /// <summary>The earliest pending timer's due time from now, or null when none is armed.</summary>
    public TimeSpan? NextDue()
    {
        lock (_gate)
        {
            if (_active.Count == 0) return null;
            var now = GetUtcNow();
            var earliest = _active.Min(t => t.DueAt);
            return earliest > now ? earliest - now : TimeSpan.Zero;
        }
    }

    /// <summary>Completes when <paramref name="condition"/> on the clock's timers holds, re-checked whenever a timer is created or changed (an event, not a poll); fails after 30 s of real time without a change, as a hang guard only.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        while (true)
        {
            var changed = CurrentSignal();
            if (condition()) return;
            try
            {
                await changed.WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Gave up waiting for: {what} ({Armed.Count} timers armed: {string.Join(", ", Armed)}).");
            }
        }
    }

    /// <summary>Completes when the code has armed <paramref name="count"/> timers in all; fails after 30 s of real time, as a hang guard only.</summary>
    public async Task WaitForArmedAsync(int count)
    {
        while (true)
        {
            var changed = CurrentSignal();
            if (Armed.Count >= count) return;
            try
            {
                await changed.WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Gave up waiting for {count} timers armed (have {Armed.Count}: {string.Join(", ", Armed)}).");
            }
        }
    }

    /// <summary>
    /// Completes <paramref name="task"/> in virtual time: whenever a timer is pending, advances to the
    /// earliest one; otherwise waits for the task or for a new timer. Only for setups without
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
        for (var i = 0; i < 20_000 && !task.IsCompleted; i++)
        {
            var changed = CurrentSignal();
            if ((canAdvance?.Invoke() ?? true) && NextDue() is { } due)
            {
                advances++;
                Advance(due);
                await Task.Yield();
            }
            else
            {
                // Nothing to advance: the code is doing I/O; it either finishes or arms its next timer.
                if (!await TaskOrSignalAsync(task, changed)) break;
            }
        }
        if (!task.IsCompleted)
        {
            throw new TimeoutException($"The operation did not complete in virtual time ({advances} advances, {ActiveCount} timers pending, next due {NextDue()}, {Armed.Count} armed).");
        }
        await Task.WhenAny(task);
    }

    /// <summary>Advances the clock by <paramref name="step"/> each time a new timer is created, until the task completes.</summary>
    public async Task<T> DriveWaiterAsync<T>(Task<T> task, TimeSpan step, int maxSteps = 10_000)
    {
        var seen = 0;
        var steps = 0;
        while (!task.IsCompleted)
        {
            var changed = CurrentSignal();
            var created = TimersCreated;
            if (created > seen)
            {
                if (++steps > maxSteps) throw new TimeoutException($"The task did not complete within {maxSteps} clock steps.");
                seen = created;
                Advance(step);
                await Task.Yield();
                continue;
            }
            if (!await TaskOrSignalAsync(task, changed)) throw new TimeoutException("The task neither completed nor created a timer within 30 s.");
        }
        return await task;
    }

    // Waits for the task or a timer change; false after 30 s of real time with neither (a hang guard only). The guard's
    // timer is canceled at once, so nothing fires later (allocation tests measure the whole process).
    private static async Task<bool> TaskOrSignalAsync(Task task, Task signal)
    {
        using var guard = new CancellationTokenSource();
        var timeout = Task.Delay(TimeSpan.FromSeconds(30), guard.Token);
        var first = await Task.WhenAny(task, signal, timeout);
        await guard.CancelAsync();
        return first != timeout;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Task CurrentSignal()
    {
        lock (_gate) return _changed.Task;
    }

    private void Signal()
    {
        TaskCompletionSource fired;
        lock (_gate)
        {
            fired = _changed;
            _changed = NewSignal();
        }
        fired.TrySetResult();
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
                DueAt = clock.GetUtcNow() + dueTime;
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
                var changed = Inner!.Change(dueTime, period);
                clock.Signal();
                return changed;
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
