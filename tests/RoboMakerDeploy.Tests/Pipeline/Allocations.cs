namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// Measures the bytes a piece of async code allocates. The process-wide counter is used (continuations may hop
/// threads), so tests that measure run in <see cref="AllocationCollection"/>, after and apart from every parallel test.
/// </summary>
public static class Allocations
{
    public static async Task<(T Result, long Bytes)> MeasureAsync<T>(Func<Task<T>> action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await action();
        return (result, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    /// <summary>Allocation of an action expected to throw: the exception and the bytes.</summary>
    public static async Task<(Exception? Error, long Bytes)> MeasureOutcomeAsync(Func<Task> action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        Exception? error = null;
        try
        {
            await action();
        }
        catch (Exception ex)
        {
            error = ex;
        }
        return (error, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}

/// <summary>Tests that measure process-wide allocation or listen to process-wide telemetry: run alone, one at a time.</summary>
[CollectionDefinition(nameof(AllocationCollection), DisableParallelization = true)]
public sealed class AllocationCollection;
