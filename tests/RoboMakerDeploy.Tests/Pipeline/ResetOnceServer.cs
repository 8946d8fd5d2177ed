using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 that resets the first <c>resets</c> connections as soon as it
/// accepts them (no reply at all), then answers each request with 200 and a fixed JSON body.
/// </summary>
public sealed class ResetOnceServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly string _replyJson;
    private int _resetsLeft;
    private int _connections;

    public ResetOnceServer(string replyJson, int resets = 1)
    {
        _replyJson = replyJson;
        _resetsLeft = resets;
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

    public int Connections => Volatile.Read(ref _connections);

    public List<byte[]> Bodies { get; } = [];

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            if (Interlocked.Decrement(ref _resetsLeft) >= 0)
            {
                // Linger 0 turns the close into a TCP RST: a connection reset, not a clean end.
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                continue;
            }
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: true);
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0) return;
            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }
        var head = Encoding.ASCII.GetString([.. buffer.Take(headerEnd)]);
        var length = head.Split("\r\n")
            .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        while (buffer.Count < headerEnd + 4 + length)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0) return;
            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }
        lock (Bodies) Bodies.Add([.. buffer.Skip(headerEnd + 4).Take(length)]);
        var body = Encoding.UTF8.GetBytes(_replyJson);
        var reply = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(reply, _stop.Token);
        await stream.WriteAsync(body, _stop.Token);
        await stream.FlushAsync(_stop.Token);
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') return i;
        }
        return -1;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }
}
