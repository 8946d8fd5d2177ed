using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>An object in Amazon S3: here, the download condition file of a deployment.</summary>
public sealed record S3Object
{
    /// <summary>The bucket containing the object (3 to 63 characters). Required when sending.</summary>
    [JsonPropertyName("bucket")]
    public string Bucket { get; init; } = string.Empty;

    /// <summary>The key of the object (1 to 1024 characters). Required when sending.</summary>
    [JsonPropertyName("key")]
    public string Key { get; init; } = string.Empty;

    /// <summary>The etag of the object, if it should be checked.</summary>
    [JsonPropertyName("etag")]
    public string? Etag { get; init; }
}
