using System.Text.Json.Serialization;

namespace RoboMakerDeploy;

/// <summary>The JSON a <c>credential_process</c> prints.</summary>
internal sealed class CredentialProcessOutput
{
    [JsonPropertyName("Version")]
    public int? Version { get; set; }

    [JsonPropertyName("AccessKeyId")]
    public string? AccessKeyId { get; set; }

    [JsonPropertyName("SecretAccessKey")]
    public string? SecretAccessKey { get; set; }

    [JsonPropertyName("SessionToken")]
    public string? SessionToken { get; set; }

    [JsonPropertyName("Expiration")]
    public string? Expiration { get; set; }

    public override string ToString() => "CredentialProcessOutput(***)";
}
