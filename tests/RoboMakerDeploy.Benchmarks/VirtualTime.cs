using Microsoft.Extensions.Time.Testing;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// A fake clock shared by the emulator and the waiters that knows which timers are pending, so the waiter benchmark can
/// jump straight to the next delay, but only when every live waiter is sitting in one (none has a request in flight).
/// </summary>
internal sealed class VirtualTime : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<Tracked> _active = [];

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            var timer = new Tracked(this);
            timer.Arm(dueTime);
            timer.Inner = Fake.CreateTimer(s => { timer.Disarm(); callback(s); }, state, dueTime, period);
            return timer;
        }
    }

    /// <summary>Runs the tasks to completion, advancing to the earliest timer whenever each unfinished task has exactly one pending.</summary>
    public async Task RunAsync(IReadOnlyList<Task> tasks)
    {
        var all = Task.WhenAll(tasks);
        while (!all.IsCompleted)
        {
            var live = tasks.Count(static t => !t.IsCompleted);
            TimeSpan? due = null;
            lock (_gate)
            {
                if (_active.Count == live && live > 0)
                {
                    var now = Fake.GetUtcNow();
                    var earliest = _active.Min(static t => t.DueAt);
                    due = earliest > now ? earliest - now : TimeSpan.Zero;
                }
            }
            if (due is { } d)
            {
                lock (_gate) Fake.Advance(d);
                await Task.Yield();
            }
            else
            {
                await Task.WhenAny(all, Task.Delay(1)).ConfigureAwait(false);
            }
        }
        await all.ConfigureAwait(false);
    }

    private sealed class Tracked(VirtualTime owner) : ITimer
    {
        public ITimer? Inner { get; set; }

        public DateTimeOffset DueAt { get; private set; }

        public void Arm(TimeSpan dueTime)
        {
            lock (owner._gate)
            {
                owner._active.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan || dueTime < TimeSpan.Zero) return;
                DueAt = owner.Fake.GetUtcNow() + dueTime;
                owner._active.Add(this);
            }
        }

        public void Disarm()
        {
            lock (owner._gate) owner._active.Remove(this);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
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
