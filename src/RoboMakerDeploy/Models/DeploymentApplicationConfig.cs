using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>Which robot application version a deployment installs, and how it is launched.</summary>
public sealed record DeploymentApplicationConfig
{
    /// <summary>The Amazon Resource Name (ARN) of the robot application. Required when sending.</summary>
    [JsonPropertyName("application")]
    public string Application { get; init; } = string.Empty;

    /// <summary>
    /// The version of the application: a numbered version (1 to 255 digits), since <c>$LATEST</c> cannot
    /// be deployed. Required when sending.
    /// </summary>
    [JsonPropertyName("applicationVersion")]
    public string ApplicationVersion { get; init; } = string.Empty;

    /// <summary>The launch configuration. Required when sending.</summary>
    [JsonPropertyName("launchConfig")]
    public DeploymentLaunchConfig? LaunchConfig { get; init; }
}
