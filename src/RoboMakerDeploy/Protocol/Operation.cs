namespace RoboMakerDeploy;

/// <summary>
/// What the pipeline needs to know about one operation of the API: its name (as the service model spells it),
/// how its request is checked and written, and how its response is read. One instance per operation, in
/// <see cref="Operations"/>; the per-call state lives in <see cref="RoboMakerCall"/>.
/// </summary>
internal abstract class Operation(string name, bool allowsEmptyResponse)
{
    /// <summary>The operation's name in the service model, such as <c>CreateDeploymentJob</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The name of the call's span, <c>RoboMaker.{Name}</c> (made once, not per call).</summary>
    public string CallSpanName { get; } = $"RoboMaker.{name}";

    /// <summary>The name of an attempt's span, <c>RoboMaker.{Name} attempt</c>.</summary>
    public string AttemptSpanName { get; } = $"RoboMaker.{name} attempt";

    /// <summary>Whether an empty body is a valid response (the operation's output has no members, as CancelDeploymentJob's).</summary>
    public bool AllowsEmptyResponse { get; } = allowsEmptyResponse;

    /// <summary>The response an empty body stands for; only called when <see cref="AllowsEmptyResponse"/>.</summary>
    public abstract object EmptyResponse();

    /// <summary>Streams <paramref name="body"/> into the response model with its source-generated metadata.</summary>
    /// <param name="body">The response body.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The model, or null for a JSON <c>null</c>.</returns>
    /// <exception cref="System.Text.Json.JsonException">The body is not JSON of the response's shape.</exception>
    public abstract ValueTask<object?> DeserializeResponseAsync(Stream body, CancellationToken cancellationToken);

    /// <inheritdoc />
    public override string ToString() => Name;
}
