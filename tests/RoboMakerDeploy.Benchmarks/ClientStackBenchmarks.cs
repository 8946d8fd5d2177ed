using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// One call through the whole client stack (client method → validation → Refit → retry pipeline →
/// diagnostics → reply parsing → signing → in-memory handler → JSON parse into the records) against the
/// raw baseline (<see cref="RawClient"/>) over the same in-memory handler, case by case: each category
/// has its own baseline, so the Ratio column is stack ÷ raw for that call.
/// The client is built as an application would build it: default options (retries, per-call and
/// per-attempt timeouts, retry budget, diagnostics handler with no listeners).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientStackBenchmarks
{
    private InMemoryHandler _oneRobot = null!;
    private InMemoryHandler _fleet = null!;
    private RoboMakerDeployClient _stack = null!;
    private RoboMakerDeployClient _stackFleet = null!;
    private RawClient _raw = null!;
    private RawClient _rawFleet = null!;

    /// <summary>Pages of 100 jobs the "list all" case enumerates (10,000 jobs).</summary>
    public const int ListAllPages = 100;

    [GlobalSetup]
    public void Setup()
    {
        _oneRobot = new InMemoryHandler(robots: 1);
        _fleet = new InMemoryHandler(robots: 1000);
        _stack = CreateClient(_oneRobot);
        _stackFleet = CreateClient(_fleet);
        _raw = new RawClient(_oneRobot);
        _rawFleet = new RawClient(_fleet);
    }

    public static RoboMakerDeployClient CreateClient(HttpMessageHandler transport) => new(
        new RoboMakerDeployClientOptions
        {
            Region = Canned.Region,
            ServiceUrl = Canned.ServiceUrl,
            Credentials = new StaticCredentialsProvider(Canned.AccessKeyId, Canned.SecretAccessKey),
        },
        transport);

    [GlobalCleanup]
    public void Cleanup()
    {
        _stack.Dispose();
        _stackFleet.Dispose();
        _raw.Dispose();
        _rawFleet.Dispose();
        _oneRobot.Dispose();
        _fleet.Dispose();
    }

    [BenchmarkCategory("Create"), Benchmark(Baseline = true, Description = "raw")]
    public Task<CreateDeploymentJobResponse?> Create_Raw() => _raw.CreateDeploymentJobAsync(Canned.CreateRequest);

    [BenchmarkCategory("Create"), Benchmark(Description = "stack")]
    public Task<CreateDeploymentJobResponse> Create_Stack() => _stack.CreateDeploymentJobAsync(Canned.CreateRequest);

    [BenchmarkCategory("Describe, 1 robot"), Benchmark(Baseline = true, Description = "raw")]
    public Task<DescribeDeploymentJobResponse?> Describe1_Raw() => _raw.DescribeDeploymentJobAsync(Canned.DescribeRequest);

    [BenchmarkCategory("Describe, 1 robot"), Benchmark(Description = "stack")]
    public Task<DescribeDeploymentJobResponse> Describe1_Stack() => _stack.DescribeDeploymentJobAsync(Canned.DescribeRequest);

    [BenchmarkCategory("Describe, 1000 robots"), Benchmark(Baseline = true, Description = "raw")]
    public Task<DescribeDeploymentJobResponse?> Describe1000_Raw() => _rawFleet.DescribeDeploymentJobAsync(Canned.DescribeRequest);

    [BenchmarkCategory("Describe, 1000 robots"), Benchmark(Description = "stack")]
    public Task<DescribeDeploymentJobResponse> Describe1000_Stack() => _stackFleet.DescribeDeploymentJobAsync(Canned.DescribeRequest);

    [BenchmarkCategory("List, 1 page of 100"), Benchmark(Baseline = true, Description = "raw")]
    public Task<ListDeploymentJobsResponse?> ListPage_Raw() => _raw.ListDeploymentJobsAsync(Canned.ListRequest);

    [BenchmarkCategory("List, 1 page of 100"), Benchmark(Description = "stack")]
    public Task<ListDeploymentJobsResponse> ListPage_Stack() => _stack.ListDeploymentJobsAsync(Canned.ListRequest);

    [BenchmarkCategory("List all, 10000 jobs"), Benchmark(Baseline = true, Description = "raw")]
    public async Task<int> ListAll_Raw()
    {
        _oneRobot.Pages = ListAllPages;
        _oneRobot.ResetListing();
        var count = 0;
        await foreach (var job in _raw.ListAllDeploymentJobsAsync(Canned.ListRequest).ConfigureAwait(false)) count++;
        _oneRobot.Pages = int.MaxValue;
        return count;
    }

    [BenchmarkCategory("List all, 10000 jobs"), Benchmark(Description = "stack")]
    public async Task<int> ListAll_Stack()
    {
        _oneRobot.Pages = ListAllPages;
        _oneRobot.ResetListing();
        var count = 0;
        await foreach (var job in _stack.ListAllDeploymentJobsAsync(Canned.ListRequest).ConfigureAwait(false)) count++;
        _oneRobot.Pages = int.MaxValue;
        return count;
    }
}
