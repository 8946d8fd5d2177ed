using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoboMakerDeploy;

/// <summary>
/// Reads a floating-point member (<c>percentDone</c>) so that no non-finite number enters a model: a value beyond
/// the range of <see cref="float"/> (<c>5e38</c>) reads as null, like an absent member, instead of as infinity, which
/// the model's users could neither compare sensibly nor serialize.
/// </summary>
internal sealed class FiniteSingleJsonConverter : JsonConverter<float?>
{
    public override bool HandleNull => true;

    public override float? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.Number) throw new JsonException($"Expected a number, found {reader.TokenType}.");
        if (!reader.TryGetDouble(out var number)) return null;
        var single = (float)number;
        return float.IsFinite(single) ? single : null;
    }

    public override void Write(Utf8JsonWriter writer, float? value, JsonSerializerOptions options)
    {
        if (value is { } number && float.IsFinite(number)) writer.WriteNumberValue(number);
        else writer.WriteNullValue();
    }
}
