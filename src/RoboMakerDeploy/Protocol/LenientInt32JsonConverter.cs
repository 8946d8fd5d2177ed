using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoboMakerDeploy;

/// <summary>
/// Reads an integer member that a service or proxy wrote as an integral floating-point number
/// (<c>12.0</c>, as Python and JavaScript servers do) instead of failing the whole reply.
/// </summary>
internal sealed class LenientInt32JsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var exact)) return exact;
            if (reader.TryGetDouble(out var number) && double.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue)
            {
                return (int)number;
            }
        }
        throw new JsonException($"Expected a whole number that fits 32 bits, found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
