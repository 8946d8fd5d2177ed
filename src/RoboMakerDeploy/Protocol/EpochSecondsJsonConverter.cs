using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoboMakerDeploy;

/// <summary>
/// Reads and writes the service's timestamps: epoch seconds, possibly fractional
/// (<c>1573257600.123</c>), kept to the tick so no millisecond is lost. Reading also tolerates the
/// number in a string and an ISO 8601 string, which some proxies and tools produce.
/// </summary>
internal sealed class EpochSecondsJsonConverter : JsonConverter<DateTimeOffset>
{
    private const long TicksPerSecond = TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ReadTimestamp(ref reader);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            throw new JsonException("The timestamp is out of the range of DateTimeOffset.", ex);
        }
    }

    private static DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out var seconds)) return FromEpochSeconds(seconds);
                return FromEpochSeconds((decimal)reader.GetDouble());
            case JsonTokenType.String:
                var text = reader.GetString();
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds)) return FromEpochSeconds(seconds);
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return parsed;
                // The value is not quoted: it is the server's text, of any length, and may echo what was sent.
                throw new JsonException("The string is neither a timestamp in epoch seconds nor an ISO 8601 date.");
            default:
                throw new JsonException($"Expected a timestamp in epoch seconds, found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        // Sign, whole seconds, then the fraction with its trailing zeros removed: 1573257600.123, -1.5.
        // (The sign applies to the whole number, so the magnitude is split, not the signed value.)
        var ticks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var negative = ticks < 0;
        var whole = Math.DivRem(Math.Abs(ticks), TicksPerSecond, out var fraction);

        Span<byte> buffer = stackalloc byte[32];
        var written = 0;
        if (negative) buffer[written++] = (byte)'-';
        Utf8Formatter.TryFormat(whole, buffer[written..], out var wholeLength);
        written += wholeLength;
        if (fraction != 0)
        {
            buffer[written++] = (byte)'.';
            Span<byte> digits = stackalloc byte[7];
            for (var i = 6; i >= 0; i--)
            {
                digits[i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }
            var length = 7;
            while (digits[length - 1] == '0') length--;
            digits[..length].CopyTo(buffer[written..]);
            written += length;
        }
        writer.WriteRawValue(buffer[..written], skipInputValidation: true);
    }

    /// <summary>Converts epoch seconds to a UTC <see cref="DateTimeOffset"/>, rounding to the nearest tick.</summary>
    /// <param name="seconds">Seconds since 1970-01-01T00:00:00Z, possibly fractional.</param>
    /// <returns>The instant, in UTC.</returns>
    public static DateTimeOffset FromEpochSeconds(decimal seconds)
    {
        var ticks = decimal.Round(seconds * TicksPerSecond, MidpointRounding.AwayFromZero);
        return new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (long)ticks, TimeSpan.Zero);
    }
}
