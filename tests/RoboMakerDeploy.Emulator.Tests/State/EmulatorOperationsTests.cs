using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.State;

public class EmulatorOperationsTests
{
    [Fact]
    public async Task Create_returns_a_pending_job_with_a_service_shaped_arn_and_the_request_echoed()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock);
        using var client = Client(emulator, clock);
        var request = NewJob(FleetArn("create"), new DeploymentConfig { ConcurrentDeploymentPercentage = 50, FailureThresholdPercentage = 25 });

        var job = await client.CreateDeploymentJobAsync(request);

        Assert.Matches(@"^arn:aws:robomaker:us-west-2:123456789012:deployment-job/deployment-[a-z0-9]{12}$", job.Arn);
        Assert.Equal(request.Fleet, job.Fleet);
        Assert.Equal(DeploymentStatus.Pending, job.Status);
        Assert.Equal(request.DeploymentApplicationConfigs, job.DeploymentApplicationConfigs);
        Assert.Equal(request.DeploymentConfig, job.DeploymentConfig);
        Assert.Equal(request.Tags, job.Tags);
        Assert.Equal(Start, job.CreatedAt);
        Assert.Null(job.FailureCode);
    }

    [Fact]
    public async Task Describe_lists_every_robot_of_the_fleet_with_its_status()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, o => o.RobotsPerFleet = 3);
        using var client = Client(emulator, clock);
        var created = await client.CreateDeploymentJobAsync(NewJob(FleetArn("describe")));

        var described = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = created.Arn! });

        Assert.Equal(created.Arn, described.Arn);
        Assert.Equal(DeploymentStatus.Pending, described.Status);
        Assert.Equal(created.Tags, described.Tags);
        Assert.Equal(3, described.RobotDeploymentSummary.Count);
        Assert.All(described.RobotDeploymentSummary, robot =>
        {
            Assert.Matches(@"^arn:aws:robomaker:us-west-2:123456789012:robot/describe-robot-0\d/\d{13}$", robot.Arn);
            Assert.Equal(RobotStatus.PendingNewDeployment, robot.Status);
        });
        Assert.Equal(3, described.RobotDeploymentSummary.Select(r => r.Arn).Distinct().Count());
    }

    [Fact]
    public async Task The_same_token_and_body_give_the_same_job()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);
        var request = NewJob(FleetArn("idem"), token: "token-1");

        var first = await client.CreateDeploymentJobAsync(request);
        var second = await client.CreateDeploymentJobAsync(request);

        Assert.Equal(first.Arn, second.Arn);
        var all = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest());
        Assert.Single(all.DeploymentJobs);
    }

    [Fact]
    public async Task The_same_token_with_another_body_is_an_idempotent_parameter_mismatch()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);
        await client.CreateDeploymentJobAsync(NewJob(FleetArn("idem"), token: "token-1"));

        var changed = NewJob(FleetArn("idem"), token: "token-1") with { Tags = new Dictionary<string, string> { ["team"] = "other" } };
        var error = await Assert.ThrowsAsync<IdempotentParameterMismatchException>(() => client.CreateDeploymentJobAsync(changed));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task A_second_job_on_a_fleet_with_an_active_job_is_a_concurrent_deployment()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock);
        using var client = Client(emulator, clock);
        var first = await client.CreateDeploymentJobAsync(NewJob(FleetArn("busy")));

        var error = await Assert.ThrowsAsync<ConcurrentDeploymentException>(() => client.CreateDeploymentJobAsync(NewJob(FleetArn("busy"))));
        Assert.Contains(first.Arn!, error.Message, StringComparison.Ordinal);

        // Another fleet is free; and once the job is over, the fleet is free again.
        await client.CreateDeploymentJobAsync(NewJob(FleetArn("other")));
        clock.Advance(emulator.Options.JobDuration);
        var second = await client.CreateDeploymentJobAsync(NewJob(FleetArn("busy")));
        Assert.NotEqual(first.Arn, second.Arn);
    }

    [Fact]
    public async Task Describing_or_cancelling_an_unknown_job_is_resource_not_found()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);
        const string unknown = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/deployment-doesnotexist";

        var describe = await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = unknown }));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = unknown }));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, describe.StatusCode);
        Assert.Contains(unknown, describe.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:robomaker:eu-west-1:123456789012:deployment-fleet/f/1", "eu-west-1")]
    [InlineData("arn:aws:robomaker:us-west-2:123456789012:simulation-job/f/1", "fleet ARN")]
    [InlineData("arn:aws:robomaker:us-west-2:12345:deployment-fleet/f/1", "fleet ARN")]
    public async Task A_fleet_arn_that_is_malformed_or_of_another_region_is_an_invalid_parameter(string fleet, string expected)
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);

        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => client.CreateDeploymentJobAsync(NewJob(fleet)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_application_that_is_not_a_robot_application_arn_is_an_invalid_parameter()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);
        var request = NewJob(FleetArn("f"));
        request = request with { DeploymentApplicationConfigs = [request.DeploymentApplicationConfigs[0] with { Application = "arn:aws:s3:::bucket" }] };

        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => client.CreateDeploymentJobAsync(request));

        Assert.Contains("deploymentApplicationConfigs[0].application", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_redeploys_the_latest_job_of_the_fleet()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock);
        using var client = Client(emulator, clock);
        var config = new DeploymentConfig { ConcurrentDeploymentPercentage = 25 };
        var original = await client.CreateDeploymentJobAsync(NewJob(FleetArn("sync"), config));

        // While the original runs, sync is refused; after it, it copies its configuration.
        await Assert.ThrowsAsync<ConcurrentDeploymentException>(() => client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn("sync") }));
        clock.Advance(emulator.Options.JobDuration);
        var synced = await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn("sync"), ClientRequestToken = "sync-1" });

        Assert.NotEqual(original.Arn, synced.Arn);
        Assert.Equal(original.Fleet, synced.Fleet);
        Assert.Equal(DeploymentStatus.Pending, synced.Status);
        Assert.Equal(original.DeploymentApplicationConfigs, synced.DeploymentApplicationConfigs);
        Assert.Equal(config, synced.DeploymentConfig);

        // Retrying the same sync gives the same job.
        var again = await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn("sync"), ClientRequestToken = "sync-1" });
        Assert.Equal(synced.Arn, again.Arn);
    }

    [Fact]
    public async Task Sync_of_a_fleet_without_deployments_is_resource_not_found()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn("never-deployed") }));
    }

    [Fact]
    public async Task Cancel_stops_a_running_job_and_is_a_no_op_on_a_finished_one()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, o => o.JobDuration = TimeSpan.FromSeconds(10));
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("cancel")));
        clock.Advance(TimeSpan.FromSeconds(5)); // InProgress, robots mid-deployment

        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = job.Arn! });
        clock.Advance(TimeSpan.FromSeconds(30));
        var canceled = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });

        Assert.Equal(DeploymentStatus.Canceled, canceled.Status);
        Assert.All(canceled.RobotDeploymentSummary, robot =>
        {
            Assert.Equal(RobotStatus.Failed, robot.Status);
            Assert.Equal(DeploymentJobErrorCode.RobotDeploymentAborted, robot.FailureCode);
            Assert.Equal(Start.AddSeconds(5), robot.DeploymentFinishTime);
        });

        // Cancelling again (or a job that already ended) succeeds and changes nothing.
        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = job.Arn! });
        var next = await client.CreateDeploymentJobAsync(NewJob(FleetArn("cancel")));
        clock.Advance(TimeSpan.FromSeconds(10));
        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = next.Arn! });
        Assert.Equal(DeploymentStatus.Succeeded, (await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = next.Arn! })).Status);
        Assert.Equal(DeploymentStatus.Canceled, (await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! })).Status);
    }

    [Fact]
    public async Task List_filters_by_status_and_by_fleet_name()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock);
        using var client = Client(emulator, clock);
        var done = await client.CreateDeploymentJobAsync(NewJob(FleetArn("alpha")));
        clock.Advance(emulator.Options.JobDuration);
        var running = await client.CreateDeploymentJobAsync(NewJob(FleetArn("beta")));
        var canceled = await client.CreateDeploymentJobAsync(NewJob(FleetArn("gamma")));
        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = canceled.Arn! });

        var succeeded = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByStatus(DeploymentStatus.Succeeded)] });
        var canceledOnly = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByStatus(DeploymentStatus.Canceled)] });
        var byFleet = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("gamma")] });
        // The API page allows up to three values for one filter name (the model's FilterValues says 1): either fleet.
        var twoValues = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("alpha", "gamma")] });

        Assert.Equal([done.Arn], succeeded.DeploymentJobs.Select(j => j.Arn));
        Assert.Equal([canceled.Arn], canceledOnly.DeploymentJobs.Select(j => j.Arn));
        Assert.Equal([canceled.Arn], byFleet.DeploymentJobs.Select(j => j.Arn));
        Assert.Null(byFleet.NextToken);
        Assert.Equal([canceled.Arn, done.Arn], twoValues.DeploymentJobs.Select(j => j.Arn));
        Assert.NotNull(running.Arn);
    }

    [Fact]
    public async Task List_rejects_an_unknown_status_and_a_forged_token()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);

        var badStatus = await Assert.ThrowsAsync<InvalidParameterException>(() => client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest
        {
            Filters = [new Filter { Name = "status", Values = ["Sleeping"] }],
        }));
        var badToken = await Assert.ThrowsAsync<InvalidParameterException>(() => client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { NextToken = "bm90LWEtdG9rZW4" }));

        Assert.Contains("Sleeping", badStatus.Message, StringComparison.Ordinal);
        Assert.Contains("nextToken", badToken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_are_refused_at_start()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(configure: o => { o.Region = "mars"; o.RobotsPerFleet = 0; }));

        Assert.Contains("Region 'mars'", error.Message, StringComparison.Ordinal);
        Assert.Contains("RobotsPerFleet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signatures_are_verified_when_required_and_the_build_can()
    {
        await using var required = await StartAsync();
        await using var optional = await StartAsync(configure: o => o.RequireSignatures = false);

        Assert.True(required.VerifiesSignatures);
        Assert.False(optional.VerifiesSignatures);
        Assert.NotEqual(required.Endpoint.Port, optional.Endpoint.Port);
        Assert.Equal("127.0.0.1", required.Endpoint.Host);
    }
}
