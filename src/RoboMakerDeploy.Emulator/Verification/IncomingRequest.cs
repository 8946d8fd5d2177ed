namespace RoboMakerDeploy.Emulator.Verification;

/// <summary>What a signature covers: the method, the raw path and query as sent, the headers and the body bytes.</summary>
internal sealed record IncomingRequest(
    string Method,
    string RawPath,
    string? RawQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body);
