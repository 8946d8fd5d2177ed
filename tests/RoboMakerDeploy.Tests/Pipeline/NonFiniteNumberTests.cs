using System.Net;
using System.Text.Json;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>No non-finite number enters a model (issue 13, part 1): the user's own code must be able to serialize what the SDK returns.</summary>
public sealed class NonFiniteNumberTests
{
    private readonly VirtualClock _clock = new();

    private async Task<DescribeDeploymentJobResponse> DescribeWithPercentDoneAsync(string percentDone)
    {
        var robot = $$$"""{"arn":"arn:r","status":"Deploying","progressDetail":{"currentProgress":"DownloadingExtracting","percentDone":{{{percentDone}}}}}""";
        var transport = InMemoryTransport.Always(HttpStatusCode.OK, Describe("InProgress", "[" + robot + "]"));
        using var client = new RoboMakerDeployClient(Options("https://robomaker.us-west-2.amazonaws.com", _clock, o => o.MaxAttempts = 1), transport);
        return await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
    }

    [Theory]
    [InlineData("5e38")]
    [InlineData("-5e38")]
    [InlineData("3.5e38")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1" + "000000000000000000000000000000000000000000000000000")]
    public async Task A_percentDone_beyond_the_range_of_float_reads_as_absent_and_the_model_serializes(string percentDone)
    {
        var job = await DescribeWithPercentDoneAsync(percentDone);

        var progress = job.RobotDeploymentSummary[0].ProgressDetail!;
        Assert.Null(progress.PercentDone);
        Assert.Equal(RobotDeploymentStep.DownloadingExtracting, progress.CurrentProgress);
        // The user's own serialization, with plain options (which refuse NaN and infinities), works.
        var json = JsonSerializer.Serialize<float?>(progress.PercentDone);
        Assert.Equal("null", json);
        var written = JsonSerializer.Serialize(job, RoboMakerDeployJson.TypeInfo<DescribeDeploymentJobResponse>());
        Assert.DoesNotContain("Infinity", written, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("NaN", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42.5", 42.5f)]
    [InlineData("0", 0f)]
    [InlineData("100", 100f)]
    [InlineData("1e-50", 0f)] // below float's precision: zero, still finite
    [InlineData("3.4e38", 3.4e38f)]
    public async Task A_percentDone_within_the_range_of_float_reads_as_it_is(string percentDone, float expected)
    {
        var job = await DescribeWithPercentDoneAsync(percentDone);

        var value = job.RobotDeploymentSummary[0].ProgressDetail!.PercentDone;
        Assert.Equal(expected, value);
        Assert.True(float.IsFinite(value!.Value));
        Assert.Equal(expected, JsonSerializer.Deserialize<float>(JsonSerializer.Serialize(value.Value)));
    }
}
