using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of DescribeRobot: the robot. (service model: DescribeRobotResponse)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record DescribeRobotResponse : IResponseWithMetadata
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: DescribeRobotResponse.arn)
    /// </summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>The name of the robot (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). (service model: DescribeRobotResponse.name)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: DescribeRobotResponse.fleetArn)
    /// </summary>
    [JsonPropertyName("fleetArn")]
    public string? FleetArn { get; init; }

    /// <summary>
    /// The status of the robot; <see cref="RobotStatus.Unknown"/> for a value this SDK does not know (its wire
    /// string is in <see cref="RawStatus"/>), null when absent. (service model: DescribeRobotResponse.status)
    /// </summary>
    [JsonIgnore]
    public RobotStatus? Status
    {
        get => WireEnum<RobotStatus>.Parse(RawStatus);
        init => RawStatus = WireEnum<RobotStatus>.ToWire(value, nameof(Status));
    }

    /// <summary>The status exactly as the service sent it (<c>status</c>); set it to send a value this SDK does not know.</summary>
    [JsonPropertyName("status")]
    public string? RawStatus { get; init; }

    /// <summary>The Greengrass group id (1 to 1224 characters). (service model: DescribeRobotResponse.greengrassGroupId)</summary>
    [JsonPropertyName("greengrassGroupId")]
    public string? GreengrassGroupId { get; init; }

    /// <summary>
    /// When the robot was created. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: DescribeRobotResponse.createdAt)
    /// </summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// The target architecture of the robot application; <see cref="Architecture.Unknown"/> for a value this
    /// SDK does not know (its wire string is in <see cref="RawArchitecture"/>), null when absent.
    /// (service model: DescribeRobotResponse.architecture)
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

    /// <summary>
    /// The Amazon Resource Name (ARN) of the last deployment job (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: DescribeRobotResponse.lastDeploymentJob)
    /// </summary>
    [JsonPropertyName("lastDeploymentJob")]
    public string? LastDeploymentJob { get; init; }

    /// <summary>
    /// The time of the last deployment job. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: DescribeRobotResponse.lastDeploymentTime)
    /// </summary>
    [JsonPropertyName("lastDeploymentTime")]
    public DateTimeOffset? LastDeploymentTime { get; init; }

    /// <summary>
    /// The list of all tags added to the specified robot (at most 50 entries; keys 1 to 128 and values 0 to 256
    /// of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content. (service model: DescribeRobotResponse.tags)
    /// </summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }

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
