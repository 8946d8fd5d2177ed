using System.Collections.Concurrent;

namespace RoboMakerDeploy.TestUtils;

/// <summary>An <see cref="IProgress{T}"/> that records reports synchronously, in order.</summary>
internal sealed class RecordingProgress<T> : IProgress<T>
{
    public ConcurrentQueue<T> Reports { get; } = new();

    public void Report(T value) => Reports.Enqueue(value);
}
