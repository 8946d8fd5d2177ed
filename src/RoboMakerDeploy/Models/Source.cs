using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>A robot application's bundle for one architecture, as the service reports it (service model: Source).</summary>
public sealed record Source
{
    /// <summary>
    /// The s3 bucket name (3 to 63 characters matching <c>[a-z0-9][a-z0-9.\-]*[a-z0-9]</c>).
    /// (service model: Source.s3Bucket)
    /// </summary>
    [JsonPropertyName("s3Bucket")]
    public string? S3Bucket { get; init; }

    /// <summary>The s3 object key (1 to 1024 characters). (service model: Source.s3Key)</summary>
    [JsonPropertyName("s3Key")]
    public string? S3Key { get; init; }

    /// <summary>A hash of the object specified by <c>s3Bucket</c> and <c>s3Key</c>. (service model: Source.etag)</summary>
    [JsonPropertyName("etag")]
    public string? Etag { get; init; }

    /// <summary>
    /// The target processor architecture for the application; <see cref="Architecture.Unknown"/> for a value
    /// this SDK does not know (its wire string is in <see cref="RawArchitecture"/>), null when absent.
    /// (service model: Source.architecture)
    /// </summary>
    [JsonIgnore]
    public Architecture? Architecture
    {
        get => WireEnum<Architecture>.Parse(RawArchitecture);
        init => RawArchitecture = WireEnum<Architecture>.ToWire(value, nameof(Architecture));
    }

    /// <summary>
    /// The architecture exactly as the service sent it (<c>architecture</c>); set it to send a value this SDK
    /// does not know.
    /// </summary>
    [JsonPropertyName("architecture")]
    public string? RawArchitecture { get; init; }
}
