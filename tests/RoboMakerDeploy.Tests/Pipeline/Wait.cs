namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// Bounded polling for a condition that depends on real I/O (a local HTTP round-trip). Each step is a
/// real yield of about a millisecond; it never stands in for behaviour, it only waits for it.
/// </summary>
public static class Wait
{
    public static async Task UntilAsync(Func<bool> condition, string what, int maxSteps = 5_000)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            if (condition()) return;
            await Task.Delay(1);
        }
        if (!condition()) throw new TimeoutException("Gave up waiting for: " + what);
    }
}
