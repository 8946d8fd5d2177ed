using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of SyncDeploymentJob: synchronizes the robots of a fleet to its latest deployment.</summary>
public sealed record SyncDeploymentJobRequest
{
    /// <summary>
    /// Unique, case-sensitive identifier that makes the request idempotent (1 to 64 of <c>[a-zA-Z0-9_\-=]</c>).
    /// When null, the client generates one; every retry of the call carries the same token.
    /// </summary>
    [JsonPropertyName("clientRequestToken")]
    public string? ClientRequestToken { get; init; }

    /// <summary>The Amazon Resource Name (ARN) of the fleet to synchronize. Required.</summary>
    [JsonPropertyName("fleet")]
    public string Fleet { get; init; } = string.Empty;
}
