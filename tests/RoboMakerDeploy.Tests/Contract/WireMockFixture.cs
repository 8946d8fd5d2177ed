using System.Text;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>
/// One WireMock server per test class (xunit runs the tests of a class one after another), reset by
/// each test class constructor, and clients built exactly as the brief prescribes.
/// </summary>
public sealed class WireMockFixture : IDisposable
{
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string AccessKey = "AKIDEXAMPLE";
    public const string RequestId = "4f1c6c1e-8a9b-4c1e-9d1e-000000000001";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public RoboMakerDeployClient CreateClient() => new(new RoboMakerDeployClientOptions
    {
        Region = "us-west-2",
        ServiceUrl = new Uri(Server.Url!),
        Credentials = new StaticCredentialsProvider(AccessKey, SecretKey),
        MaxAttempts = 1,
    });

    public void Reset() => Server.Reset();

    /// <summary>Answers POST <paramref name="path"/> with 200 and a JSON body.</summary>
    public void ReplyJson(string path, string json, int status = 200) =>
        Server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create()
                .WithStatusCode(status)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("x-amzn-RequestId", RequestId)
                .WithBody(json));

    /// <summary>Answers POST <paramref name="path"/> with any status, headers and (possibly empty) body.</summary>
    public void Reply(string path, int status, string? body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        foreach (var (name, value) in headers) response = response.WithHeader(name, value);
        if (body is not null) response = response.WithBody(body);
        Server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(response);
    }

    /// <summary>Answers POST <paramref name="path"/> with <paramref name="reply"/>, one of <see cref="CannedReplies"/>.</summary>
    public void Reply(string path, HttpResponseMessage reply) =>
        Server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(ResilienceTestKit.ToWireMock(reply));

    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries];

    public ILogEntry SingleRequest() => Assert.Single(Server.LogEntries);

    public static string Header(ILogEntry entry, string name)
    {
        var headers = entry.RequestMessage!.Headers!;
        var match = headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        Assert.True(match.Key is not null, $"header {name} missing; got {string.Join(", ", headers.Keys)}");
        return string.Join(",", match.Value);
    }

    public static bool HasHeader(ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers!.Keys.Any(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Asserts the framing every operation shares: POST to the path, Content-Type exactly
    /// application/json, a Content-Length equal to the body, no chunking; returns the body as text.
    /// </summary>
    public static string AssertJsonPost(ILogEntry entry, string path)
    {
        var request = entry.RequestMessage!;
        Assert.Equal("POST", request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal("application/json", Header(entry, "Content-Type"));
        var body = request.BodyAsBytes ?? [];
        Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(entry, "Content-Length"));
        Assert.False(HasHeader(entry, "Transfer-Encoding"), "the body must not be chunked");
        return Encoding.UTF8.GetString(body);
    }

    public void Dispose() => Server.Stop();
}
