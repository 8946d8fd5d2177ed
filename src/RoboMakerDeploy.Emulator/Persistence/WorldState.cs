using System.Text.Json;
using System.Text.Json.Serialization;
using RoboMakerDeploy.Emulator.State;

namespace RoboMakerDeploy.Emulator.Persistence;

/// <summary>
/// The state file: a saved world (fleets, robots, robot applications and their versions, tags, deployment jobs
/// with how they were planned and stopped, deleted ARNs, the S3 objects the emulator was told about). Enum values
/// are the SDK's enum names; times are ISO 8601.
/// </summary>
internal sealed record WorldState
{
    /// <summary>The version of this format; a file of another version is refused.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public required string Region { get; init; }

    public required string AccountId { get; init; }

    public DateTimeOffset SavedAt { get; init; }

    public long Sequence { get; init; }

    public long LastResourceId { get; init; }

    public List<FleetState> Fleets { get; init; } = [];

    public List<RobotState> Robots { get; init; } = [];

    public List<ApplicationState> Applications { get; init; } = [];

    /// <summary>The jobs in creation order.</summary>
    public List<JobState> Jobs { get; init; } = [];

    public List<string> Deleted { get; init; } = [];

    public List<S3ObjectState> S3Objects { get; init; } = [];
}

/// <summary>A saved fleet; <see cref="Robots"/> in registration order.</summary>
internal sealed record FleetState(string Arn, DateTimeOffset CreatedAt, long Sequence, Dictionary<string, string> Tags, List<string> Robots, string? LatestJob);

/// <summary>A saved robot; <see cref="Fleet"/> is the ARN of the fleet it is registered with.</summary>
internal sealed record RobotState(string Arn, string Name, string Architecture, string GreengrassGroupId, DateTimeOffset CreatedAt, long Sequence, Dictionary<string, string> Tags, string? Fleet, string? LastJob);

/// <summary>A saved robot application: <c>$LATEST</c> and its numbered versions; <see cref="AutoCreated"/> when the AutoCreate mode made it (absent in older files: false).</summary>
internal sealed record ApplicationState(string Arn, string Name, long Sequence, Dictionary<string, string> Tags, ApplicationVersion Latest, List<ApplicationVersion> Versions, int LastVersion, bool AutoCreated = false);

/// <summary>
/// A saved deployment job: what it was created with (<see cref="Request"/> is a CreateDeploymentJob request in
/// the wire format, holding deploymentApplicationConfigs and deploymentConfig), the robots it targets and the
/// failures the world and the scripts planned, and its stop if it was canceled or its fleet deleted.
/// </summary>
internal sealed record JobState(
    string Arn,
    string Fleet,
    long Sequence,
    DateTimeOffset CreatedAt,
    TimeSpan Duration,
    JsonElement Request,
    Dictionary<string, string>? Tags,
    List<JobTargetState> Targets,
    List<ScriptedFailureState> ScriptedFailures,
    FailureState? JobFailure,
    StopState? Stop);

/// <summary>A robot a job deploys to and the failure the world causes it.</summary>
internal sealed record JobTargetState(string RobotArn, FailureState? Failure);

/// <summary>A failure code (the SDK's DeploymentJobErrorCode name) and its reason.</summary>
internal sealed record FailureState(string Code, string Reason);

/// <summary>A scripted robot failure (see <see cref="ScriptedRobotFailure"/>).</summary>
internal sealed record ScriptedFailureState(string Fleet, int RobotIndex, string FailureCode, string? Step, string? FailureReason);

/// <summary>How a job was stopped: when, its status then (Canceled or Failed), its failure code and the reason.</summary>
internal sealed record StopState(DateTimeOffset At, string Status, string? Code, string Reason);

/// <summary>An S3 object the emulator was told about; a null etag means deleted.</summary>
internal sealed record S3ObjectState(string Bucket, string Key, string? Etag);

/// <summary>The reply of <c>POST /_emulator/save</c>: the file written and what it holds.</summary>
internal sealed record SaveReport(string StateFile, int Fleets, int Robots, int Applications, int Jobs);

/// <summary>Source-generated JSON of the state file (camelCase, indented; nulls written, every member required).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(WorldState))]
[JsonSerializable(typeof(SaveReport))]
internal sealed partial class WorldStateJsonContext : JsonSerializerContext;
