using System.Text.Json.Serialization;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// A report of a deployment job's state while it is waited on: the job's status and each robot's
/// status, step, percent done and time remaining. Compared by value, which is how the waiter reports
/// only changes.
/// </summary>
public sealed record DeploymentJobProgress
{
    /// <summary>The job's ARN.</summary>
    public string? JobArn { get; init; }

    /// <summary>The job's status (<see cref="DeploymentStatus.Unknown"/> for a value this SDK does not know; see <see cref="RawStatus"/>).</summary>
    [JsonIgnore]
    public DeploymentStatus? Status
    {
        get => WireEnum<DeploymentStatus>.Parse(RawStatus);
        init => RawStatus = WireEnum<DeploymentStatus>.ToWire(value, nameof(Status));
    }

    /// <summary>The job's status as the service sent it.</summary>
    public string? RawStatus { get; init; }

    /// <summary>Each robot's progress, in the service's order. Compared by content.</summary>
    public IReadOnlyList<RobotProgress> Robots { get; init => field = EquatableList<RobotProgress>.From(value); } = EquatableList<RobotProgress>.Empty;

    /// <summary>Builds the progress report of a job description.</summary>
    /// <param name="description">The reply of DescribeDeploymentJob.</param>
    /// <returns>The report.</returns>
    public static DeploymentJobProgress From(DescribeDeploymentJobResponse description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var robots = new RobotProgress[description.RobotDeploymentSummary.Count];
        for (var i = 0; i < robots.Length; i++)
        {
            robots[i] = RobotProgress.From(description.RobotDeploymentSummary[i]);
        }
        return new DeploymentJobProgress
        {
            JobArn = description.Arn,
            RawStatus = description.RawStatus,
            Robots = robots,
        };
    }
}
