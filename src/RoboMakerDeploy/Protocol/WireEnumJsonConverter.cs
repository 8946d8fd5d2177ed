using System.Text.Json;
using System.Text.Json.Serialization;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// Writes an SDK enum as its exact wire string and reads a wire string back, mapping a string this SDK
/// does not know to <c>Unknown</c> instead of throwing.
/// </summary>
/// <typeparam name="TEnum">One of the SDK's wire enums.</typeparam>
internal sealed class WireEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return default;
        }
        return WireEnum<TEnum>.Parse(reader.GetString()) ?? default;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (WireEnum<TEnum>.TryToWire(value, out var wire))
        {
            writer.WriteStringValue(wire);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
