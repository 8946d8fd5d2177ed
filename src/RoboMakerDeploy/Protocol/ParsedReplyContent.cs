namespace RoboMakerDeploy.Protocol;

/// <summary>A reply body already parsed by <see cref="ReplyHandler"/>: the model, and the bytes it came from.</summary>
internal sealed class ParsedReplyContent(object value, byte[] body) : ByteArrayContent(body)
{
    public object Value { get; } = value;
}
