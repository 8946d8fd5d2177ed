using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RoboMakerDeploy;

/// <summary>
/// The wire JSON of the API's models, source-generated (no reflection, trimming- and AOT-safe): member
/// names as the service spells them, nulls omitted, timestamps as epoch seconds. Use it to serialize the
/// models yourself, e.g. <c>JsonSerializer.Serialize(job, RoboMakerDeployJson.TypeInfo&lt;DeploymentJob&gt;())</c>.
/// </summary>
public static class RoboMakerDeployJson
{
    /// <summary>Read-only serializer options whose resolver knows every model; copy them to change settings such as indentation.</summary>
    public static JsonSerializerOptions Options => RoboMakerDeployJsonContext.Default.Options;

    /// <summary>The JSON metadata of a model type.</summary>
    /// <typeparam name="T">A request, reply or model type of the API (or a list of <c>DeploymentJob</c>).</typeparam>
    /// <param name="options">Options derived from <see cref="Options"/> (for instance indented); null for <see cref="Options"/>.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the API's types.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions? options = null) =>
        (options ?? Options).GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T)} is not one of the RoboMaker deployment API's types.");
}
