using Microsoft.Extensions.Time.Testing;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.TestUtils;

/// <summary>Shared helpers: fleet and application ARNs (of <see cref="CannedReplies"/>' scheme), request builders, a client for an emulator, a fake-time driver.</summary>
internal static class EmulatorHarness
{
    public const string Account = CannedReplies.Account;
    public const string ApplicationArn = CannedReplies.AppArn;

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static string FleetArn(string name, string region = "us-west-2") => CannedReplies.FleetArnOf(name, region);

    public static VirtualClock NewClock() => new(Start);

    public static Task<RoboMakerEmulator> StartAsync(FakeTimeProvider? clock = null, Action<RoboMakerEmulatorOptions>? configure = null)
    {
        var options = new RoboMakerEmulatorOptions();
        if (clock is not null)
        {
            options.TimeProvider = clock;
            // Tests drive one fake clock for client and emulator and move it while requests are in
            // flight, which would look like skew; the skew check itself is tested with two clocks.
            options.MaxClockSkew = TimeSpan.FromDays(30);
        }
        configure?.Invoke(options);
        return RoboMakerEmulator.StartAsync(options);
    }

    public static RoboMakerDeployClient Client(RoboMakerEmulator emulator, TimeProvider? clock = null, Action<RoboMakerDeployClientOptions>? configure = null)
    {
        var options = new RoboMakerDeployClientOptions
        {
            ServiceUrl = emulator.Endpoint,
            Region = "us-west-2",
            Credentials = new StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey),
            TimeProvider = clock ?? TimeProvider.System,
            // No real waiting: retries come at once, and time-outs never race a fake clock that tests advance.
            RetryBaseDelay = TimeSpan.Zero,
            RetryMaxDelay = TimeSpan.Zero,
            AttemptTimeout = null,
            Timeout = null,
        };
        configure?.Invoke(options);
        return new RoboMakerDeployClient(options);
    }

    public static CreateDeploymentJobRequest NewJob(string fleetArn, DeploymentConfig? config = null, bool allSteps = false, string? token = null) => new()
    {
        Fleet = fleetArn,
        ClientRequestToken = token,
        DeploymentConfig = allSteps
            ? (config ?? new DeploymentConfig()) with { DownloadConditionFile = new S3Object { Bucket = "my-bucket", Key = "conditions/ready.sh" } }
            : config,
        DeploymentApplicationConfigs =
        [
            new DeploymentApplicationConfig
            {
                Application = ApplicationArn,
                ApplicationVersion = "1",
                LaunchConfig = new DeploymentLaunchConfig
                {
                    PackageName = "hello_world",
                    LaunchFile = "rotate.launch",
                    PreLaunchFile = allSteps ? "/opt/pre.sh" : null,
                    PostLaunchFile = allSteps ? "/opt/post.sh" : null,
                    EnvironmentVariables = new Dictionary<string, string> { ["ROBOT_MODE"] = "demo" },
                },
            },
        ],
        Tags = new Dictionary<string, string> { ["team"] = "robots" },
    };

    /// <summary>Advances the fake clock in small steps until the task completes (the waiter sleeps on that clock).</summary>
    public static async Task<T> DriveAsync<T>(Task<T> task, FakeTimeProvider clock, TimeSpan step, int maxSteps = 200_000)
    {
        for (var i = 0; !task.IsCompleted; i++)
        {
            if (i >= maxSteps) throw new TimeoutException($"The task did not complete within {maxSteps} clock steps.");
            clock.Advance(step);
            await Task.Yield();
        }
        return await task;
    }
}
