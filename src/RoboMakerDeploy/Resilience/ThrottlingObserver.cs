namespace RoboMakerDeploy.Resilience;

/// <summary>
/// Lets a caller learn whether the calls it made in a scope were throttled, even when the retries
/// absorbed it: the waiter uses it to poll more slowly. The scope's holder flows into the handler
/// chain with the execution context, and the retry strategy marks it.
/// </summary>
internal static class ThrottlingObserver
{
    private static readonly AsyncLocal<Scope?> Current = new();

    public static Scope Begin() => Current.Value = new Scope();

    public static void End() => Current.Value = null;

    public static void RecordThrottle()
    {
        if (Current.Value is { } scope) Interlocked.Increment(ref scope.Throttles);
    }

    internal sealed class Scope
    {
        public int Throttles;

        public int TakeThrottles() => Interlocked.Exchange(ref Throttles, 0);
    }
}
