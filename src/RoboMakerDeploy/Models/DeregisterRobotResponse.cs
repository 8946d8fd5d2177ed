using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of DeregisterRobot: the fleet and the robot taken out of it. (service model: DeregisterRobotResponse)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record DeregisterRobotResponse : IResponseWithMetadata
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: DeregisterRobotResponse.fleet)
    /// </summary>
    [JsonPropertyName("fleet")]
    public string? Fleet { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: DeregisterRobotResponse.robot)
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
