using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// The tests' in-memory service: answers each POST path with its scripted replies in order (the last one for every
/// further request), synchronously and without sockets, and keeps the body of every request it received.
/// Put it under a <see cref="RecordingTransport"/> (see <see cref="ResilienceTestKit.Client(InMemoryService, VirtualClock, out RecordingTransport, Action{RoboMakerDeployClientOptions}?)"/>).
/// </summary>
public sealed class InMemoryService : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, (Func<HttpResponseMessage>[] Replies, int Served)> _paths = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>The base address clients use; nothing listens there.</summary>
    public Uri Url { get; } = new("https://robomaker.test/");

    /// <summary>The body of every request received, in order.</summary>
    public ConcurrentQueue<byte[]> Received { get; } = new();

    /// <summary>Serves <paramref name="replies"/> in order on <paramref name="path"/>, the last one for every further request.</summary>
    public void Sequence(string path, params Func<HttpResponseMessage>[] replies)
    {
        lock (_gate) _paths[path] = (replies, 0);
    }

    /// <summary>Forgets every scripted path.</summary>
    public void Reset()
    {
        lock (_gate) _paths.Clear();
    }

    /// <summary>A reply with <paramref name="status"/>, <paramref name="body"/> and the given headers.</summary>
    public static Func<HttpResponseMessage> Reply(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers) => () =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8) };
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value)) response.Content.Headers.TryAddWithoutValidation(name, value);
        }
        return response;
    };

    /// <summary>200 with a JSON body.</summary>
    public static Func<HttpResponseMessage> Ok(string json) => Reply(200, json);

    /// <summary>An AWS JSON error reply, as <see cref="ResilienceTestKit.Error"/> serves it over WireMock.</summary>
    public static Func<HttpResponseMessage> Error(int status, string code, string message = "nope", string requestId = "req-1") =>
        Reply(status, $$"""{"message":"{{message}}"}""", "application/x-amz-json-1.1",
            ("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazonaws.robomaker/"),
            ("x-amzn-RequestId", requestId));

    /// <summary>A throttling error reply.</summary>
    public static Func<HttpResponseMessage> Throttled(string requestId = "req-throttle") => Error(400, "ThrottlingException", "Rate exceeded", requestId);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Received.Enqueue(request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken));
        Func<HttpResponseMessage> reply;
        lock (_gate)
        {
            if (!_paths.TryGetValue(request.RequestUri!.AbsolutePath, out var script))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, Content = new StringContent("no mapping") };
            }
            reply = script.Replies[Math.Min(script.Served, script.Replies.Length - 1)];
            _paths[request.RequestUri!.AbsolutePath] = (script.Replies, script.Served + 1);
        }
        var response = reply();
        response.RequestMessage = request;
        return response;
    }
}
