using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.State;

public class EmulatorPaginationTests
{
    [Fact]
    public async Task The_paginator_walks_250_jobs_newest_first_in_pages_of_max_results()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, o => o.RobotsPerFleet = 1);
        using var client = Client(emulator, clock);
        var created = new List<string>();
        for (var i = 0; i < 250; i++)
        {
            // Ten fleets; each job is over (one job duration later) before its fleet's next one.
            var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn($"fleet-{i % 10}")));
            created.Add(job.Arn!);
            if (i % 10 == 9) clock.Advance(emulator.Options.JobDuration);
        }

        var pages = new List<ListDeploymentJobsResponse>();
        await foreach (var page in client.ListDeploymentJobPagesAsync(new ListDeploymentJobsRequest { MaxResults = 100 }))
        {
            pages.Add(page);
        }
        var all = new List<string>();
        await foreach (var job in client.ListAllDeploymentJobsAsync())
        {
            all.Add(job.Arn!);
        }

        Assert.Equal([100, 100, 50], pages.Select(p => p.DeploymentJobs.Count));
        Assert.NotNull(pages[0].NextToken);
        Assert.Null(pages[^1].NextToken);
        created.Reverse();
        Assert.Equal(created, pages.SelectMany(p => p.DeploymentJobs).Select(j => j.Arn));
        Assert.Equal(created, all);
    }

    [Fact]
    public async Task A_page_token_continues_its_listing_even_when_jobs_are_created_meanwhile()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, o => o.RobotsPerFleet = 1);
        using var client = Client(emulator, clock);
        for (var i = 0; i < 5; i++)
        {
            await client.CreateDeploymentJobAsync(NewJob(FleetArn($"f{i}")));
        }

        var first = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { MaxResults = 2 });
        await client.CreateDeploymentJobAsync(NewJob(FleetArn("late")));
        var second = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { MaxResults = 2, NextToken = first.NextToken });
        var third = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { MaxResults = 2, NextToken = second.NextToken });

        var fleets = first.DeploymentJobs.Concat(second.DeploymentJobs).Concat(third.DeploymentJobs).Select(j => j.Fleet).ToList();
        Assert.Equal([FleetArn("f4"), FleetArn("f3"), FleetArn("f2"), FleetArn("f1"), FleetArn("f0")], fleets);
        Assert.Null(third.NextToken);

        // A token only continues the listing it came from.
        await Assert.ThrowsAsync<InvalidParameterException>(() => client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest
        {
            NextToken = first.NextToken,
            Filters = [Filter.ByFleetName("f1")],
        }));
    }
}
