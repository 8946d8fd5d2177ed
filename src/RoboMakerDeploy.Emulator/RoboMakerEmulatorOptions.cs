using Microsoft.Extensions.Logging;
using System.Text.RegularExpressions;

namespace RoboMakerDeploy.Emulator;

/// <summary>
/// Settings of a <see cref="RoboMakerEmulator"/>. The defaults give a server on a free loopback port in
/// <c>us-west-2</c> that accepts the SigV4 documentation's example key pair, with fleets of eight robots and
/// jobs that finish in about five seconds.
/// </summary>
public sealed class RoboMakerEmulatorOptions
{
    /// <summary>The SigV4 documentation's example access key id, accepted by default.</summary>
    public const string ExampleAccessKeyId = "AKIDEXAMPLE";

    /// <summary>The SigV4 documentation's example secret access key, accepted by default (not a real secret).</summary>
    public const string ExampleSecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    /// <summary>The Region the emulator serves by default.</summary>
    public const string DefaultRegion = "us-west-2";

    /// <summary>The TCP port on 127.0.0.1; 0 (the default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>The Region the emulator serves: fleet ARNs and signatures must name it.</summary>
    public string Region { get; set; } = DefaultRegion;

    /// <summary>
    /// The key pairs whose signatures the emulator accepts: access key id to secret access key. By default the
    /// SigV4 documentation's example pair (<see cref="ExampleAccessKeyId"/>, <see cref="ExampleSecretAccessKey"/>).
    /// </summary>
    public IDictionary<string, string> Credentials { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ExampleAccessKeyId] = ExampleSecretAccessKey,
    };

    /// <summary>Whether every request must carry a valid SigV4 signature (HTTP 403 otherwise); true by default.</summary>
    public bool RequireSignatures { get; set; } = true;

    /// <summary>How far a request's signing date may be from the emulator's clock; 5 minutes, as in AWS.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The AWS account id in the ARNs of the fleets, robots and applications the emulator creates; 123456789012 by default (12 digits).</summary>
    public string AccountId { get; set; } = DefaultAccountId;

    /// <summary>The account id used by default.</summary>
    public const string DefaultAccountId = "123456789012";

    /// <summary>
    /// How a fleet or robot application the emulator does not know is answered: <see cref="EmulatorWorldMode.AutoCreate"/>
    /// (the default) creates the fleet with <see cref="RobotsPerFleet"/> robots, and the application a deployment names
    /// with a source for every architecture and the versions up to the one deployed; <see cref="EmulatorWorldMode.Strict"/>
    /// answers as the service does (ResourceNotFoundException; RobotApplicationDoesNotExist for a deployment's application).
    /// </summary>
    public EmulatorWorldMode WorldMode { get; set; } = EmulatorWorldMode.AutoCreate;

    /// <summary>How many simulated robots a fleet gets when its ARN is first used in <see cref="EmulatorWorldMode.AutoCreate"/> mode; 8 by default.</summary>
    public int RobotsPerFleet { get; set; } = 8;

    /// <summary>
    /// How long a deployment job takes from creation to its end: the first 10% Pending, the next 10% Preparing,
    /// the rest shared by the waves of robots, each robot's time shared equally by its steps. 5 seconds by default.
    /// </summary>
    public TimeSpan JobDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The clock that drives jobs and checks signing dates. Job and robot states are computed from it when a
    /// request arrives (nothing runs in the background), so a <c>FakeTimeProvider</c> makes them deterministic.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Robot failures to simulate in every job created for the fleets they name.</summary>
    public IList<ScriptedRobotFailure> ScriptedFailures { get; set; } = [];

    /// <summary>Whether the control endpoints under <c>/_emulator/</c> (faults, health) are served; true by default.</summary>
    public bool EnableControlEndpoints { get; set; } = true;

    /// <summary>
    /// A state file that keeps the world between runs; none (null) by default. When the file exists,
    /// <see cref="RoboMakerEmulator.StartAsync"/> loads the world from it (fleets, robots, robot applications and
    /// versions, tags, deployment jobs with their state, deleted ARNs, the S3 objects the emulator was told about);
    /// disposing the emulator and <c>POST /_emulator/save</c> write the world to it. The file must hold a world of
    /// the same <see cref="Region"/> and <see cref="AccountId"/>. Idempotency tokens and scripted failures for
    /// future jobs are not part of the world.
    /// </summary>
    public string? StateFile { get; set; }

    /// <summary>Where the emulator logs one line per request (operation, status, request id); none by default.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>A copy of these options (the credential map and failure list copied too).</summary>
    /// <returns>The copy.</returns>
    public RoboMakerEmulatorOptions Clone()
    {
        var copy = (RoboMakerEmulatorOptions)MemberwiseClone();
        copy.Credentials = new Dictionary<string, string>(Credentials ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        copy.ScriptedFailures = [.. ScriptedFailures ?? []];
        return copy;
    }

    /// <summary>Checks the options.</summary>
    /// <returns>The problems found; empty when the options are usable.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Port is < 0 or > 65535) problems.Add($"Port must be between 0 and 65535; it is {Port}.");
        if (AccountId is null || AccountId.Length != 12 || !AccountId.All(char.IsAsciiDigit)) problems.Add($"AccountId must be 12 digits; it is '{AccountId}'.");
        if (!Enum.IsDefined(WorldMode)) problems.Add($"WorldMode {WorldMode} is not a mode.");
        if (Region is null || !Regex.IsMatch(Region, @"^[a-z]{2}(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant)) problems.Add($"Region '{Region}' is not a valid AWS Region name (for example us-west-2).");
        if (Credentials is null) problems.Add("Credentials must not be null.");
        else if (RequireSignatures && Credentials.Count == 0) problems.Add("Credentials must hold at least one key pair when RequireSignatures is set.");
        if (MaxClockSkew <= TimeSpan.Zero) problems.Add("MaxClockSkew must be positive.");
        if (RobotsPerFleet is < 1 or > 1000) problems.Add($"RobotsPerFleet must be between 1 and 1000; it is {RobotsPerFleet}.");
        if (JobDuration <= TimeSpan.Zero) problems.Add("JobDuration must be positive.");
        if (StateFile is { Length: 0 }) problems.Add("StateFile must not be empty (null for none).");
        if (TimeProvider is null) problems.Add("TimeProvider must not be null.");
        if (ScriptedFailures is null) problems.Add("ScriptedFailures must not be null.");
        else
        {
            foreach (var failure in ScriptedFailures)
            {
                if (failure is null) problems.Add("ScriptedFailures must not hold null.");
                else if (failure.Validate() is { } problem) problems.Add(problem);
            }
        }
        return problems;
    }
}
