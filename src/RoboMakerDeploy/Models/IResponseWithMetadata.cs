namespace RoboMakerDeploy.Models;

/// <summary>
/// A response the client attaches its <see cref="ResponseMetadata"/> to once, right after parsing it and before anyone
/// else sees it: in place, so a large response is not copied for one more member.
/// </summary>
internal interface IResponseWithMetadata
{
    void AttachMetadata(ResponseMetadata metadata);
}
