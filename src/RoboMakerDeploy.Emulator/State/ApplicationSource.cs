namespace RoboMakerDeploy.Emulator.State;

/// <summary>A robot application's bundle for one architecture (the model's Source shape).</summary>
internal sealed record ApplicationSource(string S3Bucket, string S3Key, string Etag, string Architecture);
