using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of CreateDeploymentJob: deploys a robot application version to the robots of a fleet.</summary>
public sealed record CreateDeploymentJobRequest
{
    /// <summary>
    /// Unique, case-sensitive identifier that makes the request idempotent (1 to 64 of <c>[a-zA-Z0-9_\-=]</c>).
    /// When null, the client generates one; every retry of the call carries the same token.
    /// </summary>
    [JsonPropertyName("clientRequestToken")]
    public string? ClientRequestToken { get; init; }

    /// <summary>The deployment application configuration: exactly one entry. Compared by content.</summary>
    [JsonPropertyName("deploymentApplicationConfigs")]
    public IReadOnlyList<DeploymentApplicationConfig> DeploymentApplicationConfigs
    {
        get;
        init => field = EquatableList<DeploymentApplicationConfig>.From(value);
    } = EquatableList<DeploymentApplicationConfig>.Empty;

    /// <summary>The requested deployment configuration, or null for the service's defaults.</summary>
    [JsonPropertyName("deploymentConfig")]
    public DeploymentConfig? DeploymentConfig { get; init; }

    /// <summary>The Amazon Resource Name (ARN) of the fleet to deploy to. Required.</summary>
    [JsonPropertyName("fleet")]
    public string Fleet { get; init; } = string.Empty;

    /// <summary>Tags to attach to the deployment job (at most 50), or null. Compared by content.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }
}
