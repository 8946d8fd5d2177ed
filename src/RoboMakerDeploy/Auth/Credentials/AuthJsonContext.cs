using System.Text.Json.Serialization;

namespace RoboMakerDeploy;

/// <summary>Source-generated JSON metadata for the credentials code (no reflection, AOT-safe).</summary>
[JsonSerializable(typeof(CredentialProcessOutput))]
internal sealed partial class AuthJsonContext : JsonSerializerContext;
