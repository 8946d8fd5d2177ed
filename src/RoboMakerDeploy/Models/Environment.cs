using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The Docker image a robot application runs from, for applications that use a container image instead of
/// sources (service model: Environment).
/// </summary>
/// <remarks>Named as the service model names it, so it shares its simple name with <see cref="System.Environment"/>: a file that imports both namespaces writes <c>System.Environment</c> or <c>Models.Environment</c>.</remarks>
public sealed record Environment
{
    /// <summary>
    /// The Docker image URI for either your robot or simulation applications (1 to 1024 characters).
    /// (service model: Environment.uri)
    /// </summary>
    [JsonPropertyName("uri")]
    public string? Uri { get; init; }
}
