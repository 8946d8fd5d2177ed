using System.Net;
using Microsoft.Extensions.Time.Testing;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// The shared-configuration settings as the pipeline applies them (issue: configuration parity): the resolved max
/// attempts, the adaptive retry mode's rate limiter, and the AWS SDKs' identification headers on every attempt.
/// </summary>
public sealed class SharedConfigurationInPipelineTests : IDisposable
{
    private const string JobArn = CannedReplies.JobArn;

    private readonly string _home = Directory.CreateTempSubdirectory("rmd-config-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private RoboMakerDeployClientOptions Options(IReadOnlyDictionary<string, string>? variables = null) => new()
    {
        Region = "us-west-2",
        Credentials = new StaticCredentialsProvider("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        TimeProvider = _time,
        JitterSource = static () => 0,
        Environment = new AwsEnvironment(name => variables is not null && variables.TryGetValue(name, out var value) ? value : null, _home),
    };

    private static HttpResponseMessage Throttle() => CannedReplies.Throttled();

    private static HttpResponseMessage Described() => CannedReplies.Ok(CannedReplies.Describe("Succeeded"));

    private static DescribeDeploymentJobRequest Describe() => new() { Job = JobArn };

    [Fact]
    public async Task AWS_MAX_ATTEMPTS_5_lets_a_call_survive_four_throttles()
    {
        var transport = new InMemoryTransport((_, n) => n <= 4 ? Throttle() : Described());
        using var client = new RoboMakerDeployClient(Options(new Dictionary<string, string> { ["AWS_MAX_ATTEMPTS"] = "5" }), transport);

        var response = await client.DescribeDeploymentJobAsync(Describe());

        Assert.Equal(DeploymentStatus.Succeeded, response.Status);
        Assert.Equal(5, transport.Count);
        Assert.Equal(5, response.ResponseMetadata!.Attempts);
        Assert.Equal(4, response.ResponseMetadata.ThrottledAttempts);
    }

    [Fact]
    public async Task Without_AWS_MAX_ATTEMPTS_the_default_3_attempts_give_up_on_the_third_throttle()
    {
        var transport = new InMemoryTransport((_, n) => n <= 4 ? Throttle() : Described());
        using var client = new RoboMakerDeployClient(Options(), transport);

        var ex = await Assert.ThrowsAsync<ThrottlingException>(() => client.DescribeDeploymentJobAsync(Describe()));

        Assert.Equal(3, ex.Attempts);
        Assert.Equal(3, transport.Count);
    }

    [Fact]
    public async Task Every_attempt_carries_the_identification_headers_with_one_invocation_id_per_call()
    {
        var seen = new List<(string InvocationId, string Request, string UserAgent, string Authorization)>();
        var transport = new InMemoryTransport((request, n) =>
        {
            seen.Add((
                request.Headers.GetValues("amz-sdk-invocation-id").Single(),
                request.Headers.GetValues("amz-sdk-request").Single(),
                string.Join(" ", request.Headers.GetValues("User-Agent")),
                request.Headers.GetValues("Authorization").Single()));
            return n is 1 or 2 ? Throttle() : Described();
        });
        var options = Options();
        options.AppId = "fleet-dashboard";
        using var client = new RoboMakerDeployClient(options, transport);

        await client.DescribeDeploymentJobAsync(Describe());
        await client.DescribeDeploymentJobAsync(Describe());

        Assert.Equal(4, seen.Count);
        // The first call took three attempts with one invocation id; the second call has its own.
        Assert.Equal(seen[0].InvocationId, seen[1].InvocationId);
        Assert.Equal(seen[0].InvocationId, seen[2].InvocationId);
        Assert.NotEqual(seen[0].InvocationId, seen[3].InvocationId);
        Assert.Equal(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3", "attempt=1; max=3"], seen.Select(s => s.Request));
        Assert.All(seen, s =>
        {
            Assert.StartsWith("robomakerdeploy-dotnet/", s.UserAgent, StringComparison.Ordinal);
            Assert.Contains("app/fleet-dashboard", s.UserAgent, StringComparison.Ordinal);
            Assert.Contains("cfg/retry-mode#standard", s.UserAgent, StringComparison.Ordinal);
            // Signed as the AWS SDKs sign them: the amz-sdk-* headers are, the User-Agent is not.
            Assert.Contains("SignedHeaders=amz-sdk-invocation-id;amz-sdk-request;content-type;host;x-amz-date,", s.Authorization, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task In_adaptive_mode_a_throttled_call_slows_the_next_send_until_the_clock_moves()
    {
        var throttling = true;
        var transport = new InMemoryTransport((_, _) => throttling ? Throttle() : Described());
        var options = Options(new Dictionary<string, string> { ["AWS_RETRY_MODE"] = "adaptive" });
        options.MaxAttempts = 1;
        using var client = new RoboMakerDeployClient(options, transport);

        await Assert.ThrowsAsync<ThrottlingException>(() => client.DescribeDeploymentJobAsync(Describe()));
        throttling = false;
        var next = client.DescribeDeploymentJobAsync(Describe());

        // Once throttled, the client-side rate limiter spaces sends by its token bucket: nothing goes out until
        // virtual time passes.
        Assert.False(next.IsCompleted);
        Assert.Equal(1, transport.Count);
        _time.Advance(TimeSpan.FromSeconds(10));
        var response = await next;
        Assert.Equal(DeploymentStatus.Succeeded, response.Status);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task In_standard_mode_a_throttled_call_does_not_hold_the_next_send_back()
    {
        var throttling = true;
        var transport = new InMemoryTransport((_, _) => throttling ? Throttle() : Described());
        var options = Options();
        options.MaxAttempts = 1;
        using var client = new RoboMakerDeployClient(options, transport);

        await Assert.ThrowsAsync<ThrottlingException>(() => client.DescribeDeploymentJobAsync(Describe()));
        throttling = false;
        var next = client.DescribeDeploymentJobAsync(Describe());

        Assert.True(next.IsCompleted);
        Assert.Equal(DeploymentStatus.Succeeded, (await next).Status);
    }
}
