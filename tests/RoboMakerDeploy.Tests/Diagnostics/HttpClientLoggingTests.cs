using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Tests.Pipeline;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Diagnostics;

/// <summary>
/// With <c>AddRoboMakerDeployClient</c> and every logger at Trace, including IHttpClientFactory's
/// <c>System.Net.Http.HttpClient.*</c> handlers, no structured log state carries the Authorization header, the session
/// token or the signature (issue 13, part 2).
/// </summary>
public sealed class HttpClientLoggingTests
{
    private const string SessionToken = "IQoJb3JpZ2luX2VjEDependencyInjectionLoggingToken/EXAMPLE+0123456789abcdefghij==";

    [Fact]
    public async Task The_http_client_factorys_logging_at_Trace_sees_no_authorization_token_or_signature()
    {
        var capture = new CapturingLoggerProvider();
        var transport = new InMemoryTransport((_, n) => n == 1 ? Throttled() : Ok(Describe("InProgress")));
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        services.AddRoboMakerDeployClient(o =>
        {
            o.Region = "us-west-2";
            o.Credentials = new StaticCredentialsProvider("ASIADIEXAMPLE", "diSecretKeyEXAMPLE/0123456789+abcdef", SessionToken);
            o.TimeProvider = new VirtualClock();
            o.JitterSource = static () => 0;
        }).ConfigurePrimaryHttpMessageHandler(() => transport);
        // A control client of the same factory, logging as configured: proves the capture sees the factory's handlers.
        services.AddHttpClient("control").ConfigurePrimaryHttpMessageHandler(() => InMemoryTransport.Always(HttpStatusCode.OK, "{}"));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IRoboMakerDeployClient>();
        var job = await client.DescribeDeploymentJobAsync(new RoboMakerDeploy.Models.DescribeDeploymentJobRequest { Job = JobArn });
        using (var control = provider.GetRequiredService<IHttpClientFactory>().CreateClient("control"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://control.example/"));
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer control-secret-0123456789");
            using var response = await control.SendAsync(request);
        }

        Assert.Equal(DeploymentStatus.InProgress, job.Status);
        Assert.Equal(2, transport.Count);
        // The factory's handlers put header values in clear into their structured state (only the message text is
        // redacted), and the capture sees them: the control client's Authorization shows.
        Assert.Contains(capture.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient.control", StringComparison.Ordinal));
        Assert.Contains("control-secret-0123456789", capture.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(capture.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient.RoboMakerDeploy", StringComparison.Ordinal));
        Assert.Contains(capture.Entries, e => e.Category.StartsWith("RoboMakerDeploy", StringComparison.Ordinal));
        var everything = string.Join("\n", capture.Entries.Where(e => !e.Category.Contains(".control.", StringComparison.Ordinal)));
        foreach (var sent in transport.Sent)
        {
            Assert.Equal(SessionToken, sent.SecurityToken);
            Assert.DoesNotContain(sent.Signature!, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(sent.Authorization!, everything, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(SessionToken, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("AWS4-HMAC-SHA256", everything, StringComparison.Ordinal);
    }
}
