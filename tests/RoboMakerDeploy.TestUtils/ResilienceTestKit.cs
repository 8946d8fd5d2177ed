using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RoboMakerDeploy.TestUtils;

/// <summary>Builds clients against a local server in virtual time, and scripted reply sequences.</summary>
public static class ResilienceTestKit
{
    public const string JobArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/job-1";
    public const string FleetArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/fleet-1/1";
    public const string AppArn = "arn:aws:robomaker:us-west-2:123456789012:robot-application/app/1";

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

    /// <summary>A client whose transport counts and records every attempt that leaves it.</summary>
    public static RoboMakerDeployClient Client(string serviceUrl, VirtualClock clock, out RecordingTransport transport, Action<RoboMakerDeployClientOptions>? configure = null)
    {
        transport = new RecordingTransport();
        return new RoboMakerDeployClient(Options(serviceUrl, clock, configure), transport);
    }

    /// <summary>A client over <paramref name="service"/>, in memory: no sockets, no real time.</summary>
    public static RoboMakerDeployClient Client(InMemoryService service, VirtualClock clock, out RecordingTransport transport, Action<RoboMakerDeployClientOptions>? configure = null)
    {
        transport = new RecordingTransport(service);
        return new RoboMakerDeployClient(Options(service.Url.ToString(), clock, configure), transport);
    }

    /// <summary>
    /// Serves <paramref name="replies"/> in order on POST <paramref name="path"/>, the last one for
    /// every further request.
    /// </summary>
    public static void Sequence(WireMockServer server, string path, params IResponseBuilder[] replies)
    {
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

    public static IResponseBuilder Ok(string json) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json);

    public static IResponseBuilder Error(int status, string code, string message = "nope", string requestId = "req-1") =>
        Response.Create().WithStatusCode(status)
            .WithHeader("Content-Type", "application/x-amz-json-1.1")
            .WithHeader("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazonaws.robomaker/")
            .WithHeader("x-amzn-RequestId", requestId)
            .WithBody($$"""{"message":"{{message}}"}""");

    public static IResponseBuilder Throttled(string requestId = "req-throttle") => Error(400, "ThrottlingException", "Rate exceeded", requestId);

    public static string Describe(string status, string robots = "[]") =>
        $$"""{"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"{{status}}","createdAt":1709294400,"deploymentApplicationConfigs":[],"robotDeploymentSummary":{{robots}}}""";

    public static string CreateReply => $$$"""{"arn":"{{{JobArn}}}","fleet":"{{{FleetArn}}}","status":"Pending","createdAt":1709294400,"deploymentApplicationConfigs":[{"application":"{{{AppArn}}}","applicationVersion":"1","launchConfig":{"packageName":"pkg","launchFile":"go.launch"}}]}""";

    public static RoboMakerDeploy.Models.CreateDeploymentJobRequest CreateRequest(string? token = null) => new()
    {
        ClientRequestToken = token,
        Fleet = FleetArn,
        DeploymentApplicationConfigs =
        [
            new RoboMakerDeploy.Models.DeploymentApplicationConfig
            {
                Application = AppArn,
                ApplicationVersion = "1",
                LaunchConfig = new RoboMakerDeploy.Models.DeploymentLaunchConfig { PackageName = "pkg", LaunchFile = "go.launch" },
            },
        ],
    };
}
