using System.Net;
using System.Text;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.State;

public class EmulatorFaultTests
{
    [Fact]
    public async Task Throttling_of_the_next_calls_is_absorbed_by_the_clients_retries()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator, configure: o => o.MaxAttempts = 4);
        emulator.Faults.ThrottleNext(3);

        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("throttled")));

        Assert.NotNull(job.Arn);
        Assert.Equal(0, emulator.Faults.PendingThrottles);
        // The retries carried the same token: one job, not four.
        Assert.Single((await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest())).DeploymentJobs);
    }

    [Fact]
    public async Task Throttling_beyond_the_retries_surfaces_as_a_throttling_exception()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator, configure: o => o.MaxAttempts = 2);
        emulator.Faults.ThrottleNext(5);

        var error = await Assert.ThrowsAsync<ThrottlingException>(() => client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(2, error.Attempts);
        Assert.Equal(3, emulator.Faults.PendingThrottles);
    }

    [Fact]
    public async Task Injected_internal_server_errors_are_http_500_and_retried()
    {
        await using var emulator = await StartAsync();
        using var once = Client(emulator, configure: o => o.MaxAttempts = 1);
        using var retrying = Client(emulator, configure: o => o.MaxAttempts = 3);

        emulator.Faults.FailNext(1);
        var error = await Assert.ThrowsAsync<InternalServerException>(() => once.ListDeploymentJobsAsync(new ListDeploymentJobsRequest()));
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);

        emulator.Faults.FailNext(2);
        var reply = await retrying.ListDeploymentJobsAsync(new ListDeploymentJobsRequest());
        Assert.Empty(reply.DeploymentJobs);
        Assert.Equal(0, emulator.Faults.PendingFailures);
    }

    [Fact]
    public async Task Latency_holds_the_reply_until_the_emulators_clock_passes_it()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock);
        using var client = Client(emulator, clock);
        emulator.Faults.Latency = TimeSpan.FromSeconds(30);

        var call = client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest());
        var reply = await DriveAsync(call, clock, TimeSpan.FromSeconds(1));

        Assert.Empty(reply.DeploymentJobs);
        Assert.True(clock.GetUtcNow() >= Start.AddSeconds(30));
    }

    [Fact]
    public async Task The_control_endpoints_report_health_and_set_faults()
    {
        await using var emulator = await StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        var health = await http.GetStringAsync(new Uri("_emulator/health", UriKind.Relative));
        Assert.Contains("\"status\":\"ok\"", health, StringComparison.Ordinal);
        Assert.Contains("\"region\":\"us-west-2\"", health, StringComparison.Ordinal);

        using var set = await http.PostAsync(new Uri("_emulator/faults", UriKind.Relative), new StringContent("""{"throttleNext":2,"failNext":1,"latencyMs":0}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(2, emulator.Faults.PendingThrottles);
        Assert.Equal(1, emulator.Faults.PendingFailures);
        Assert.Equal("""{"throttleNext":2,"failNext":1,"latencyMs":0}""", await set.Content.ReadAsStringAsync());

        using var reset = await http.PostAsync(new Uri("_emulator/faults", UriKind.Relative), new StringContent("""{"reset":true}""", Encoding.UTF8, "application/json"));
        Assert.Equal(0, emulator.Faults.PendingThrottles);
        Assert.Equal(0, emulator.Faults.PendingFailures);
    }

    [Fact]
    public async Task A_request_signed_with_a_wrong_secret_is_rejected_with_403_invalid_signature()
    {
        await using var emulator = await StartAsync();
        Assert.True(emulator.VerifiesSignatures);
        using var client = Client(emulator, configure: o => o.Credentials = new RoboMakerDeploy.StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, "not-the-secret"));
        using var unknownKey = Client(emulator, configure: o => o.Credentials = new RoboMakerDeploy.StaticCredentialsProvider("AKIDUNKNOWN", RoboMakerEmulatorOptions.ExampleSecretAccessKey));
        using var unsigned = new HttpClient { BaseAddress = emulator.Endpoint };

        var error = await Assert.ThrowsAsync<RoboMakerException>(() => client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest()));
        var unknown = await Assert.ThrowsAsync<RoboMakerException>(() => unknownKey.ListDeploymentJobsAsync(new ListDeploymentJobsRequest()));
        using var bare = await unsigned.PostAsync(new Uri("listDeploymentJobs", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("InvalidSignatureException", error.ErrorCode);
        Assert.Equal("UnrecognizedClientException", unknown.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, bare.StatusCode);
        Assert.StartsWith("MissingAuthenticationTokenException", string.Join(",", bare.Headers.GetValues("x-amzn-ErrorType")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_signed_more_than_five_minutes_off_the_emulators_clock_is_rejected()
    {
        var emulatorClock = NewClock();
        var clientClock = NewClock();
        clientClock.Advance(TimeSpan.FromMinutes(6));
        await using var emulator = await StartAsync(emulatorClock, o => o.MaxClockSkew = TimeSpan.FromMinutes(5));
        using var client = Client(emulator, clientClock);

        var error = await Assert.ThrowsAsync<RoboMakerException>(() => client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest()));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("InvalidSignatureException", error.ErrorCode);
    }
}
