using System.Collections.Frozen;
using System.Text.Json;

namespace RoboMakerDeploy.Emulator.Validation;

/// <summary>
/// The emulator's own reading of the service model: botocore's <c>robomaker-2018-06-29</c> <c>service-2.json</c>
/// (repo root <c>service-model/</c>, Apache-2.0), embedded as a resource. Requests are validated against it rather
/// than with the SDK's validator, so a client-side validation bug is caught here instead of repeated.
/// </summary>
internal sealed class ServiceModel
{
    private const string ResourceName = "RoboMakerDeploy.Emulator.service-2.json";

    private static readonly Lazy<ServiceModel> Embedded = new(Load);

    private readonly FrozenDictionary<string, ModelOperation> _operations;

    /// <param name="document">The parsed model; never disposed, as the shapes are elements of it and live as long as the process.</param>
    private ServiceModel(JsonDocument document)
    {
        Shapes = document.RootElement.GetProperty("shapes");
        var operations = new Dictionary<string, ModelOperation>(StringComparer.Ordinal);
        foreach (var op in document.RootElement.GetProperty("operations").EnumerateObject())
        {
            var http = op.Value.GetProperty("http");
            operations[op.Name] = new ModelOperation(
                op.Name,
                http.GetProperty("method").GetString()!,
                http.GetProperty("requestUri").GetString()!,
                op.Value.TryGetProperty("input", out var input) ? input.GetProperty("shape").GetString() : null);
        }
        _operations = operations.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The model shipped with the emulator.</summary>
    public static ServiceModel Instance => Embedded.Value;

    /// <summary>The <c>shapes</c> object of the model.</summary>
    public JsonElement Shapes { get; }

    /// <summary>The operation of that name (e.g. <c>CreateFleet</c>).</summary>
    public ModelOperation Operation(string name) =>
        _operations.TryGetValue(name, out var op) ? op : throw new KeyNotFoundException($"The service model has no operation {name}.");

    /// <summary>The shape of that name.</summary>
    public JsonElement Shape(string name) => Shapes.GetProperty(name);

    /// <summary>The string values of an enum shape (e.g. <c>DeploymentStatus</c>).</summary>
    public IReadOnlyList<string> EnumValues(string shape) =>
        [.. Shape(shape).GetProperty("enum").EnumerateArray().Select(static v => v.GetString()!)];

    private static ServiceModel Load()
    {
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded service model {ResourceName} is missing from the emulator's assembly.");
        return new ServiceModel(JsonDocument.Parse(stream));
    }
}
