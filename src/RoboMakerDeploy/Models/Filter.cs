using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// A filter for <c>ListDeploymentJobs</c>: the name <c>status</c> or <c>fleetName</c> and up to three
/// complete values, matched exactly.
/// </summary>
public sealed record Filter
{
    /// <summary>The name of the filter: <c>status</c> or <c>fleetName</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>The values to match (at most three). Compared by content.</summary>
    [JsonPropertyName("values")]
    public IReadOnlyList<string> Values { get; init => field = EquatableList<string>.From(value); } = EquatableList<string>.Empty;

    /// <summary>A filter on the job status, for example <c>Filter.ByStatus(DeploymentStatus.InProgress, DeploymentStatus.Pending)</c>.</summary>
    /// <param name="statuses">One to three statuses.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">A status is <see cref="DeploymentStatus.Unknown"/> or not a defined member.</exception>
    public static Filter ByStatus(params DeploymentStatus[] statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var values = new string[statuses.Length];
        for (var i = 0; i < statuses.Length; i++)
        {
            if (!WireEnum<DeploymentStatus>.TryToWire(statuses[i], out var wire))
            {
                throw new ArgumentException(
                    $"DeploymentStatus.{statuses[i]} has no wire string; to filter on a status this SDK does not know, use new Filter {{ Name = \"status\", Values = [...] }}.",
                    nameof(statuses));
            }
            values[i] = wire!;
        }
        return new Filter { Name = "status", Values = values };
    }

    /// <summary>A filter on the fleet name (the name, not the ARN).</summary>
    /// <param name="fleetNames">One to three fleet names.</param>
    /// <returns>The filter.</returns>
    public static Filter ByFleetName(params string[] fleetNames) => new() { Name = "fleetName", Values = fleetNames };
}
