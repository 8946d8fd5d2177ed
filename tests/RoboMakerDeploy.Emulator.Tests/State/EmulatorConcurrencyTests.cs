using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.State;

public class EmulatorConcurrencyTests
{
    [Fact]
    public async Task Many_concurrent_creates_on_different_fleets_all_succeed_with_distinct_jobs()
    {
        await using var emulator = await StartAsync(configure: o => o.RobotsPerFleet = 2);
        using var client = Client(emulator);

        var jobs = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => client.CreateDeploymentJobAsync(NewJob(FleetArn($"parallel-{i}"))))));

        Assert.Equal(64, jobs.Select(j => j.Arn).Distinct().Count());
        var listed = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest());
        Assert.Equal(64, listed.DeploymentJobs.Count);
    }

    [Fact]
    public async Task Concurrent_creates_on_one_fleet_let_exactly_one_job_through()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);

        var attempts = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            try
            {
                return (await client.CreateDeploymentJobAsync(NewJob(FleetArn("contended")))).Arn;
            }
            catch (ConcurrentDeploymentException)
            {
                return null;
            }
        }));
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, arn => arn is not null);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_token_make_one_job()
    {
        await using var emulator = await StartAsync();
        using var client = Client(emulator);
        var request = NewJob(FleetArn("same-token"), token: "shared-token");

        var jobs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => client.CreateDeploymentJobAsync(request))));

        Assert.Single(jobs.Select(j => j.Arn).Distinct());
    }
}
