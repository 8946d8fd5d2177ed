using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// Enumerates every job through the paginator (full client stack) over 10, 100 and 1000 pages of 100
/// jobs. Memory must stay flat: the "Alloc/page" column (allocated bytes ÷ pages) must not grow with the
/// number of pages. (The retained-memory side is <c>--retained</c>: see <see cref="RetainedMemoryCheck"/>.)
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerPageConfig))]
public class PaginatorBenchmarks
{
    private InMemoryHandler _handler = null!;
    private RoboMakerDeployClient _client = null!;

    [Params(10, 100, 1000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _handler = new InMemoryHandler(robots: 1, jobsPerPage: 100) { Pages = Pages };
        _client = ClientStackBenchmarks.CreateClient(_handler);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _handler.Dispose();
    }

    [Benchmark(Description = "ListAllDeploymentJobsAsync")]
    public async Task<int> ListAll()
    {
        _handler.ResetListing();
        var count = 0;
        await foreach (var job in _client.ListAllDeploymentJobsAsync(Canned.ListRequest).ConfigureAwait(false)) count++;
        if (count != Pages * 100) throw new InvalidOperationException($"Enumerated {count} jobs, expected {Pages * 100}.");
        return count;
    }

    private sealed class PerPageConfig : ManualConfig
    {
        public PerPageConfig()
        {
            AddColumn(new PerPageColumn("Alloc/page", "bytes allocated per page", (summary, benchmark, pages) =>
                summary[benchmark]?.GcStats.GetBytesAllocatedPerOperation(benchmark) is { } bytes ? $"{bytes / pages:N0} B" : "?"));
            AddColumn(new PerPageColumn("Time/page", "mean time per page", (summary, benchmark, pages) =>
                summary[benchmark]?.ResultStatistics is { } stats ? $"{stats.Mean / pages / 1000:N1} us" : "?"));
        }
    }

    private sealed class PerPageColumn(string name, string legend, Func<Summary, BenchmarkCase, int, string> value) : IColumn
    {
        public string Id => nameof(PerPageColumn) + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            benchmarkCase.Parameters["Pages"] is int pages ? value(summary, benchmarkCase, pages) : "?";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
