using RoboMakerDeploy.Models;

using RoboMakerDeploy.Tests.Contract;

namespace RoboMakerDeploy.Tests.Validation;

/// <summary>Each documented constraint: a violation is an ArgumentException naming the field, and nothing is sent.</summary>
public sealed class ValidationTests : IClassFixture<WireMockFixture>, IDisposable
{
    private const string App = "deploymentApplicationConfigs[0]";
    private const string Launch = App + ".launchConfig";

    private readonly WireMockFixture _wire;
    private readonly RoboMakerDeployClient _client;

    public ValidationTests(WireMockFixture wire)
    {
        _wire = wire;
        _wire.Reset();
        _wire.ReplyJson("/createDeploymentJob", CannedReplies.FullCreateReply);
        _wire.ReplyJson("/describeDeploymentJob", CannedReplies.FullDescribeReply);
        _wire.ReplyJson("/listDeploymentJobs", "{\"deploymentJobs\":[]}");
        _wire.ReplyJson("/syncDeploymentJob", CannedReplies.FullSyncReply);
        _wire.ReplyJson("/cancelDeploymentJob", "{}");
        _client = wire.CreateClient();
    }

    public void Dispose() => _client.Dispose();

    private static CreateDeploymentJobRequest WithLaunch(Func<DeploymentLaunchConfig, DeploymentLaunchConfig> change) =>
        CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [CannedReplies.MinimalApp with { LaunchConfig = change(CannedReplies.MinimalLaunch) }] };

    private static CreateDeploymentJobRequest WithApp(Func<DeploymentApplicationConfig, DeploymentApplicationConfig> change) =>
        CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [change(CannedReplies.MinimalApp)] };

    private static CreateDeploymentJobRequest WithConfig(DeploymentConfig config) => CannedReplies.MinimalCreate with { DeploymentConfig = config };

    private static Dictionary<string, string> Map(int count, Func<int, string> key) =>
        Enumerable.Range(0, count).ToDictionary(key, i => "v");

    private static readonly string LongArn = "arn:" + new string('x', 1220);

    public static TheoryData<string, CreateDeploymentJobRequest> InvalidCreates => new()
    {
        { "clientRequestToken", CannedReplies.MinimalCreate with { ClientRequestToken = "" } },
        { "clientRequestToken", CannedReplies.MinimalCreate with { ClientRequestToken = new string('a', 65) } },
        { "clientRequestToken", CannedReplies.MinimalCreate with { ClientRequestToken = "has space" } },
        { "clientRequestToken", CannedReplies.MinimalCreate with { ClientRequestToken = "slash/" } },
        { "fleet", CannedReplies.MinimalCreate with { Fleet = "" } },
        { "fleet", CannedReplies.MinimalCreate with { Fleet = "MyFleet" } },
        { "fleet", CannedReplies.MinimalCreate with { Fleet = LongArn + "x" } },
        { "fleet", CannedReplies.MinimalCreate with { Fleet = "arn:aws:robomaker:us-west-2:1:deployment-fleet/a b/1" } },
        { "fleet", CannedReplies.MinimalCreate with { Fleet = "arn:aws:robomaker:us-west-2:1:deployment-fleet/a\n/1" } },
        { "deploymentApplicationConfigs", CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [] } },
        { "deploymentApplicationConfigs", CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [CannedReplies.MinimalApp, CannedReplies.MinimalApp] } },
        // A null entry is refused by its index rather than silently left out.
        { "deploymentApplicationConfigs[0]", CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [null!] } },
        { App + ".application", WithApp(a => a with { Application = "" }) },
        { App + ".application", WithApp(a => a with { Application = "robot-application/x" }) },
        { App + ".application", WithApp(a => a with { Application = LongArn + "x" }) },
        { App + ".applicationVersion", WithApp(a => a with { ApplicationVersion = "" }) },
        { App + ".applicationVersion", WithApp(a => a with { ApplicationVersion = "$LATEST" }) },
        { App + ".applicationVersion", WithApp(a => a with { ApplicationVersion = "1.0" }) },
        { App + ".applicationVersion", WithApp(a => a with { ApplicationVersion = new string('1', 256) }) },
        { Launch, WithApp(a => a with { LaunchConfig = null }) },
        { Launch + ".packageName", WithLaunch(l => l with { PackageName = "" }) },
        { Launch + ".packageName", WithLaunch(l => l with { PackageName = "bad name" }) },
        { Launch + ".packageName", WithLaunch(l => l with { PackageName = new string('p', 1025) }) },
        { Launch + ".launchFile", WithLaunch(l => l with { LaunchFile = "" }) },
        { Launch + ".launchFile", WithLaunch(l => l with { LaunchFile = "dir/file.launch" }) },
        { Launch + ".launchFile", WithLaunch(l => l with { LaunchFile = new string('l', 1025) }) },
        { Launch + ".environmentVariables", WithLaunch(l => l with { EnvironmentVariables = Map(21, i => "V" + i) }) },
        { Launch + ".environmentVariables", WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["lower"] = "v" } }) },
        { Launch + ".environmentVariables", WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["1ST"] = "v" } }) },
        { Launch + ".environmentVariables", WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["A-B"] = "v" } }) },
        { Launch + ".environmentVariables", WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string> { [""] = "v" } }) },
        { Launch + ".environmentVariables['A']", WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["A"] = null! } }) },
        { "deploymentConfig.concurrentDeploymentPercentage", WithConfig(new DeploymentConfig { ConcurrentDeploymentPercentage = 0 }) },
        { "deploymentConfig.concurrentDeploymentPercentage", WithConfig(new DeploymentConfig { ConcurrentDeploymentPercentage = 101 }) },
        { "deploymentConfig.failureThresholdPercentage", WithConfig(new DeploymentConfig { FailureThresholdPercentage = 0 }) },
        { "deploymentConfig.failureThresholdPercentage", WithConfig(new DeploymentConfig { FailureThresholdPercentage = 101 }) },
        { "deploymentConfig.robotDeploymentTimeoutInSeconds", WithConfig(new DeploymentConfig { RobotDeploymentTimeoutInSeconds = 59 }) },
        { "deploymentConfig.robotDeploymentTimeoutInSeconds", WithConfig(new DeploymentConfig { RobotDeploymentTimeoutInSeconds = 604801 }) },
        { "deploymentConfig.downloadConditionFile.bucket", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "ab", Key = "k" } }) },
        { "deploymentConfig.downloadConditionFile.bucket", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = new string('b', 64), Key = "k" } }) },
        { "deploymentConfig.downloadConditionFile.key", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "abc", Key = "" } }) },
        { "deploymentConfig.downloadConditionFile.key", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "abc", Key = new string('k', 1025) } }) },
        { "tags", CannedReplies.MinimalCreate with { Tags = Map(51, i => "k" + i) } },
        { "tags", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { [""] = "v" } } },
        { "tags", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { [new string('k', 129)] = "v" } } },
        { "tags", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { ["bad*key"] = "v" } } },
        { "tags['k']", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { ["k"] = new string('v', 257) } } },
        { "tags['k']", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { ["k"] = "bad*value" } } },
        { "tags['k']", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { ["k"] = null! } } },
    };

    private async Task AssertRejectedAsync(string field, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(call);
        Assert.Equal(field, ex.ParamName);
        Assert.StartsWith(field + " ", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_wire.Server.LogEntries);
    }

    [Theory]
    [MemberData(nameof(InvalidCreates))]
    public Task CreateDeploymentJob_rejects_a_violation_before_sending(string field, CreateDeploymentJobRequest request) =>
        AssertRejectedAsync(field, () => _client.CreateDeploymentJobAsync(request));

    public static TheoryData<string, ListDeploymentJobsRequest> InvalidLists => new()
    {
        { "maxResults", new ListDeploymentJobsRequest { MaxResults = 0 } },
        { "maxResults", new ListDeploymentJobsRequest { MaxResults = 201 } },
        { "maxResults", new ListDeploymentJobsRequest { MaxResults = -1 } },
        { "filters", new ListDeploymentJobsRequest { Filters = [Filter.ByStatus(DeploymentStatus.Failed), Filter.ByFleetName("f")] } },
        { "filters", new ListDeploymentJobsRequest { Filters = [] } },
        { "filters[0]", new ListDeploymentJobsRequest { Filters = [null!] } },
        { "filters[0].name", new ListDeploymentJobsRequest { Filters = [new Filter { Name = "arn", Values = ["x"] }] } },
        { "filters[0].name", new ListDeploymentJobsRequest { Filters = [new Filter { Name = "Status", Values = ["Failed"] }] } },
        { "filters[0].values", new ListDeploymentJobsRequest { Filters = [new Filter { Name = "status", Values = [] }] } },
        { "filters[0].values", new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("a", "b", "c", "d")] } },
        { "filters[0].values[0]", new ListDeploymentJobsRequest { Filters = [new Filter { Name = "fleetName", Values = [null!] }] } },
        { "filters[0].values[0]", new ListDeploymentJobsRequest { Filters = [new Filter { Name = "fleetName", Values = [""] }] } },
        { "filters[0].values[0]", new ListDeploymentJobsRequest { Filters = [Filter.ByStatus((DeploymentStatus)77)] } },
    };

    [Theory]
    [MemberData(nameof(InvalidLists))]
    public Task ListDeploymentJobs_rejects_a_violation_before_sending(string field, ListDeploymentJobsRequest request) =>
        AssertRejectedAsync(field, () => _client.ListDeploymentJobsAsync(request));

    [Theory]
    [InlineData("")]
    [InlineData("deployment-job/x")]
    public async Task Describe_cancel_and_sync_reject_a_non_ARN_before_sending(string arn)
    {
        await AssertRejectedAsync("job", () => _client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = arn }));
        await AssertRejectedAsync("job", () => _client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = arn }));
        await AssertRejectedAsync("fleet", () => _client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = arn }));
    }

    [Fact]
    public async Task Describe_and_cancel_reject_an_ARN_longer_than_1224()
    {
        await AssertRejectedAsync("job", () => _client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = LongArn + "x" }));
        await AssertRejectedAsync("job", () => _client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = LongArn + "x" }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad token")]
    public Task Sync_rejects_a_bad_token_before_sending(string token) =>
        AssertRejectedAsync("clientRequestToken", () => _client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = CannedReplies.FleetArn, ClientRequestToken = token }));

    [Fact]
    public async Task A_refused_value_is_quoted_with_its_control_and_bidirectional_characters_escaped()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _client.SyncDeploymentJobAsync(
            new SyncDeploymentJobRequest { Fleet = CannedReplies.FleetArn, ClientRequestToken = "tok\u202Eexe\u0007" }));

        Assert.Contains("'tok\\u202Eexe\\u0007'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, c => c is '\u202E' or '\u0007');
    }

    [Fact]
    public async Task Null_requests_are_ArgumentNullExceptions()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.CreateDeploymentJobAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.DescribeDeploymentJobAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.ListDeploymentJobsAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.SyncDeploymentJobAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _client.CancelDeploymentJobAsync(null!));
        Assert.Empty(_wire.Server.LogEntries);
    }

    public static TheoryData<string, CreateDeploymentJobRequest> BoundaryCreates => new()
    {
        { "token of 64", CannedReplies.MinimalCreate with { ClientRequestToken = new string('a', 63) + "=" } },
        { "token of 1", CannedReplies.MinimalCreate with { ClientRequestToken = "_" } },
        { "fleet ARN of 1224", CannedReplies.MinimalCreate with { Fleet = LongArn } },
        { "version of 255 digits", WithApp(a => a with { ApplicationVersion = new string('9', 255) }) },
        { "file names of 1024", WithLaunch(l => l with { PackageName = new string('p', 1024), LaunchFile = "a.b-c_D" + new string('l', 1017) }) },
        { "20 variables", WithLaunch(l => l with { EnvironmentVariables = Map(20, i => "_V" + i) }) },
        { "empty variables", WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string>() }) },
        { "percentages 1", WithConfig(new DeploymentConfig { ConcurrentDeploymentPercentage = 1, FailureThresholdPercentage = 1 }) },
        { "percentages 100", WithConfig(new DeploymentConfig { ConcurrentDeploymentPercentage = 100, FailureThresholdPercentage = 100 }) },
        { "timeout 60", WithConfig(new DeploymentConfig { RobotDeploymentTimeoutInSeconds = 60 }) },
        { "timeout 7 days", WithConfig(new DeploymentConfig { RobotDeploymentTimeoutInSeconds = 604800 }) },
        { "bucket 3, key 1", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "abc", Key = "k" } }) },
        { "bucket 63, key 1024", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = new string('b', 63), Key = new string('k', 1024) } }) },
        { "50 tags", CannedReplies.MinimalCreate with { Tags = Map(50, i => "k" + i) } },
        { "tag edge values", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { [new string('k', 128)] = "", ["a b_.-/+=:"] = new string('v', 256) } } },
    };

    [Theory]
    [MemberData(nameof(BoundaryCreates))]
    public async Task CreateDeploymentJob_sends_requests_at_the_limits(string name, CreateDeploymentJobRequest request)
    {
        _ = name;
        await _client.CreateDeploymentJobAsync(request);
        Assert.Single(_wire.Server.LogEntries);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public async Task ListDeploymentJobs_sends_page_sizes_at_the_limits_and_three_values(int maxResults)
    {
        await _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest
        {
            MaxResults = maxResults,
            Filters = [Filter.ByStatus(DeploymentStatus.Pending, DeploymentStatus.Preparing, DeploymentStatus.InProgress)],
        });
        Assert.Single(_wire.Server.LogEntries);
    }

    // Issue 13, part 3: each example of a request that reached the wire, refused before sending.

    public static TheoryData<string, string> BadNextTokens => new()
    {
        { "empty", "" },
        { "a space", " " },
        { "100 KB", new string('a', 100 * 1024) },
        { "a control character", "abc\u0001def" },
        { "a line break", "abc\ndef" },
    };

    [Theory]
    [MemberData(nameof(BadNextTokens))]
    public Task ListDeploymentJobs_refuses_a_nextToken_outside_the_model(string name, string token)
    {
        _ = name;
        return AssertRejectedAsync("nextToken", () => _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { NextToken = token }));
    }

    [Fact]
    public async Task A_paginator_resumed_with_an_empty_nextToken_sends_nothing()
    {
        await AssertRejectedAsync("nextToken", async () =>
        {
            await foreach (var page in _client.ListDeploymentJobPagesAsync(new ListDeploymentJobsRequest { NextToken = "" }))
            {
            }
        });
    }

    [Theory]
    [InlineData("filters[0].values[0]", "a b")]
    [InlineData("filters[0].values[0]", "name.with.dots")]
    [InlineData("filters[0].values[1]", "ok", "")]
    public Task ListDeploymentJobs_refuses_filter_values_outside_the_model(string field, params string[] values) =>
        AssertRejectedAsync(field, () => _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName(values)] }));

    [Fact]
    public Task ListDeploymentJobs_refuses_a_filter_value_of_256_characters() =>
        AssertRejectedAsync("filters[0].values[0]", () => _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName(new string('f', 256))] }));

    [Theory]
    [InlineData("-bucket")]
    [InlineData("bucket-")]
    [InlineData("My-Bucket")]
    [InlineData("my_bucket")]
    [InlineData("ab")]
    public Task CreateDeploymentJob_refuses_an_S3_bucket_outside_the_model(string bucket) =>
        AssertRejectedAsync("deploymentConfig.downloadConditionFile.bucket", () => _client.CreateDeploymentJobAsync(
            WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = bucket, Key = "k" } })));

    [Theory]
    [InlineData(0)]
    [InlineData(1025)]
    [InlineData(102_401)]
    public Task CreateDeploymentJob_refuses_an_environment_variable_value_outside_1_to_1024(int length) =>
        AssertRejectedAsync(Launch + ".environmentVariables['A']", () => _client.CreateDeploymentJobAsync(
            WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["A"] = new string('v', length) } })));

    public static TheoryData<string, CreateDeploymentJobRequest> LineTerminators()
    {
        var data = new TheoryData<string, CreateDeploymentJobRequest>();
        foreach (var terminator in new[] { "\r\n", "\u0085", "\u2028", "\u2029" })
        {
            data.Add(Launch + ".preLaunchFile", WithLaunch(l => l with { PreLaunchFile = "pre" + terminator + "launch.sh" }));
            data.Add(Launch + ".environmentVariables['A']", WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["A"] = "x" + terminator } }));
            data.Add("deploymentConfig.downloadConditionFile.key", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "abc", Key = "k" + terminator + "k" } }));
            data.Add("fleet", CannedReplies.MinimalCreate with { Fleet = CannedReplies.FleetArn + terminator });
            data.Add(App + ".application", WithApp(a => a with { Application = CannedReplies.AppArn + terminator }));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LineTerminators))]
    public Task CreateDeploymentJob_refuses_line_terminators_where_the_pattern_is_dot_star(string field, CreateDeploymentJobRequest request) =>
        AssertRejectedAsync(field, () => _client.CreateDeploymentJobAsync(request));

    public static TheoryData<string, CreateDeploymentJobRequest> UnpairedSurrogates => new()
    {
        { Launch + ".preLaunchFile", WithLaunch(l => l with { PreLaunchFile = "pre\uD800.sh" }) },
        { Launch + ".postLaunchFile", WithLaunch(l => l with { PostLaunchFile = "post\uDC00" }) },
        { Launch + ".environmentVariables['A']", WithLaunch(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["A"] = "\uDBFF" } }) },
        { "deploymentConfig.downloadConditionFile.key", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "abc", Key = "a\uDC00\uD800b" } }) },
        { "deploymentConfig.downloadConditionFile.etag", WithConfig(new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "abc", Key = "k", Etag = "\uD83D" } }) },
    };

    [Theory]
    [MemberData(nameof(UnpairedSurrogates))]
    public Task CreateDeploymentJob_refuses_an_unpaired_surrogate_naming_the_field(string field, CreateDeploymentJobRequest request) =>
        AssertRejectedAsync(field, () => _client.CreateDeploymentJobAsync(request));

    [Fact]
    public async Task A_paired_surrogate_is_sent()
    {
        await _client.CreateDeploymentJobAsync(WithLaunch(l => l with { PreLaunchFile = "robot-\uD83E\uDD16.sh" }));
        Assert.Single(_wire.Server.LogEntries);
    }

    [Fact]
    public async Task A_null_list_entry_is_refused_by_its_index_instead_of_being_dropped()
    {
        await AssertRejectedAsync("deploymentApplicationConfigs[1]", () => _client.CreateDeploymentJobAsync(
            CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [CannedReplies.MinimalApp, null!] }));
        await AssertRejectedAsync("filters[0].values[1]", () => _client.ListDeploymentJobsAsync(
            new ListDeploymentJobsRequest { Filters = [new Filter { Name = "fleetName", Values = ["a", null!] }] }));
        await AssertRejectedAsync("filters[1]", () => _client.ListDeploymentJobsAsync(
            new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("a"), null!] }));
    }

    [Fact]
    public async Task A_50_day_wait_is_refused_before_the_first_poll()
    {
        foreach (var options in new[]
        {
            new RoboMakerDeploy.DeploymentWaitOptions { Timeout = TimeSpan.FromDays(50) },
            new RoboMakerDeploy.DeploymentWaitOptions { MaxDelay = TimeSpan.FromDays(50) },
            new RoboMakerDeploy.DeploymentWaitOptions { MinDelay = TimeSpan.FromDays(50), MaxDelay = TimeSpan.FromDays(50) },
        })
        {
            var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.WaitForDeploymentJobAsync(CannedReplies.JobArn, options));
            Assert.Equal("options", ex.ParamName);
            Assert.Contains("at most 24 days", ex.Message, StringComparison.Ordinal);
            Assert.Matches("DeploymentWaitOptions\\.(Timeout|MaxDelay|MinDelay) ", ex.Message);
        }
        Assert.Empty(_wire.Server.LogEntries);
    }
}
