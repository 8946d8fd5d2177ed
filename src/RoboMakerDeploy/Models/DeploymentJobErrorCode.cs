using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// Why a deployment job or one robot's deployment failed (the service's <c>DeploymentJobErrorCode</c>, sent as
/// <c>failureCode</c>). Holds every value of every API revision; a value the service adds later parses to
/// <see cref="Unknown"/> and stays readable from the model's <c>RawFailureCode</c> property.
/// </summary>
[JsonConverter(typeof(WireEnumJsonConverter<DeploymentJobErrorCode>))]
public enum DeploymentJobErrorCode
{
    /// <summary>A value this version of the SDK does not know; read the model's raw string for it. Never sent.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>ResourceNotFound</c>: One or more deployment resources are missing. For example, do robot application source bundles still exist? In every revision (present before 2019-11-04).</summary>
    ResourceNotFound,

    /// <summary>Wire value <c>EnvironmentSetupError</c>: The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    EnvironmentSetupError,

    /// <summary>Wire value <c>EtagMismatch</c>: The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    EtagMismatch,

    /// <summary>Wire value <c>FailureThresholdBreached</c>: The percentage of robots that could not be updated exceeded the percentage set for the deployment. In every revision (present before 2019-11-04).</summary>
    FailureThresholdBreached,

    /// <summary>Wire value <c>RobotDeploymentAborted</c>: The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    RobotDeploymentAborted,

    /// <summary>Wire value <c>RobotDeploymentNoResponse</c>: There is no response from the robot. It might not be powered on or connected to the internet. In every revision (present before 2019-11-04).</summary>
    RobotDeploymentNoResponse,

    /// <summary>Wire value <c>RobotAgentConnectionTimeout</c>: The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    RobotAgentConnectionTimeout,

    /// <summary>Wire value <c>GreengrassDeploymentFailed</c>: The robot application could not be deployed to the robot. In every revision (present before 2019-11-04).</summary>
    GreengrassDeploymentFailed,

    /// <summary>Wire value <c>InvalidGreengrassGroup</c>: The service's pages give no description. Added in the 2020-03-06 revision.</summary>
    InvalidGreengrassGroup,

    /// <summary>Wire value <c>MissingRobotArchitecture</c>: The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    MissingRobotArchitecture,

    /// <summary>Wire value <c>MissingRobotApplicationArchitecture</c>: The robot application does not have a source that matches the architecture of the robot. In every revision (present before 2019-11-04).</summary>
    MissingRobotApplicationArchitecture,

    /// <summary>Wire value <c>MissingRobotDeploymentResource</c>: One or more of the resources specified for the robot application are missing. For example, does the robot application have the correct launch package and launch file? In every revision (present before 2019-11-04).</summary>
    MissingRobotDeploymentResource,

    /// <summary>Wire value <c>GreengrassGroupVersionDoesNotExist</c>: The AWS Greengrass group or version associated with a robot is missing. In every revision (present before 2019-11-04).</summary>
    GreengrassGroupVersionDoesNotExist,

    /// <summary>Wire value <c>LambdaDeleted</c>: The service's pages give no description. Added in the 2020-03-06 revision.</summary>
    LambdaDeleted,

    /// <summary>Wire value <c>ExtractingBundleFailure</c>: The robot application could not be extracted from the bundle. In every revision (present before 2019-11-04).</summary>
    ExtractingBundleFailure,

    /// <summary>Wire value <c>PreLaunchFileFailure</c>: The pre-launch script failed. In every revision (present before 2019-11-04).</summary>
    PreLaunchFileFailure,

    /// <summary>Wire value <c>PostLaunchFileFailure</c>: The post-launch script failed. In every revision (present before 2019-11-04).</summary>
    PostLaunchFileFailure,

    /// <summary>Wire value <c>BadPermissionError</c>: AWS Greengrass requires a service-level role permission to access other services. The role must include the AWSGreengrassResourceAccessRolePolicy managed policy. In every revision (present before 2019-11-04).</summary>
    BadPermissionError,

    /// <summary>Wire value <c>DownloadConditionFailed</c>: The service's pages give no description. Added in the 2019-11-04 revision.</summary>
    DownloadConditionFailed,

    /// <summary>Wire value <c>BadLambdaAssociated</c>: The service's pages give no description. Added in the latest revision (after 2020-03-06).</summary>
    BadLambdaAssociated,

    /// <summary>Wire value <c>InternalServerError</c>: An internal error has occurred. Retry your request, but if the problem persists, contact us with details. In every revision (present before 2019-11-04).</summary>
    InternalServerError,

    /// <summary>Wire value <c>RobotApplicationDoesNotExist</c>: The service's pages give no description. Added in the latest revision (after 2020-03-06).</summary>
    RobotApplicationDoesNotExist,

    /// <summary>Wire value <c>DeploymentFleetDoesNotExist</c>: The service's pages give no description. Added in the latest revision (after 2020-03-06).</summary>
    DeploymentFleetDoesNotExist,

    /// <summary>Wire value <c>FleetDeploymentTimeout</c>: The service's pages give no description. Added in the latest revision (after 2020-03-06).</summary>
    FleetDeploymentTimeout,
}
