using System.Text;
using System.Text.Json;
using RoboMakerDeploy.Models;

using RoboMakerDeploy.Tests.Contract;

namespace RoboMakerDeploy.Tests.Models;

/// <summary>Value equality, JSON round trips, timestamps and number types of the models.</summary>
public sealed class ModelTests
{
    private static T Parse<T>(string json) =>
        (T)JsonSerializer.Deserialize(json, RoboMakerDeployJsonContext.Default.GetTypeInfo(typeof(T))!)!;

    private static string Write<T>(T value) =>
        JsonSerializer.Serialize(value, RoboMakerDeployJsonContext.Default.GetTypeInfo(typeof(T))!);

    [Fact]
    public void Replies_parsed_from_the_same_json_are_equal_with_equal_hash_codes()
    {
        AssertEqualTwice<DescribeDeploymentJobResponse>(CannedReplies.FullDescribeReply);
        AssertEqualTwice<CreateDeploymentJobResponse>(CannedReplies.FullCreateReply);
        AssertEqualTwice<SyncDeploymentJobResponse>(CannedReplies.FullSyncReply);
        AssertEqualTwice<ListDeploymentJobsResponse>(CannedReplies.FullListReply);
    }

    private static void AssertEqualTwice<T>(string json)
        where T : class
    {
        var a = Parse<T>(json);
        var b = Parse<T>(json);
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a!.GetHashCode(), b!.GetHashCode());
    }

    [Fact]
    public void Equality_looks_into_nested_lists_and_maps()
    {
        var a = Parse<DescribeDeploymentJobResponse>(CannedReplies.FullDescribeReply);

        var otherEnv = a with
        {
            DeploymentApplicationConfigs =
            [
                a.DeploymentApplicationConfigs[0] with
                {
                    LaunchConfig = a.DeploymentApplicationConfigs[0].LaunchConfig! with
                    {
                        EnvironmentVariables = new Dictionary<string, string> { ["ROS_DOMAIN_ID"] = "7", ["MODE"] = "slow" },
                    },
                },
            ],
        };
        Assert.NotEqual(a, otherEnv);

        var otherRobot = a with { RobotDeploymentSummary = [a.RobotDeploymentSummary[0] with { Status = RobotStatus.Failed }, a.RobotDeploymentSummary[1]] };
        Assert.NotEqual(a, otherRobot);

        var fewerRobots = a with { RobotDeploymentSummary = [a.RobotDeploymentSummary[0]] };
        Assert.NotEqual(a, fewerRobots);

        var otherProgress = a with
        {
            RobotDeploymentSummary = [a.RobotDeploymentSummary[0] with { ProgressDetail = a.RobotDeploymentSummary[0].ProgressDetail! with { PercentDone = 42.6f } }, a.RobotDeploymentSummary[1]],
        };
        Assert.NotEqual(a, otherProgress);

        // Copies built from fresh collections with the same content are equal again.
        var rebuilt = a with
        {
            RobotDeploymentSummary = [.. a.RobotDeploymentSummary],
            Tags = new Dictionary<string, string>(a.Tags!),
        };
        Assert.Equal(a, rebuilt);
        Assert.Equal(a.GetHashCode(), rebuilt.GetHashCode());
    }

    [Fact]
    public void Map_equality_ignores_entry_order()
    {
        var x = new DeploymentLaunchConfig { PackageName = "p", LaunchFile = "l", EnvironmentVariables = new Dictionary<string, string> { ["A"] = "1", ["B"] = "2" } };
        var y = x with { EnvironmentVariables = new Dictionary<string, string> { ["B"] = "2", ["A"] = "1" } };
        Assert.Equal(x, y);
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.NotEqual(x, x with { EnvironmentVariables = null });
        Assert.NotEqual(x, x with { EnvironmentVariables = new Dictionary<string, string>() });
    }

    [Fact]
    public void Models_do_not_change_when_the_callers_collection_does()
    {
        var tags = new Dictionary<string, string> { ["a"] = "1" };
        var list = new List<DeploymentApplicationConfig> { CannedReplies.MinimalApp };
        var request = CannedReplies.MinimalCreate with { Tags = tags, DeploymentApplicationConfigs = list };
        tags["b"] = "2";
        list.Add(CannedReplies.MinimalApp);
        Assert.Single(request.Tags!);
        Assert.Single(request.DeploymentApplicationConfigs);
    }

    [Fact]
    public void Null_list_entries_and_null_lists_parse_without_throwing_and_compare_by_value()
    {
        const string json = "{\"deploymentApplicationConfigs\":null,\"robotDeploymentSummary\":[null,{\"arn\":\"arn:r\"}],\"tags\":{\"k\":null}}";
        var a = Parse<DescribeDeploymentJobResponse>(json);
        var b = Parse<DescribeDeploymentJobResponse>(json);
        Assert.Empty(a.DeploymentApplicationConfigs);
        // A null entry carries nothing and is left out, so consumers never meet null robots.
        Assert.Equal("arn:r", Assert.Single(a.RobotDeploymentSummary).Arn);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void A_full_describe_reply_writes_back_byte_for_byte_in_the_services_member_order()
    {
        var reply = Parse<DescribeDeploymentJobResponse>(CannedReplies.FullDescribeReply);
        Assert.Equal(CannedReplies.FullDescribeReply, Write(reply));
        Assert.Equal(CannedReplies.FullCreateReply, Write(Parse<CreateDeploymentJobResponse>(CannedReplies.FullCreateReply)));
        Assert.Equal(CannedReplies.FullSyncReply, Write(Parse<SyncDeploymentJobResponse>(CannedReplies.FullSyncReply)));
    }

    [Fact]
    public void ToString_shows_collection_contents()
    {
        var text = Parse<DescribeDeploymentJobResponse>(CannedReplies.FullDescribeReply).ToString();
        Assert.Contains("team=robots", text, StringComparison.Ordinal);
        Assert.Contains("DownloadingExtracting", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, long> Timestamps => new()
    {
        // JSON text, expected ticks since the epoch
        { "1573257600", 1573257600L * TimeSpan.TicksPerSecond },
        { "1573257600.123", 1573257600L * TimeSpan.TicksPerSecond + 1_230_000 },
        { "1573257600.1", 1573257600L * TimeSpan.TicksPerSecond + 1_000_000 },
        { "1573257600.999", 1573257600L * TimeSpan.TicksPerSecond + 9_990_000 },
        { "1573257600.0000001", 1573257600L * TimeSpan.TicksPerSecond + 1 },
        { "1573257600.00000005", 1573257600L * TimeSpan.TicksPerSecond + 1 },
        { "1.5732576001E9", 1573257600L * TimeSpan.TicksPerSecond + 1_000_000 },
        { "0", 0 },
        { "-1.5", -15_000_000 },
        { "\"1573257600.25\"", 1573257600L * TimeSpan.TicksPerSecond + 2_500_000 },
        { "\"2019-11-09T00:00:00.123Z\"", 1573257600L * TimeSpan.TicksPerSecond + 1_230_000 },
    };

    [Theory]
    [MemberData(nameof(Timestamps))]
    public void Epoch_seconds_keep_their_milliseconds(string json, long ticksSinceEpoch)
    {
        var reply = Parse<DescribeDeploymentJobResponse>("{\"createdAt\":" + json + ",\"robotDeploymentSummary\":[{\"deploymentStartTime\":" + json + ",\"deploymentFinishTime\":" + json + "}]}");
        var expected = new DateTimeOffset(DateTimeOffset.UnixEpoch.Ticks + ticksSinceEpoch, TimeSpan.Zero);
        Assert.Equal(expected, reply.CreatedAt);
        Assert.Equal(expected.UtcTicks, reply.CreatedAt!.Value.UtcTicks);
        Assert.Equal(expected, reply.RobotDeploymentSummary[0].DeploymentStartTime);
        Assert.Equal(expected, reply.RobotDeploymentSummary[0].DeploymentFinishTime);
    }

    [Theory]
    [InlineData(1573257600L, 0, "1573257600")]
    [InlineData(1573257600L, 1_230_000, "1573257600.123")]
    [InlineData(1573257600L, 1, "1573257600.0000001")]
    [InlineData(-2L, 5_000_000, "-1.5")]
    [InlineData(-1L, 0, "-1")]
    [InlineData(0L, -1_230_000, "-0.123")]
    public void Timestamps_are_written_as_epoch_seconds_without_trailing_zeros(long seconds, long extraTicks, string expected)
    {
        var at = new DateTimeOffset(DateTimeOffset.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + extraTicks, TimeSpan.Zero);
        var json = Write(new DeploymentJob { CreatedAt = at });
        Assert.Equal("{\"deploymentApplicationConfigs\":[],\"createdAt\":" + expected + "}", json);
        Assert.Equal(at, Parse<DeploymentJob>(json).CreatedAt);
    }

    [Fact]
    public void A_timestamp_with_an_offset_is_written_as_the_same_instant()
    {
        var at = new DateTimeOffset(2019, 11, 9, 2, 0, 0, 500, TimeSpan.FromHours(2));
        Assert.Equal("{\"deploymentApplicationConfigs\":[],\"createdAt\":1573257600.5}", Write(new DeploymentJob { CreatedAt = at }));
    }

    [Theory]
    [InlineData("1e20")]
    [InlineData("-1e20")]
    [InlineData("1e300")]
    [InlineData("1e400")]
    [InlineData("\"soon\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[1]")]
    public void A_timestamp_that_is_out_of_range_or_not_a_timestamp_is_a_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => Parse<DeploymentJob>("{\"createdAt\":" + json + "}"));
    }

    [Fact]
    public void A_null_timestamp_is_null()
    {
        Assert.Null(Parse<DeploymentJob>("{\"createdAt\":null}").CreatedAt);
    }

    [Fact]
    public void PercentDone_is_a_float_and_EstimatedTimeRemainingSeconds_an_integer()
    {
        var progress = Parse<DescribeDeploymentJobResponse>("{\"robotDeploymentSummary\":[{\"progressDetail\":{\"percentDone\":99.75,\"estimatedTimeRemainingSeconds\":2147483647}}]}")
            .RobotDeploymentSummary[0].ProgressDetail!;
        Assert.Equal(99.75f, progress.PercentDone);
        Assert.Equal(int.MaxValue, progress.EstimatedTimeRemainingSeconds);
        Assert.Equal(typeof(float?), typeof(ProgressDetail).GetProperty(nameof(ProgressDetail.PercentDone))!.PropertyType);
        Assert.Equal(typeof(int?), typeof(ProgressDetail).GetProperty(nameof(ProgressDetail.EstimatedTimeRemainingSeconds))!.PropertyType);
        // A fractional "integer" is not silently truncated.
        Assert.Throws<JsonException>(() => Parse<DescribeDeploymentJobResponse>("{\"robotDeploymentSummary\":[{\"progressDetail\":{\"estimatedTimeRemainingSeconds\":1.5}}]}"));
    }

    [Fact]
    public void Requests_omit_null_members()
    {
        Assert.Equal("{\"job\":\"arn:j\"}", Write(new DescribeDeploymentJobRequest { Job = "arn:j" }));
        Assert.Equal("{\"fleet\":\"arn:f\"}", Write(new SyncDeploymentJobRequest { Fleet = "arn:f" }));
        Assert.Equal(
            "{\"deploymentApplicationConfigs\":[],\"deploymentConfig\":{\"downloadConditionFile\":{\"bucket\":\"b\",\"key\":\"k\"}},\"fleet\":\"arn:f\"}",
            Write(new CreateDeploymentJobRequest
            {
                Fleet = "arn:f",
                DeploymentConfig = new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "b", Key = "k" } },
            }));
        Assert.Equal("{}", Write(new CancelDeploymentJobResponse()));
        Assert.Equal("{\"nextToken\":\"t\"}", Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(new ListDeploymentJobsRequest { NextToken = "t" }, RoboMakerDeployJsonContext.Default.ListDeploymentJobsRequest)));
    }
}
