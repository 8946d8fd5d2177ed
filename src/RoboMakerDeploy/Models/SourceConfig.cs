using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// Where a robot application's bundle for one architecture is uploaded, as sent when creating or updating
/// it (service model: SourceConfig).
/// </summary>
public sealed record SourceConfig
{
    /// <summary>
    /// The Amazon S3 bucket name (3 to 63 characters matching <c>[a-z0-9][a-z0-9.\-]*[a-z0-9]</c>).
    /// (service model: SourceConfig.s3Bucket)
    /// </summary>
    [JsonPropertyName("s3Bucket")]
    public string? S3Bucket { get; init; }

    /// <summary>The s3 object key (1 to 1024 characters). (service model: SourceConfig.s3Key)</summary>
    [JsonPropertyName("s3Key")]
    public string? S3Key { get; init; }

    /// <summary>
    /// The target processor architecture for the application; <see cref="Architecture.Unknown"/> for a value
    /// this SDK does not know (its wire string is in <see cref="RawArchitecture"/>), null when absent.
    /// (service model: SourceConfig.architecture)
    /// Setting <c>Unknown</c> or a value outside the enum is refused when the request is validated, before anything
    /// is sent: an <see cref="ArgumentException"/> naming the wire path (<c>sources[i].architecture</c>) and the allowed values.
    /// </summary>
    [JsonIgnore]
    public Architecture? Architecture
    {
        get => WireEnum<Architecture>.Parse(RawArchitecture);
        init => RawArchitecture = WireEnum<Architecture>.ToWireOrRefusedValue(value);
    }

    /// <summary>The architecture as its wire string (<c>architecture</c>); in a request, validation accepts only the service model's values (X86_64 | ARM64 | ARMHF) and refuses any other before sending.</summary>
    [JsonPropertyName("architecture")]
    public string? RawArchitecture { get; init; }
}
