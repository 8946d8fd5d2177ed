namespace RoboMakerDeploy.Protocol;

/// <summary>
/// A request body of serialized JSON whose bytes the signing handler can hash without reading (and so
/// copying) the content: the bytes hashed are still exactly the bytes sent.
/// </summary>
internal sealed class JsonBodyContent(byte[] body) : ByteArrayContent(body)
{
    /// <summary>The bytes sent; never modified.</summary>
    public byte[] Body { get; } = body;
}
