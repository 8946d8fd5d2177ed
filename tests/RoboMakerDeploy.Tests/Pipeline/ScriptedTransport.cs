using System.Net;
using System.Text;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// An in-memory transport: the first <c>hangs</c> attempts never answer (they end only when their
/// token is canceled, as a stuck connection would); later attempts answer 200 with <c>replyJson</c>.
/// </summary>
public sealed class ScriptedTransport(int hangs, string replyJson) : HttpMessageHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _count) <= hangs)
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
