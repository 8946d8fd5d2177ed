using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>How the robot application is launched on each robot.</summary>
public sealed record DeploymentLaunchConfig
{
    /// <summary>The package name (1 to 1024 of <c>[a-zA-Z0-9_.\-]</c>). Required when sending.</summary>
    [JsonPropertyName("packageName")]
    public string PackageName { get; init; } = string.Empty;

    /// <summary>The deployment pre-launch file. This file will be executed prior to the launch file.</summary>
    [JsonPropertyName("preLaunchFile")]
    public string? PreLaunchFile { get; init; }

    /// <summary>The launch file name (1 to 1024 of <c>[a-zA-Z0-9_.\-]</c>). Required when sending.</summary>
    [JsonPropertyName("launchFile")]
    public string LaunchFile { get; init; } = string.Empty;

    /// <summary>The deployment post-launch file. This file will be executed after the launch file.</summary>
    [JsonPropertyName("postLaunchFile")]
    public string? PostLaunchFile { get; init; }

    /// <summary>
    /// Environment variables for the robot application (at most 20, names <c>[A-Z_][A-Z0-9_]*</c>);
    /// null when absent. Compared by content.
    /// </summary>
    [JsonPropertyName("environmentVariables")]
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init => field = EquatableDictionary.From(value); }
}
