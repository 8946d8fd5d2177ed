using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RoboMakerDeploy.Protocol;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>Writes the SDK's models as indented JSON with the wire member names, through the SDK's source-generated context.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(RoboMakerDeployJsonContext.Default.Options) { WriteIndented = true };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(Serialize(value));
}
