using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Protocol;

/// <summary>The JSON body of an error reply, in the forms AWS REST-JSON services use.</summary>
public sealed record ErrorReply
{
    /// <summary>The error type, possibly with a namespace prefix (<c>com.amazonaws.robomaker#ThrottlingException</c>).</summary>
    [JsonPropertyName("__type")]
    public string? Type { get; init; }

    /// <summary>The error code, in services that send <c>code</c> instead of <c>__type</c>.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The message (lower-case member name).</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The message (capitalised member name, which some services send).</summary>
    [JsonPropertyName("Message")]
    public string? CapitalizedMessage { get; init; }
}
