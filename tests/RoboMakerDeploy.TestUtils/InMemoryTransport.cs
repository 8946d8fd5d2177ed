using System.Collections.Concurrent;
using System.Net;

namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// The tests' one transport: the innermost <see cref="HttpMessageHandler"/> of a client. It records every attempt that
/// reaches it (<see cref="Sent"/>: method, URI, headers, body bytes) and answers it in memory, synchronously, without
/// sockets:
/// <list type="bullet">
/// <item>by operation (the path after the last '/'), with replies scripted by <see cref="On"/>, served in order, the last
/// one for every further attempt;</item>
/// <item>otherwise with the reply function given to the constructor (a function of the request and the attempt number, or
/// of the recorded <see cref="SentAttempt"/>); a function may throw, as a broken connection or a timed-out socket would;</item>
/// <item>otherwise 404 "no mapping".</item>
/// </list>
/// An attempt can also hang until its token is canceled (<see cref="HangFirst"/>, <see cref="HangNext"/>: a stuck
/// connection) or take a while of virtual time before it answers (<see cref="WithLatency"/>), so timeout tests run on
/// the <see cref="VirtualClock"/> without real-time sleeping. The few tests that need a real socket (connection faults,
/// an emulator over HTTP) use <see cref="PassThrough"/>: recorded the same way, then sent over the network.
/// Replies come from <see cref="CannedReplies"/>.
/// </summary>
public sealed class InMemoryTransport : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, SentAttempt, CancellationToken, Task<HttpResponseMessage>>? _reply;
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _started = new();
    private readonly Dictionary<string, (ReplySnapshot[] Replies, int Served)> _scripts = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();
    private HttpMessageInvoker? _network;
    private TimeProvider? _latencyClock;
    private TimeSpan[] _latencies = [];
    private TaskCompletionSource _hung = NewSignal();
    private volatile bool _hanging;
    private int _count;

    /// <summary>A transport that answers only what <see cref="On"/> scripts (404 "no mapping" for anything else).</summary>
    public InMemoryTransport()
    {
    }

    /// <summary>A transport that answers each attempt with <c>reply(request, n)</c>, n = 1 for the first attempt it sees (scripts of <see cref="On"/> come first).</summary>
    public InMemoryTransport(Func<HttpRequestMessage, int, HttpResponseMessage> reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _reply = (request, sent, _) => Task.FromResult(reply(request, sent.Number));
    }

    /// <summary>A transport that answers each attempt with <c>reply(sent)</c>, built from the attempt as it was recorded (its signature, session token, body).</summary>
    public InMemoryTransport(Func<SentAttempt, HttpResponseMessage> reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _reply = (_, sent, _) => Task.FromResult(reply(sent));
    }

    /// <summary>The base address in-memory clients use; nothing listens there.</summary>
    public static Uri Url { get; } = new("https://robomaker.test/");

    /// <summary>How many attempts reached the transport.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Every attempt that reached the transport, in order.</summary>
    public ConcurrentQueue<SentAttempt> Sent { get; } = new();

    /// <summary>The first <see cref="HangFirst"/> attempts never answer: they end only when their token is canceled, as on a stuck connection.</summary>
    public int HangFirst { get; init; }

    /// <summary>While set, every attempt hangs until its token is canceled (see <see cref="HangNext"/>).</summary>
    public bool Hanging
    {
        get => _hanging;
        set => _hanging = value;
    }

    /// <summary>Answers every attempt with <paramref name="status"/> and <paramref name="body"/> (JSON).</summary>
    public static InMemoryTransport Always(HttpStatusCode status, string body) => new((_, _) => CannedReplies.Reply(status, body));

    /// <summary>The first <paramref name="hangs"/> attempts hang until canceled; later ones answer 200 with <paramref name="json"/>.</summary>
    public static InMemoryTransport HangingThenOk(int hangs, string json) => new((_, _) => CannedReplies.Ok(json)) { HangFirst = hangs };

    /// <summary>
    /// Records each attempt as the in-memory transport does, then sends it over the network (a <see cref="SocketsHttpHandler"/>
    /// that follows no redirects): for the tests that need a real socket (connection faults, WireMock, an emulator).
    /// </summary>
    public static InMemoryTransport PassThrough()
    {
        var network = new HttpMessageInvoker(new SocketsHttpHandler { AllowAutoRedirect = false });
        return new InMemoryTransport((request, _, cancellationToken) => network.SendAsync(request, cancellationToken)) { _network = network };
    }

    private InMemoryTransport(Func<HttpRequestMessage, SentAttempt, CancellationToken, Task<HttpResponseMessage>> reply) => _reply = reply;

    /// <summary>The operation an URI names: its path after the last '/' (<c>/robomaker/describeDeploymentJob</c> gives <c>describeDeploymentJob</c>).</summary>
    public static string OperationOf(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var path = uri.AbsolutePath;
        return path[(path.LastIndexOf('/') + 1)..];
    }

    /// <summary>
    /// Answers <paramref name="operation"/> (the path after the last '/', such as <c>describeDeploymentJob</c>; a leading
    /// '/' is ignored) with <paramref name="replies"/> in order, the last one for every further attempt. Each reply is
    /// copied as it is given (status, headers, body), so it can be served any number of times. Replaces any earlier script
    /// of the operation.
    /// </summary>
    public InMemoryTransport On(string operation, params HttpResponseMessage[] replies)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (replies is not { Length: > 0 }) throw new ArgumentException("Give at least one reply.", nameof(replies));
        var snapshots = replies.Select(ReplySnapshot.Of).ToArray();
        lock (_gate) _scripts[OperationOf(new Uri(Url, operation.TrimStart('/')))] = (snapshots, 0);
        return this;
    }

    /// <summary>Forgets every script of <see cref="On"/> (the reply function, if any, stays).</summary>
    public void Reset()
    {
        lock (_gate) _scripts.Clear();
    }

    /// <summary>
    /// Every attempt waits on <paramref name="clock"/> before it answers: attempt n for <c>latencies[n - 1]</c> (the last
    /// one for every further attempt). Canceling the attempt's token ends the wait, as it would end a read on a socket.
    /// </summary>
    public InMemoryTransport WithLatency(TimeProvider clock, params TimeSpan[] latencies)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (latencies is not { Length: > 0 }) throw new ArgumentException("Give at least one latency.", nameof(latencies));
        _latencyClock = clock;
        _latencies = latencies;
        return this;
    }

    /// <summary>Makes the next attempts hang (sets <see cref="Hanging"/>); the task completes when one is hanging (an event, not a poll).</summary>
    public Task HangNext()
    {
        _hung = NewSignal();
        _hanging = true;
        return _hung.Task;
    }

    /// <summary>Completes when attempt <paramref name="n"/> (1-based) has reached the transport: an event, not a poll (30 s real time as a hang guard).</summary>
    public Task WaitForAttemptAsync(int n) => Started(n).Task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>The body of attempt <paramref name="index"/> (0-based) as UTF-8 text.</summary>
    public string BodyText(int index) => Sent.ElementAt(index).BodyText;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers) values[header.Key] = [.. header.Value];
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers) values[header.Key] = [.. header.Value];
        }
        var headers = values.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var n = Interlocked.Increment(ref _count);
        var sent = new SentAttempt(n, request.Method, request.RequestUri!, headers, body) { HasContent = request.Content is not null, HeaderValues = values };
        Sent.Enqueue(sent);
        Started(n).TrySetResult();

        if (n <= HangFirst || _hanging)
        {
            _hung.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        if (_latencyClock is { } clock)
        {
            var latency = _latencies[Math.Min(n, _latencies.Length) - 1];
            if (latency > TimeSpan.Zero) await Task.Delay(latency, clock, cancellationToken).ConfigureAwait(false);
        }

        HttpResponseMessage response;
        ReplySnapshot? scripted = null;
        lock (_gate)
        {
            if (_scripts.TryGetValue(sent.Operation, out var script))
            {
                scripted = script.Replies[Math.Min(script.Served, script.Replies.Length - 1)];
                _scripts[sent.Operation] = (script.Replies, script.Served + 1);
            }
        }
        if (scripted is not null) response = scripted.Build();
        else if (_reply is not null) response = await _reply(request, sent, cancellationToken).ConfigureAwait(false);
        else response = new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("no mapping") };
        response.RequestMessage ??= request;
        return response;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _network?.Dispose();
        base.Dispose(disposing);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TaskCompletionSource Started(int n) => _started.GetOrAdd(n, static _ => NewSignal());

    /// <summary>A reply as given to <see cref="On"/>: status, headers and body bytes, built afresh for every attempt.</summary>
    private sealed record ReplySnapshot(HttpStatusCode Status, KeyValuePair<string, string[]>[] Headers, KeyValuePair<string, string[]>[] ContentHeaders, byte[] Body)
    {
        public static ReplySnapshot Of(HttpResponseMessage reply)
        {
            using (reply)
            {
                var body = reply.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                return new ReplySnapshot(
                    reply.StatusCode,
                    [.. reply.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray()))],
                    [.. reply.Content.Headers.Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray()))],
                    body);
            }
        }

        public HttpResponseMessage Build()
        {
            var response = new HttpResponseMessage(Status) { Content = new ByteArrayContent(Body) };
            foreach (var (name, values) in Headers) response.Headers.TryAddWithoutValidation(name, values);
            foreach (var (name, values) in ContentHeaders) response.Content.Headers.TryAddWithoutValidation(name, values);
            return response;
        }
    }
}
