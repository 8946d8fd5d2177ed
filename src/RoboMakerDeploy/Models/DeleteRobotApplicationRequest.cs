using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The request of DeleteRobotApplication: deletes a robot application, or one of its versions.
/// (service model: DeleteRobotApplicationRequest)
/// </summary>
public sealed record DeleteRobotApplicationRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot application (1 to 1224 characters, starting <c>arn:</c>).
    /// Required. (service model: DeleteRobotApplicationRequest.application)
    /// </summary>
    [JsonPropertyName("application")]
    public string Application { get; init; } = string.Empty;

    /// <summary>
    /// The version of the robot application to delete (1 to 255 characters: <c>$LATEST</c> or digits).
    /// (service model: DeleteRobotApplicationRequest.applicationVersion)
    /// </summary>
    [JsonPropertyName("applicationVersion")]
    public string? ApplicationVersion { get; init; }
}
