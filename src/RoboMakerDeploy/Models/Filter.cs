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
    /// <param name="statuses">One to three statuses (the API reference's "up to three" values of one filter).</param>
    /// <returns>The filter; building it never throws for a status value.</returns>
    /// <remarks>
    /// <see cref="DeploymentStatus.Unknown"/> or a value outside the enum has no wire string: it is kept as a text no
    /// status holds (<c>DeploymentStatus.Unknown</c>) that request validation refuses before anything is sent, with an
    /// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> is its wire path
    /// (<c>filters[0].values[1]</c>), as every other enum value without a wire string is refused. To filter on a
    /// status this SDK does not know, use <c>new Filter { Name = "status", Values = [...] }</c>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is null.</exception>
    public static Filter ByStatus(params DeploymentStatus[] statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var values = new string[statuses.Length];
        for (var i = 0; i < statuses.Length; i++) values[i] = WireEnum<DeploymentStatus>.ToWireOrRefusedValue(statuses[i])!;
        return new Filter { Name = "status", Values = values };
    }

    /// <summary>A filter on the fleet name (the name, not the ARN).</summary>
    /// <param name="fleetNames">One to three fleet names.</param>
    /// <returns>The filter.</returns>
    public static Filter ByFleetName(params string[] fleetNames) => new() { Name = "fleetName", Values = fleetNames };
}
