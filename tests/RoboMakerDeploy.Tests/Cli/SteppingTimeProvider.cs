namespace RoboMakerDeploy.Tests.Cli;

/// <summary>A clock that moves on by <paramref name="step"/> every time it is read: an emulator on it sees time pass with every request, and nobody sleeps.</summary>
internal sealed class SteppingTimeProvider(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private long _reads;

    public override DateTimeOffset GetUtcNow() => start + TimeSpan.FromTicks(step.Ticks * Interlocked.Increment(ref _reads));
}
