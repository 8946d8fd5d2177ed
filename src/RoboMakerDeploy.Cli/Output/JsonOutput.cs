using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>
/// Writes the SDK's models as indented JSON with the wire member names, through the SDK's source-generated
/// context. Faithful to the wire: the models default absent lists and maps to empty ones, so empty collections
/// are left out (a reply without <c>deploymentApplicationConfigs</c> prints without it), and text is escaped only
/// where JSON requires it ('+' and apostrophes print as they are), and for bidirectional controls, which would show
/// the text in another order on a terminal.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(RoboMakerDeployJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = RoboMakerDeployJson.Options.TypeInfoResolver!.WithAddedModifier(OmitEmptyCollections),
    };

    /// <summary>The JSON text; bidirectional controls in its strings as <c>\uXXXX</c> (the relaxed encoder lets them through).</summary>
    public static string Serialize<T>(T value) => ControlCharacters.EscapeBidirectional(JsonSerializer.Serialize(value, RoboMakerDeployJson.TypeInfo<T>(Options)))!;

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(Serialize(value));

    /// <summary>Contract customization (works on source-generated metadata, so AOT-safe): a collection property is written only when it has items.</summary>
    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType)) continue;
            property.ShouldSerialize = static (_, value) => HasItems(value);
        }
    }

    private static bool HasItems(object? value)
    {
        switch (value)
        {
            case null: return false;
            case ICollection collection: return collection.Count > 0;
            case IEnumerable enumerable:
                var enumerator = enumerable.GetEnumerator();
                try
                {
                    return enumerator.MoveNext();
                }
                finally
                {
                    (enumerator as IDisposable)?.Dispose();
                }
            default: return true;
        }
    }
}
