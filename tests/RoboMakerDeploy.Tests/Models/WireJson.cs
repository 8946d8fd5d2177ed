using System.Text.Json;

namespace RoboMakerDeploy.Tests.Models;

/// <summary>The models' wire JSON through the public entry point, <see cref="RoboMakerDeployJson.TypeInfo{T}"/>.</summary>
internal static class WireJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, RoboMakerDeployJson.TypeInfo<T>());

    public static T Parse<T>(string json) => JsonSerializer.Deserialize(json, RoboMakerDeployJson.TypeInfo<T>())!;

    /// <summary>An instant given in epoch milliseconds, the precision the tests hold the wire's fractional seconds to.</summary>
    public static DateTimeOffset At(long epochMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(epochMilliseconds);

    /// <summary>
    /// A request writes exactly <paramref name="json"/> and parses back to an equal record (so nothing is
    /// written that the model cannot read back).
    /// </summary>
    public static void AssertRequest<T>(T request, string json)
    {
        Assert.Equal(json, Write(request));
        Assert.Equal(request, Parse<T>(json));
    }

    /// <summary>
    /// A reply parses into the expected record and writes back byte for byte, raw enum strings included.
    /// </summary>
    public static T AssertReply<T>(string json, T expected)
    {
        var parsed = Parse<T>(json);
        Assert.Equal(expected, parsed);
        Assert.Equal(json, Write(parsed));
        return parsed;
    }
}
