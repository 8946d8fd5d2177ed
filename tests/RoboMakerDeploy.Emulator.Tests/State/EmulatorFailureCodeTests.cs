using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;
using static RoboMakerDeploy.Emulator.Tests.State.EmulatorWorldTests;

namespace RoboMakerDeploy.Emulator.Tests.State;

/// <summary>Each of the 24 DeploymentJobErrorCode values, produced by its cause: the world where the model says so, a scripted fault otherwise.</summary>
public class EmulatorFailureCodeTests
{
    private sealed record Scene(RoboMakerEmulator Emulator, WorldApi Api, RoboMakerDeployClient Client, Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock, string Fleet, string X86Robot, string ArmRobot, string App) : IAsyncDisposable
    {
        public async Task<DescribeDeploymentJobResponse> RunAsync(CreateDeploymentJobRequest request, Action? during = null)
        {
            var job = await Client.CreateDeploymentJobAsync(request);
            Clock.Advance(Emulator.Options.JobDuration / 4);
            during?.Invoke();
            if (during is not null) await Task.Yield();
            Clock.Advance(Emulator.Options.JobDuration);
            return await Client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            Api.Dispose();
            await Emulator.DisposeAsync();
        }
    }

    /// <summary>A strict world: fleet "plant" with an X86_64 and an ARM64 robot, application "app" whose version 1 has an X86_64 source only.</summary>
    private static async Task<Scene> SceneAsync(string armGroupId = WorldApi.ExampleGroupId, Action<RoboMakerEmulatorOptions>? configure = null)
    {
        var clock = NewClock();
        var emulator = await StartAsync(clock, o =>
        {
            Strict(o);
            configure?.Invoke(o);
        });
        var api = new WorldApi(emulator.Endpoint);
        var fleet = await api.CreateFleetAsync("plant");
        var x86 = await api.CreateRobotAsync("x86", "X86_64");
        var arm = await api.CreateRobotAsync("arm", "ARM64", armGroupId);
        await api.RegisterAsync(fleet, x86);
        await api.RegisterAsync(fleet, arm);
        var app = await api.CreateApplicationWithVersionAsync("app", "X86_64", "ARM64");
        return new Scene(emulator, api, Client(emulator, clock), clock, fleet, x86, arm, app);
    }

    private static RobotDeployment Robot(DescribeDeploymentJobResponse job, string arn) => job.RobotDeploymentSummary!.Single(r => r.Arn == arn);

    [Fact]
    public async Task MissingRobotApplicationArchitecture_when_the_version_has_no_source_for_the_robots_architecture()
    {
        await using var scene = await SceneAsync();
        var x86Only = await scene.Api.CreateApplicationWithVersionAsync("x86-only", "X86_64");

        var job = await scene.RunAsync(Deploy(scene.Fleet, x86Only));

        Assert.Equal(RobotStatus.InSync, Robot(job, scene.X86Robot).Status);
        Assert.Equal(DeploymentJobErrorCode.MissingRobotApplicationArchitecture, Robot(job, scene.ArmRobot).FailureCode);
        Assert.Equal(DeploymentJobErrorCode.MissingRobotApplicationArchitecture, job.FailureCode);
    }

    [Fact]
    public async Task DeploymentFleetDoesNotExist_when_the_fleet_was_deleted_before_or_during_the_deployment()
    {
        await using var scene = await SceneAsync();
        var before = await scene.Client.CreateDeploymentJobAsync(Deploy(scene.Fleet, scene.App));
        scene.Clock.Advance(scene.Emulator.Options.JobDuration / 2);
        await scene.Api.PostAsync("/deleteFleet", $$"""{"fleet":"{{scene.Fleet}}"}""");
        var during = await scene.Client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = before.Arn! });

        var after = await scene.RunAsync(Deploy(scene.Fleet, scene.App));

        Assert.Equal(DeploymentStatus.Failed, during.Status);
        Assert.Equal(DeploymentJobErrorCode.DeploymentFleetDoesNotExist, during.FailureCode);
        Assert.All(during.RobotDeploymentSummary!, r => Assert.Equal(DeploymentJobErrorCode.RobotDeploymentAborted, r.FailureCode));
        Assert.Equal(DeploymentStatus.Failed, after.Status);
        Assert.Equal(DeploymentJobErrorCode.DeploymentFleetDoesNotExist, after.FailureCode);
    }

    [Fact]
    public async Task RobotApplicationDoesNotExist_when_the_version_or_the_application_was_deleted()
    {
        await using var scene = await SceneAsync();
        await scene.Api.PostAsync("/deleteRobotApplication", $$"""{"application":"{{scene.App}}","applicationVersion":"1"}""");

        var job = await scene.RunAsync(Deploy(scene.Fleet, scene.App));

        Assert.Equal(DeploymentJobErrorCode.RobotApplicationDoesNotExist, job.FailureCode);
        Assert.All(job.RobotDeploymentSummary!, r => Assert.Equal(DeploymentJobErrorCode.RobotApplicationDoesNotExist, r.FailureCode));
    }

    [Fact]
    public async Task EtagMismatch_when_the_sources_S3_object_changed_after_the_version_was_made()
    {
        await using var scene = await SceneAsync();
        scene.Emulator.PutS3Object("my-bundles", "app/ARM64.tar.gz", "changed-etag");

        var job = await scene.RunAsync(Deploy(scene.Fleet, scene.App));

        Assert.Equal(RobotStatus.InSync, Robot(job, scene.X86Robot).Status);
        Assert.Equal(DeploymentJobErrorCode.EtagMismatch, Robot(job, scene.ArmRobot).FailureCode);
    }

    [Fact]
    public async Task ResourceNotFound_when_the_sources_S3_object_was_deleted()
    {
        await using var scene = await SceneAsync();
        scene.Emulator.DeleteS3Object("my-bundles", "app/X86_64.tar.gz");

        var job = await scene.RunAsync(Deploy(scene.Fleet, scene.App));

        Assert.Equal(DeploymentJobErrorCode.ResourceNotFound, Robot(job, scene.X86Robot).FailureCode);
        Assert.Equal(RobotStatus.InSync, Robot(job, scene.ArmRobot).Status);
    }

    [Fact]
    public async Task DownloadConditionFailed_when_the_download_condition_files_object_is_missing()
    {
        await using var scene = await SceneAsync();
        scene.Emulator.DeleteS3Object("my-bucket", "conditions/ready.sh");
        var config = new DeploymentConfig { DownloadConditionFile = new S3Object { Bucket = "my-bucket", Key = "conditions/ready.sh" } };

        var job = await scene.RunAsync(Deploy(scene.Fleet, scene.App, config: config));

        Assert.All(job.RobotDeploymentSummary!, r =>
        {
            Assert.Equal(DeploymentJobErrorCode.DownloadConditionFailed, r.FailureCode);
            Assert.Equal(RobotDeploymentStep.ExecutingDownloadCondition, r.ProgressDetail!.CurrentProgress);
        });
    }

    [Fact]
    public async Task InvalidGreengrassGroup_when_the_robots_greengrass_group_id_is_not_a_group_id()
    {
        await using var scene = await SceneAsync(armGroupId: "not-a-group");

        var job = await scene.RunAsync(Deploy(scene.Fleet, scene.App));

        Assert.Equal(DeploymentJobErrorCode.InvalidGreengrassGroup, Robot(job, scene.ArmRobot).FailureCode);
        Assert.Equal(RobotStatus.InSync, Robot(job, scene.X86Robot).Status);
    }

    [Fact]
    public async Task FleetDeploymentTimeout_when_a_robot_takes_longer_than_robotDeploymentTimeoutInSeconds()
    {
        await using var scene = await SceneAsync(configure: static o => o.JobDuration = TimeSpan.FromSeconds(1000));

        var job = await scene.RunAsync(Deploy(scene.Fleet, scene.App, config: new DeploymentConfig { RobotDeploymentTimeoutInSeconds = 60 }));

        Assert.All(job.RobotDeploymentSummary!, r => Assert.Equal(DeploymentJobErrorCode.FleetDeploymentTimeout, r.FailureCode));
    }

    [Fact]
    public async Task FailureThresholdBreached_and_RobotDeploymentAborted_when_failures_pass_the_threshold()
    {
        await using var scene = await SceneAsync();
        var x86Only = await scene.Api.CreateApplicationWithVersionAsync("x86-only", "X86_64");
        // Robots deploy one at a time (50% of 2), the ARM64 one first: it fails, the X86_64 one never starts.
        await scene.Api.PostAsync("/deregisterRobot", $$"""{"fleet":"{{scene.Fleet}}","robot":"{{scene.X86Robot}}"}""");
        await scene.Api.RegisterAsync(scene.Fleet, scene.X86Robot);

        var job = await scene.RunAsync(Deploy(scene.Fleet, x86Only, config: new DeploymentConfig { ConcurrentDeploymentPercentage = 50, FailureThresholdPercentage = 10 }));

        Assert.Equal(DeploymentJobErrorCode.FailureThresholdBreached, job.FailureCode);
        Assert.Equal(DeploymentJobErrorCode.MissingRobotApplicationArchitecture, Robot(job, scene.ArmRobot).FailureCode);
        Assert.Equal(RobotStatus.PendingNewDeployment, Robot(job, scene.X86Robot).Status);
    }

    [Fact]
    public async Task RobotDeploymentAborted_when_the_job_is_canceled_mid_deployment()
    {
        await using var scene = await SceneAsync();
        var job = await scene.Client.CreateDeploymentJobAsync(Deploy(scene.Fleet, scene.App));
        scene.Clock.Advance(scene.Emulator.Options.JobDuration / 2);

        await scene.Client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = job.Arn! });
        var canceled = await scene.Client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });

        Assert.Equal(DeploymentStatus.Canceled, canceled.Status);
        Assert.All(canceled.RobotDeploymentSummary!, r => Assert.Equal(DeploymentJobErrorCode.RobotDeploymentAborted, r.FailureCode));
    }

    /// <summary>The codes nothing in the emulated world can cause (Greengrass, Lambda, the robot's agent, its scripts): scripted.</summary>
    [Theory]
    [InlineData(DeploymentJobErrorCode.EnvironmentSetupError)]
    [InlineData(DeploymentJobErrorCode.RobotDeploymentNoResponse)]
    [InlineData(DeploymentJobErrorCode.RobotAgentConnectionTimeout)]
    [InlineData(DeploymentJobErrorCode.GreengrassDeploymentFailed)]
    [InlineData(DeploymentJobErrorCode.MissingRobotArchitecture)]
    [InlineData(DeploymentJobErrorCode.MissingRobotDeploymentResource)]
    [InlineData(DeploymentJobErrorCode.GreengrassGroupVersionDoesNotExist)]
    [InlineData(DeploymentJobErrorCode.LambdaDeleted)]
    [InlineData(DeploymentJobErrorCode.ExtractingBundleFailure)]
    [InlineData(DeploymentJobErrorCode.PreLaunchFileFailure)]
    [InlineData(DeploymentJobErrorCode.PostLaunchFileFailure)]
    [InlineData(DeploymentJobErrorCode.BadPermissionError)]
    [InlineData(DeploymentJobErrorCode.BadLambdaAssociated)]
    [InlineData(DeploymentJobErrorCode.InternalServerError)]
    public async Task Scripted_codes_reach_the_robot_and_the_job(DeploymentJobErrorCode code)
    {
        await using var scene = await SceneAsync(configure: o => o.ScriptedFailures = [new ScriptedRobotFailure("plant", 1, code)]);

        var job = await scene.RunAsync(Deploy(scene.Fleet, scene.App));

        Assert.Equal(code, Robot(job, scene.ArmRobot).FailureCode);
        Assert.Equal(code, job.FailureCode);
        Assert.Equal(RobotStatus.InSync, Robot(job, scene.X86Robot).Status);
    }

    [Fact]
    public void Every_code_of_the_model_is_covered_here()
    {
        var world = new[]
        {
            DeploymentJobErrorCode.MissingRobotApplicationArchitecture, DeploymentJobErrorCode.DeploymentFleetDoesNotExist, DeploymentJobErrorCode.RobotApplicationDoesNotExist,
            DeploymentJobErrorCode.EtagMismatch, DeploymentJobErrorCode.ResourceNotFound, DeploymentJobErrorCode.DownloadConditionFailed, DeploymentJobErrorCode.InvalidGreengrassGroup,
            DeploymentJobErrorCode.FleetDeploymentTimeout, DeploymentJobErrorCode.FailureThresholdBreached, DeploymentJobErrorCode.RobotDeploymentAborted,
        };
        var scripted = typeof(EmulatorFailureCodeTests).GetMethod(nameof(Scripted_codes_reach_the_robot_and_the_job))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>().Select(a => (DeploymentJobErrorCode)a.GetData(null!).Single()[0]);
        var all = Enum.GetValues<DeploymentJobErrorCode>().Where(c => c != DeploymentJobErrorCode.Unknown);

        Assert.Equal(24, all.Count());
        Assert.Equal(all.Order(), world.Concat(scripted).Order());
    }
}
