namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// <c>--retained [pages]</c>: enumerates 100,000 jobs (1000 pages of 100) through the paginator and, every
/// 100 pages, forces a full collection and records the live heap. Memory holds no more than the current
/// page when the live heap does not grow with the pages already seen: the check fails (exit code 1) when
/// the last sample exceeds the first by more than two pages' worth of parsed jobs.
/// </summary>
internal static class RetainedMemoryCheck
{
    public static async Task<int> RunAsync(int pages)
    {
        using var handler = new InMemoryHandler(robots: 1, jobsPerPage: 100) { Pages = pages };
        using var client = ClientStackBenchmarks.CreateClient(handler);

        // The size of one parsed page, to judge growth against.
        var before = Live();
        var onePage = await client.ListDeploymentJobsAsync(Canned.ListRequest).ConfigureAwait(false);
        var pageBytes = Live() - before;
        GC.KeepAlive(onePage);
        onePage = null;
        handler.ResetListing();

        var samples = new List<(int Page, long Live)>();
        var jobs = 0;
        var page = 0;
        await foreach (var p in client.ListDeploymentJobPagesAsync(Canned.ListRequest).ConfigureAwait(false))
        {
            jobs += p.DeploymentJobs.Count;
            page++;
            if (page == 1 || page % 100 == 0) samples.Add((page, Live()));
        }

        Console.WriteLine($"One parsed page of 100 jobs holds about {pageBytes:N0} bytes; enumerated {jobs:N0} jobs in {page:N0} pages.");
        Console.WriteLine("page    live heap after a full GC (bytes)");
        foreach (var (p, live) in samples) Console.WriteLine($"{p,5}   {live,14:N0}");
        var growth = samples[^1].Live - samples[0].Live;
        var ok = growth <= 2 * pageBytes;
        Console.WriteLine($"Growth from page 1 to page {samples[^1].Page}: {growth:N0} bytes ({(ok ? "flat: PASS" : "GROWS: FAIL")}; limit {2 * pageBytes:N0}).");
        return ok ? 0 : 1;
    }

    private static long Live()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
