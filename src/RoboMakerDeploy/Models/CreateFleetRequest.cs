using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The request of CreateFleet: creates a fleet, a logical group of robots running the same robot
/// application. (service model: CreateFleetRequest)
/// </summary>
/// <remarks>The service has retired this operation: the model's documentation says it "is no longer supported and will throw an error if used".</remarks>
public sealed record CreateFleetRequest
{
    /// <summary>
    /// The name of the fleet (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). Required.
    /// (service model: CreateFleetRequest.name)
    /// </summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>
    /// A map that contains tag keys and tag values that are attached to the fleet (at most 50 entries; keys 1
    /// to 128 and values 0 to 256 of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content.
    /// (service model: CreateFleetRequest.tags)
    /// </summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }
}
