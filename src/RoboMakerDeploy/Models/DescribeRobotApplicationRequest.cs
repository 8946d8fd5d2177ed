using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The request of DescribeRobotApplication: describes a version of a robot application.
/// (service model: DescribeRobotApplicationRequest)
/// </summary>
public sealed record DescribeRobotApplicationRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot application (1 to 1224 characters, starting <c>arn:</c>).
    /// Required. (service model: DescribeRobotApplicationRequest.application)
    /// </summary>
    [JsonPropertyName("application")]
    public string Application { get; init; } = string.Empty;

    /// <summary>
    /// The version of the robot application to describe (1 to 255 characters: <c>$LATEST</c> or digits).
    /// (service model: DescribeRobotApplicationRequest.applicationVersion)
    /// </summary>
    [JsonPropertyName("applicationVersion")]
    public string? ApplicationVersion { get; init; }
}
