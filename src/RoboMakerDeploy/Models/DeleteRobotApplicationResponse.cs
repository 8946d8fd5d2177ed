using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The reply of DeleteRobotApplication, which carries no members (<c>{}</c>).
/// (service model: DeleteRobotApplicationResponse)
/// </summary>
public sealed record DeleteRobotApplicationResponse : IResponseWithMetadata
{
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
