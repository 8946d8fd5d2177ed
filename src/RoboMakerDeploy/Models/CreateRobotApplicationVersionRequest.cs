using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The request of CreateRobotApplicationVersion: creates a numbered version of a robot application from its
/// <c>$LATEST</c> version. (service model: CreateRobotApplicationVersionRequest)
/// </summary>
public sealed record CreateRobotApplicationVersionRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot application (1 to 1224 characters, starting <c>arn:</c>).
    /// Required. (service model: CreateRobotApplicationVersionRequest.application)
    /// </summary>
    [JsonPropertyName("application")]
    public string Application { get; init; } = string.Empty;

    /// <summary>
    /// The current revision id for the robot application. If you provide a value and it matches the latest
    /// revision ID, a new version will be created (1 to 40 of <c>[a-zA-Z0-9_.\-]</c>).
    /// (service model: CreateRobotApplicationVersionRequest.currentRevisionId)
    /// </summary>
    [JsonPropertyName("currentRevisionId")]
    public string? CurrentRevisionId { get; init; }

    /// <summary>
    /// The Amazon S3 identifier for the zip file bundle that you use for your robot application. Compared by
    /// content. (service model: CreateRobotApplicationVersionRequest.s3Etags)
    /// </summary>
    [JsonPropertyName("s3Etags")]
    public IReadOnlyList<string>? S3Etags
    {
        get;
        init => field = value is null ? null : EquatableList<string>.From(value);
    }

    /// <summary>
    /// A SHA256 identifier for the Docker image that you use for your robot application (at most 72 characters
    /// matching <c>[Ss][Hh][Aa]256:[0-9a-fA-F]{64}</c>).
    /// (service model: CreateRobotApplicationVersionRequest.imageDigest)
    /// </summary>
    [JsonPropertyName("imageDigest")]
    public string? ImageDigest { get; init; }
}
