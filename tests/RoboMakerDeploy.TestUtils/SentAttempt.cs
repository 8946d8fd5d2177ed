namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// What one attempt carried as it left the client (recorded by <see cref="InMemoryTransport"/>): its number (1 for the
/// first attempt the transport saw), method, URI, every request and content header (several values joined by ','),
/// and the body's bytes (empty when there is no content).
/// </summary>
public sealed record SentAttempt(int Number, HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>Whether the request had content at all (false: no body and no content headers; <see cref="Body"/> is then empty).</summary>
    public bool HasContent { get; init; }

    /// <summary>Every header's values one by one (case-insensitive names), to see a header that was sent twice.</summary>
    public IReadOnlyDictionary<string, string[]> HeaderValues { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The URI's path, for example <c>/describeDeploymentJob</c>.</summary>
    public string Path => Uri.AbsolutePath;

    /// <summary>The operation: the path after its last '/', for example <c>describeDeploymentJob</c> (also behind a path prefix).</summary>
    public string Operation => InMemoryTransport.OperationOf(Uri);

    /// <summary>The <c>X-Amz-Date</c> header (SigV4's request date), or null.</summary>
    public string? AmzDate => Header("X-Amz-Date");

    /// <summary>The <c>Authorization</c> header, or null.</summary>
    public string? Authorization => Header("Authorization");

    /// <summary>The SigV4 signature: what follows <c>Signature=</c> in the Authorization header, or null.</summary>
    public string? Signature
    {
        get
        {
            var authorization = Authorization;
            var at = authorization?.IndexOf("Signature=", StringComparison.Ordinal) ?? -1;
            return at >= 0 ? authorization![(at + "Signature=".Length)..] : null;
        }
    }

    /// <summary>The <c>X-Amz-Security-Token</c> header (the session token), or null.</summary>
    public string? SecurityToken => Header("X-Amz-Security-Token");

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    /// <summary>The header <paramref name="name"/> (case-insensitive), or null when it was not sent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
