using Refit;

namespace RoboMakerDeploy;

/// <summary>
/// Refit's content serializer, which the client never asks for: every request body is the call's serialized bytes
/// (an <see cref="HttpContent"/> Refit passes through) and every response is read by the pipeline. It exists so that
/// Refit does not build its reflection-based default, which trimming and Native AOT cannot keep.
/// </summary>
internal sealed class RoboMakerContentSerializer : IHttpContentSerializer
{
    public static RoboMakerContentSerializer Instance { get; } = new();

    public HttpContent ToHttpContent<T>(T item) => throw Unused();

    public Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default) => throw Unused();

    public string? GetFieldNameForProperty(System.Reflection.PropertyInfo propertyInfo) => null;

    private static NotSupportedException Unused() =>
        new("RoboMakerDeploy sends serialized bodies and reads responses in its own pipeline; Refit's serializer is not used.");
}
