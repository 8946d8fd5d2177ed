using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoboMakerDeploy;

/// <summary>
/// Reads a 64-bit integer member that was written as an integral floating-point number (<c>300.0</c>)
/// instead of failing the whole reply.
/// </summary>
internal sealed class LenientInt64JsonConverter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var exact)) return exact;
            if (reader.TryGetDouble(out var number) && double.IsInteger(number) && number is >= -9.2233720368547758E18 and < 9.2233720368547758E18)
            {
                return (long)number;
            }
        }
        throw new JsonException($"Expected a whole number that fits 64 bits, found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
