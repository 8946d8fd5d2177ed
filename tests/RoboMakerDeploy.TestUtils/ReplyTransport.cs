using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// The in-memory transport for pipeline tests: it answers each attempt with the reply <c>reply(request, n)</c> builds (n = 1 for the
/// first attempt it sees), synchronously, and notes what each attempt carried: path, <c>X-Amz-Date</c>, the SigV4
/// signature and the session token, so a test can look for them in whatever the client surfaces.
/// </summary>
public sealed class ReplyTransport(Func<HttpRequestMessage, int, HttpResponseMessage> reply) : HttpMessageHandler
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _started = new();
    private int _count;
    private int _hangs;

    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// The first <paramref name="hangs"/> attempts never answer (they end only when their token is canceled, as a
    /// stuck connection would); later attempts answer 200 with <paramref name="replyJson"/>.
    /// </summary>
    public static ReplyTransport HangingThenOk(int hangs, string replyJson) =>
        new((_, _) => Reply(HttpStatusCode.OK, replyJson)) { _hangs = hangs };

    /// <summary>Completes when attempt <paramref name="n"/> (1-based) has reached the transport: an event, not a poll (30 s real time as a hang guard).</summary>
    public Task WaitForAttemptAsync(int n) => Started(n).Task.WaitAsync(TimeSpan.FromSeconds(30));

    private TaskCompletionSource Started(int n) => _started.GetOrAdd(n, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public ConcurrentQueue<SentAttempt> Sent { get; } = new();

    /// <summary>Answers every attempt with <paramref name="status"/> and <paramref name="body"/> (JSON unless it says otherwise).</summary>
    public static ReplyTransport Always(HttpStatusCode status, string body) => new((_, _) => Reply(status, body));

    /// <summary>A reply with a UTF-8 body.</summary>
    public static HttpResponseMessage Reply(HttpStatusCode status, string body, string contentType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    /// <summary>A reply whose body is <paramref name="body"/>, as read from the network (no length unless the test sets one).</summary>
    public static HttpResponseMessage Reply(HttpStatusCode status, Stream body, long? contentLength = null)
    {
        var content = new StreamContent(body);
        content.Headers.ContentLength = contentLength;
        return new HttpResponseMessage(status) { Content = content };
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _count);
        var authorization = request.Headers.TryGetValues("Authorization", out var a) ? a.Single() : null;
        var signatureAt = authorization?.IndexOf("Signature=", StringComparison.Ordinal) ?? -1;
        Sent.Enqueue(new SentAttempt(
            request.RequestUri!.AbsolutePath,
            request.Headers.TryGetValues("X-Amz-Date", out var date) ? date.Single() : null,
            authorization,
            signatureAt >= 0 ? authorization![(signatureAt + "Signature=".Length)..] : null,
            request.Headers.TryGetValues("X-Amz-Security-Token", out var token) ? token.Single() : null));
        Started(n).TrySetResult();
        if (n <= _hangs)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        var response = reply(request, n);
        response.RequestMessage = request;
        return response;
    }
}
