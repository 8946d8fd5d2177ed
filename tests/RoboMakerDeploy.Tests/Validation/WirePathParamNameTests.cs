using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Validation;

/// <summary>
/// Values the SDK's own model types transform before validation sees them (a list leaving out null entries, an enum
/// turned into its wire string): the refusal still names the wire path, and nothing is sent.
/// </summary>
public sealed class WirePathParamNameTests : IDisposable
{
    private readonly InMemoryTransport _transport = new();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _transport.Dispose();

    private async Task<ArgumentException> RefusedAsync(Func<RoboMakerDeployClient, Task> call)
    {
        using var client = Client(_transport, _clock);
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(client));
        Assert.Equal(0, _transport.Count);
        return ex;
    }

    private static CreateRobotApplicationRequest App(RobotSoftwareSuite suite) =>
        new() { Name = "app", RobotSoftwareSuite = suite };

    [Fact]
    public async Task UntagResource_with_only_a_null_key_names_the_entry_not_a_missing_list()
    {
        var ex = await RefusedAsync(c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = FleetArn, TagKeys = [null!] }));

        Assert.Equal("tagKeys[0]", ex.ParamName);
        Assert.StartsWith("tagKeys[0] must not be null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntagResource_with_a_null_key_after_a_valid_one_names_its_index()
    {
        var ex = await RefusedAsync(c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = FleetArn, TagKeys = ["env", null!] }));

        Assert.Equal("tagKeys[1]", ex.ParamName);
    }

    [Fact]
    public async Task UntagResource_with_no_keys_is_still_tagKeys_is_required()
    {
        var ex = await RefusedAsync(c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = FleetArn, TagKeys = [] }));

        Assert.Equal("tagKeys", ex.ParamName);
        Assert.Contains("is required", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999, "RobotSoftwareSuiteType.999")]
    [InlineData(0, "RobotSoftwareSuiteType.Unknown")]
    public async Task A_suite_name_outside_the_enum_names_robotSoftwareSuite_name_and_the_allowed_values(int value, string shown)
    {
        var suite = new RobotSoftwareSuite { Name = (RobotSoftwareSuiteType)value, Version = RobotSoftwareSuiteVersionType.Foxy };

        var ex = await RefusedAsync(c => c.CreateRobotApplicationAsync(App(suite)));

        Assert.Equal("robotSoftwareSuite.name", ex.ParamName);
        Assert.Contains("must be one of ROS | ROS2 | General", ex.Message, StringComparison.Ordinal);
        Assert.Contains(shown, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suite_version_outside_the_enum_names_robotSoftwareSuite_version()
    {
        var suite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.ROS2, Version = (RobotSoftwareSuiteVersionType)42 };

        var ex = await RefusedAsync(c => c.CreateRobotApplicationAsync(App(suite)));

        Assert.Equal("robotSoftwareSuite.version", ex.ParamName);
        Assert.Contains("must be one of Kinetic | Melodic | Dashing | Foxy", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(77)]
    [InlineData(0)]
    public async Task CreateRobot_with_an_architecture_outside_the_enum_names_architecture(int value)
    {
        var request = new CreateRobotRequest { Name = "robot", GreengrassGroupId = "group-1", Architecture = (Architecture)value };

        var ex = await RefusedAsync(c => c.CreateRobotAsync(request));

        Assert.Equal("architecture", ex.ParamName);
        Assert.Contains("must be one of X86_64 | ARM64 | ARMHF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_architecture_outside_the_enum_names_its_entry()
    {
        var suite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.ROS2, Version = RobotSoftwareSuiteVersionType.Foxy };
        var request = App(suite) with
        {
            Sources = [new SourceConfig { S3Bucket = "bucket", S3Key = "app.tar", Architecture = (Architecture)77 }],
        };

        var ex = await RefusedAsync(c => c.CreateRobotApplicationAsync(request));

        Assert.Equal("sources[0].architecture", ex.ParamName);
    }

    [Fact]
    public async Task A_status_filter_on_Unknown_builds_and_is_refused_when_sent_naming_its_value()
    {
        var filter = Filter.ByStatus(DeploymentStatus.Pending, DeploymentStatus.Unknown); // before: threw here, naming "statuses"

        var ex = await RefusedAsync(c => c.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [filter] }));

        Assert.Equal("filters[0].values[1]", ex.ParamName);
        Assert.StartsWith("filters[0].values[1] ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DeploymentStatus.Unknown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_Validate_gives_the_same_wire_path_without_a_client()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => Operations.CreateRobot.Validate(
            new CreateRobotRequest { Name = "robot", GreengrassGroupId = "group-1", Architecture = (Architecture)77 }));

        Assert.Equal("architecture", ex.ParamName);
    }
}
