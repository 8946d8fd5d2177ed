namespace RoboMakerDeploy.Emulator.State;

/// <summary>A parsed fleet ARN.</summary>
internal sealed record FleetArn(string Arn, string Partition, string Region, string Account, string Name);
