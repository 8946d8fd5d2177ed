using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of CreateRobot: creates a robot. (service model: CreateRobotRequest)</summary>
/// <remarks>The service has retired this operation: the model's documentation says it "is no longer supported and will throw an error if used".</remarks>
public sealed record CreateRobotRequest
{
    /// <summary>
    /// The name for the robot (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). Required.
    /// (service model: CreateRobotRequest.name)
    /// </summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>
    /// The target architecture of the robot; <see cref="Architecture.Unknown"/> for a value this SDK does not
    /// know (its wire string is in <see cref="RawArchitecture"/>), null when absent. Required.
    /// (service model: CreateRobotRequest.architecture)
    /// Setting <c>Unknown</c> or a value outside the enum is refused when the request is validated, before anything
    /// is sent: an <see cref="ArgumentException"/> naming the wire path (<c>architecture</c>) and the allowed values.
    /// </summary>
    [JsonIgnore]
    public Architecture? Architecture
    {
        get => WireEnum<Architecture>.Parse(RawArchitecture);
        init => RawArchitecture = WireEnum<Architecture>.ToWireOrRefusedValue(value);
    }

    /// <summary>The architecture as its wire string (<c>architecture</c>); validation accepts only the service model's values (X86_64 | ARM64 | ARMHF) and refuses any other before sending.</summary>
    [JsonPropertyName("architecture")]
    public string? RawArchitecture { get; init; }

    /// <summary>
    /// The Greengrass group id (1 to 1224 characters). Required.
    /// (service model: CreateRobotRequest.greengrassGroupId)
    /// </summary>
    [JsonPropertyName("greengrassGroupId")]
    public string GreengrassGroupId { get; init; } = string.Empty;

    /// <summary>
    /// A map that contains tag keys and tag values that are attached to the robot (at most 50 entries; keys 1
    /// to 128 and values 0 to 256 of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content.
    /// (service model: CreateRobotRequest.tags)
    /// </summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }
}
