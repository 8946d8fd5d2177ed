namespace RoboMakerDeploy.Emulator;

/// <summary>How the emulator answers a request naming a fleet or robot application it does not know.</summary>
public enum EmulatorWorldMode
{
    /// <summary>
    /// The default, and the emulator's behaviour before it kept a world: a well-formed fleet ARN of the emulator's
    /// Region that was never seen (and never deleted) creates that fleet with
    /// <see cref="RoboMakerEmulatorOptions.RobotsPerFleet"/> X86_64 robots registered. A robot application ARN that a
    /// deployment (CreateDeploymentJob, or SyncDeploymentJob repeating one) names and that was never seen (and never
    /// deleted) is created under that ARN, named after it, with a <c>General</c> software suite and a source for every
    /// architecture (bucket <c>robomaker-emulator-auto-created</c>, key <c>&lt;name&gt;/&lt;architecture&gt;.tar.gz</c>),
    /// and versions 1 up to the one deployed (at most 1000); a later deployment of a higher version of such an
    /// application makes the versions up to it. DescribeRobotApplication and ListRobotApplications then show it, as
    /// DescribeFleet shows an auto-created fleet. An application created through the API, a version deleted and a
    /// deleted application are left as they are. Scripts and tests that deploy to any ARN keep working.
    /// </summary>
    AutoCreate,

    /// <summary>
    /// As the service: a fleet, robot or application must have been created through the API; anything else is
    /// ResourceNotFoundException (or, for a deployment's application, the job fails with RobotApplicationDoesNotExist).
    /// </summary>
    Strict,
}
