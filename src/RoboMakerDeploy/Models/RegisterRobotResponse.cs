using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of RegisterRobot: the fleet and the robot it now holds. (service model: RegisterRobotResponse)</summary>
/// <remarks>The service has retired this operation: the model's documentation says it "is no longer supported and will throw an error if used".</remarks>
public sealed record RegisterRobotResponse : IResponseWithMetadata
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet that the robot will join (1 to 1224 characters, starting
    /// <c>arn:</c>). (service model: RegisterRobotResponse.fleet)
    /// </summary>
    [JsonPropertyName("fleet")]
    public string? Fleet { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot that joins the fleet (1 to 1224 characters, starting
    /// <c>arn:</c>). (service model: RegisterRobotResponse.robot)
    /// </summary>
    [JsonPropertyName("robot")]
    public string? Robot { get; init; }

    /// <summary>
    /// What the client learnt while getting this response: request id, HTTP status, attempts (see
    /// <see cref="RoboMakerDeploy.ResponseMetadata"/>); null on a response the client did not return. Not part of the
    /// wire format, nor of value equality.
    /// </summary>
    [JsonIgnore]
    public ResponseMetadata? ResponseMetadata { get => _responseMetadata.Value; init => _responseMetadata = new(value); }

    private MetadataSlot _responseMetadata;

    void IResponseWithMetadata.AttachMetadata(ResponseMetadata metadata) => _responseMetadata = new(metadata);
}
