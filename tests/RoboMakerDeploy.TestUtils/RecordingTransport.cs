using System.Collections.Concurrent;
using System.Text;

namespace RoboMakerDeploy.TestUtils;

/// <summary>The innermost handler in tests: counts every attempt and keeps its body and headers, then sends it for real or to an in-memory <see cref="InMemoryService"/>.</summary>
public sealed class RecordingTransport : DelegatingHandler
{
    private int _count;

    public RecordingTransport(HttpMessageHandler? inner = null)
        : base(inner ?? new SocketsHttpHandler { AllowAutoRedirect = false })
    {
    }

    public int Count => Volatile.Read(ref _count);

    public ConcurrentQueue<(string Path, byte[] Body, Dictionary<string, string> Headers)> Sent { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Sent.Enqueue((request.RequestUri!.AbsolutePath, body, headers));
        Interlocked.Increment(ref _count);
        return await base.SendAsync(request, cancellationToken);
    }

    public string BodyText(int index) => Encoding.UTF8.GetString(Sent.ElementAt(index).Body);
}
