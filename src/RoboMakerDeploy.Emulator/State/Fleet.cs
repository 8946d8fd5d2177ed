using System.Security.Cryptography;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>A simulated fleet: its robots and its jobs (guarded by the service's lock).</summary>
internal sealed class Fleet
{
    public Fleet(FleetArn arn, int robots)
    {
        Arn = arn;
        var idBase = 1_500_000_000_000L + (RandomNumberGenerator.GetInt32(100_000_000) * 1000L);
        RobotArns = [.. Enumerable.Range(0, robots).Select(i => ArnFormats.RobotArn(arn, i, idBase))];
    }

    public FleetArn Arn { get; }

    public IReadOnlyList<string> RobotArns { get; }

    /// <summary>The fleet's newest job, or null before its first.</summary>
    public SimulatedJob? LatestJob { get; set; }
}
