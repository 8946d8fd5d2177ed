using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// An in-memory transport that answers each attempt with the reply <c>reply(request, n)</c> builds (n = 1 for the
/// first attempt it sees), synchronously, and notes what each attempt carried: path, <c>X-Amz-Date</c>, the SigV4
/// signature and the session token, so a test can look for them in whatever the client surfaces.
/// </summary>
public sealed class ReplyTransport(Func<HttpRequestMessage, int, HttpResponseMessage> reply) : HttpMessageHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

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

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
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
        var response = reply(request, n);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
