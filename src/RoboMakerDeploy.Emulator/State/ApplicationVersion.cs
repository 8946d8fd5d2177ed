namespace RoboMakerDeploy.Emulator.State;

/// <summary>One state of a robot application: <c>$LATEST</c> or a numbered version.</summary>
/// <param name="Version"><c>$LATEST</c> or the version number.</param>
/// <param name="Sources">One source per architecture: the bundle's S3 bucket, key and etag.</param>
/// <param name="SuiteName">robotSoftwareSuite.name (ROS, ROS2, General), or null.</param>
/// <param name="SuiteVersion">robotSoftwareSuite.version, or null.</param>
/// <param name="EnvironmentUri">environment.uri, or null.</param>
/// <param name="RevisionId">The revision id (changes with every update of <c>$LATEST</c>).</param>
/// <param name="LastUpdatedAt">When this state was made.</param>
internal sealed record ApplicationVersion(
    string Version,
    IReadOnlyList<ApplicationSource> Sources,
    string? SuiteName,
    string? SuiteVersion,
    string? EnvironmentUri,
    string RevisionId,
    DateTimeOffset LastUpdatedAt);
