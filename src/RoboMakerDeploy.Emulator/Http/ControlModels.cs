using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>The body of <c>POST /_emulator/faults</c> and the reply of <c>GET /_emulator/faults</c>.</summary>
internal sealed record FaultSettings
{
    [JsonPropertyName("throttleNext")]
    public int? ThrottleNext { get; init; }

    [JsonPropertyName("failNext")]
    public int? FailNext { get; init; }

    [JsonPropertyName("latencyMs")]
    public double? LatencyMs { get; init; }

    [JsonPropertyName("reset")]
    public bool? Reset { get; init; }
}

/// <summary>The reply of <c>GET /_emulator/health</c>.</summary>
internal sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("signaturesVerified")] bool SignaturesVerified,
    [property: JsonPropertyName("robotsPerFleet")] int RobotsPerFleet,
    [property: JsonPropertyName("jobSeconds")] double JobSeconds,
    [property: JsonPropertyName("fleets")] int Fleets,
    [property: JsonPropertyName("jobs")] int Jobs,
    [property: JsonPropertyName("worldMode")] string WorldMode);

/// <summary>The body of <c>POST /_emulator/s3</c>: tells the emulator an S3 object's etag, or that it was deleted.</summary>
internal sealed record S3ObjectSetting
{
    [JsonPropertyName("bucket")]
    public string? Bucket { get; init; }

    [JsonPropertyName("key")]
    public string? Key { get; init; }

    [JsonPropertyName("etag")]
    public string? Etag { get; init; }

    [JsonPropertyName("deleted")]
    public bool? Deleted { get; init; }
}

/// <summary>Source-generated JSON for the control endpoints.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FaultSettings))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(S3ObjectSetting))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
