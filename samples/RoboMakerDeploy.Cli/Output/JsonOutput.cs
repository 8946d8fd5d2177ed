using System.Text.Json;
using RoboMakerDeploy.Protocol;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>Writes the SDK's models as indented JSON with the wire member names, through the SDK's source-generated context.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(RoboMakerDeployJson.Options) { WriteIndented = true };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, RoboMakerDeployJson.TypeInfo<T>(Options));

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(Serialize(value));
}
