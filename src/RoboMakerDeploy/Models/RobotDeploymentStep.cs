using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The step a robot's deployment is at (the service's <c>RobotDeploymentStep</c>, sent as
/// <c>progressDetail.currentProgress</c>). A value the service adds later parses to
/// <see cref="Unknown"/> and stays readable from <see cref="ProgressDetail.RawCurrentProgress"/>.
/// </summary>
[JsonConverter(typeof(WireEnumJsonConverter<RobotDeploymentStep>))]
public enum RobotDeploymentStep
{
    /// <summary>A value this version of the SDK does not know; read the model's raw string for it. Never sent.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>Validating</c>: validating the deployment. In every revision (present before 2019-11-04).</summary>
    Validating,

    /// <summary>Wire value <c>DownloadingExtracting</c>: downloading and extracting the bundle on the robot; the only step that reports percent done and time remaining. In every revision (present before 2019-11-04).</summary>
    DownloadingExtracting,

    /// <summary>Wire value <c>ExecutingDownloadCondition</c>: running the download condition file, a script run on the robot before the new deployment is downloaded. Added in the 2019-11-04 revision.</summary>
    ExecutingDownloadCondition,

    /// <summary>Wire value <c>ExecutingPreLaunch</c>: executing the pre-launch script(s) if provided. In every revision (present before 2019-11-04).</summary>
    ExecutingPreLaunch,

    /// <summary>Wire value <c>Launching</c>: launching the robot application. In every revision (present before 2019-11-04).</summary>
    Launching,

    /// <summary>Wire value <c>ExecutingPostLaunch</c>: executing the post-launch script(s) if provided. In every revision (present before 2019-11-04).</summary>
    ExecutingPostLaunch,

    /// <summary>Wire value <c>Finished</c>: the deployment is complete. In every revision (present before 2019-11-04).</summary>
    Finished,
}
