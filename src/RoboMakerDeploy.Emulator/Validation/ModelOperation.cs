namespace RoboMakerDeploy.Emulator.Validation;

/// <summary>An operation of the service model: its name, HTTP method, request URI template and input shape.</summary>
internal sealed record ModelOperation(string Name, string Method, string RequestUri, string? InputShape);
