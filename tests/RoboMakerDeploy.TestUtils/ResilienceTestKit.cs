using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// Builds clients in virtual time over an <see cref="InMemoryTransport"/> (in memory, or passed through to a local
/// server), and serves <see cref="CannedReplies"/> from WireMock for the tests that need a real socket.
/// </summary>
public static class ResilienceTestKit
{
    /// <summary>
    /// Options against <paramref name="serviceUrl"/> on <paramref name="clock"/>; timeouts off and zero
    /// backoff unless the test sets them, so the only timers are the ones a test is about.
    /// </summary>
    public static RoboMakerDeployClientOptions Options(string serviceUrl, VirtualClock clock, Action<RoboMakerDeployClientOptions>? configure = null)
    {
        var options = new RoboMakerDeployClientOptions
        {
            Region = "us-west-2",
            ServiceUrl = new Uri(serviceUrl),
            Credentials = new StaticCredentialsProvider("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            TimeProvider = clock,
            AttemptTimeout = null,
            Timeout = null,
            JitterSource = static () => 0,
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A client of a real server at <paramref name="serviceUrl"/> whose transport (<see cref="InMemoryTransport.PassThrough"/>) records every attempt that leaves it.</summary>
    public static RoboMakerDeployClient Client(string serviceUrl, VirtualClock clock, out InMemoryTransport transport, Action<RoboMakerDeployClientOptions>? configure = null)
    {
        transport = InMemoryTransport.PassThrough();
        return new RoboMakerDeployClient(Options(serviceUrl, clock, configure), transport);
    }

    /// <summary>A client over <paramref name="transport"/>, in memory: no sockets, no real time.</summary>
    public static RoboMakerDeployClient Client(InMemoryTransport transport, VirtualClock clock, Action<RoboMakerDeployClientOptions>? configure = null) =>
        new(Options(InMemoryTransport.Url.ToString(), clock, configure), transport);

    /// <summary>
    /// Serves <paramref name="replies"/> in order on POST <paramref name="path"/>, the last one for
    /// every further request.
    /// </summary>
    public static void Sequence(WireMockServer server, string path, params HttpResponseMessage[] replies) =>
        Sequence(server, path, [.. replies.Select(ToWireMock)]);

    /// <summary>As <see cref="Sequence(WireMockServer, string, HttpResponseMessage[])"/>, with WireMock's own builders (for faults only WireMock can make).</summary>
    public static void Sequence(WireMockServer server, string path, params IResponseBuilder[] replies)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Length == 1)
        {
            server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(replies[0]);
            return;
        }
        var scenario = "seq " + path;
        for (var i = 0; i < replies.Length; i++)
        {
            var provider = server.Given(Request.Create().WithPath(path).UsingPost()).InScenario(scenario);
            if (i > 0) provider = provider.WhenStateIs("s" + i);
            var next = Math.Min(i + 1, replies.Length - 1);
            provider = next == 0 ? provider : provider.WillSetStateTo("s" + next);
            provider.RespondWith(replies[i]);
        }
    }

    /// <summary>WireMock's form of a canned reply: its status, headers and body (the reply is read and disposed).</summary>
    public static IResponseBuilder ToWireMock(HttpResponseMessage reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        using (reply)
        {
            var builder = Response.Create().WithStatusCode((int)reply.StatusCode);
            foreach (var header in reply.Headers) builder = builder.WithHeader(header.Key, [.. header.Value]);
            foreach (var header in reply.Content.Headers)
            {
                if (header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                builder = builder.WithHeader(header.Key, string.Join(", ", header.Value));
            }
            var body = reply.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            return body.Length == 0 ? builder : builder.WithBody(body);
        }
    }
}
