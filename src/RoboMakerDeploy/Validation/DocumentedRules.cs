using static RoboMakerDeploy.ConstraintViolation;

namespace RoboMakerDeploy;

/// <summary>
/// Rules that the API reference documents but service-2.json does not encode (or encodes more strictly than the
/// reference describes). Each says where it comes from; the model's own rules live in <see cref="ServiceModelConstraints"/>.
/// </summary>
internal static class DocumentedRules
{
    /// <summary>ListDeploymentJobs <c>maxResults</c>: 1 to 200 (API reference: "between 1 and 200"; the model sets no range).</summary>
    public static readonly (long Min, long Max) ListDeploymentJobsMaxResults = (1, 200);

    /// <summary>ListFleets <c>maxResults</c>: "This value can be between 1 and 200" (the model sets no range).</summary>
    public static readonly (long Min, long Max) ListFleetsMaxResults = (1, 200);

    /// <summary>ListRobots <c>maxResults</c>: "This value can be between 1 and 200" (the model sets no range).</summary>
    public static readonly (long Min, long Max) ListRobotsMaxResults = (1, 200);

    /// <summary>ListRobotApplications <c>maxResults</c>: "This value can be between 1 and 100" (the model sets no range).</summary>
    public static readonly (long Min, long Max) ListRobotApplicationsMaxResults = (1, 100);

    /// <summary>
    /// ListFleets and ListRobotApplications filters: "The filter name name is supported." Their values follow the same
    /// "up to three filters" as <see cref="ListDeploymentJobsFilterValues"/> (one filter, up to three values).
    /// </summary>
    public static readonly IReadOnlyList<string> NameFilterNames = ["name"];

    /// <summary>DeploymentConfig <c>robotDeploymentTimeoutInSeconds</c>: "between 1 minute and 7 days" (model: a long with no range).</summary>
    public static readonly (long Min, long Max) RobotDeploymentTimeoutInSeconds = (60, 7 * 24 * 3600);

    /// <summary>ListDeploymentJobs and ListRobots filters: "The filter names status and fleetName are supported."</summary>
    public static readonly IReadOnlyList<string> ListDeploymentJobsFilterNames = ["status", "fleetName"];

    /// <summary>
    /// ListDeploymentJobs filter values: "You can use up to three filters, but they must be for the same named item"
    /// (one filter with up to three values); the model's FilterValues says at most one, which would refuse what the
    /// reference documents, so the reference's three is used.
    /// </summary>
    public const long ListDeploymentJobsFilterValues = 3;

    /// <summary>
    /// An ARN (model: <c>arn:.*</c>) never holds white space or control characters, which the model's pattern would let
    /// through (Java's <c>.</c> refuses only line terminators).
    /// </summary>
    /// <param name="value">The ARN, already checked against the model; null or empty is left to the model's rules.</param>
    /// <param name="path">Its wire path.</param>
    public static void Arn(string? value, string path)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().ContainsAnyInRange('\0', ' ') || value.AsSpan().ContainsAnyInRange('\u007f', '\u00a0'))
        {
            throw Fail(path, $"must be an ARN (arn:...) with no white space or control characters; got {Quote(value)}.");
        }
    }

    /// <summary>Checks a number against a documented range.</summary>
    /// <param name="value">The value, or null when absent.</param>
    /// <param name="range">The documented range.</param>
    /// <param name="path">The wire path.</param>
    public static void Range(long? value, (long Min, long Max) range, string path)
    {
        if (value is { } number && (number < range.Min || number > range.Max))
        {
            throw Fail(path, $"must be between {range.Min} and {range.Max}; got {number}.");
        }
    }

    /// <summary>Checks a string against a documented set of values.</summary>
    /// <param name="value">The value, or null when absent.</param>
    /// <param name="values">The documented values.</param>
    /// <param name="path">The wire path.</param>
    public static void OneOf(string? value, IReadOnlyList<string> values, string path)
    {
        if (value is not null && !values.Contains(value, StringComparer.Ordinal))
        {
            throw Fail(path, $"must be {string.Join(" or ", values.Select(static v => "'" + v + "'"))}; got {Quote(value)}.");
        }
    }
}
