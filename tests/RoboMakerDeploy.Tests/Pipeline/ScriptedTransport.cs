using System.Net;
using System.Text;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// An in-memory transport: the first <c>hangs</c> attempts never answer (they end only when their
/// token is canceled, as a stuck connection would); later attempts answer 200 with <c>replyJson</c>.
/// </summary>
public sealed class ScriptedTransport(int hangs, string replyJson) : HttpMessageHandler
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, TaskCompletionSource> _started = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Completes when attempt <paramref name="n"/> (1-based) has reached the transport: an event, not a poll (30 s real time as a hang guard).</summary>
    public Task WaitForAttemptAsync(int n) => Started(n).Task.WaitAsync(TimeSpan.FromSeconds(30));

    private TaskCompletionSource Started(int n) => _started.GetOrAdd(n, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _count);
        Started(n).TrySetResult();
        if (n <= hangs)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(replyJson, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
    }
}
