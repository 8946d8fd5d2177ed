namespace RoboMakerDeploy.Emulator;

/// <summary>How the emulator answers a request naming a fleet it does not know.</summary>
public enum EmulatorWorldMode
{
    /// <summary>
    /// The default, and the emulator's behaviour before it kept a world: a well-formed fleet ARN of the emulator's
    /// Region that was never seen (and never deleted) creates that fleet with
    /// <see cref="RoboMakerEmulatorOptions.RobotsPerFleet"/> X86_64 robots registered; a robot application that was
    /// never created counts as one with a source for every architecture. Scripts and tests that deploy to any ARN keep working.
    /// </summary>
    AutoCreate,

    /// <summary>
    /// As the service: a fleet, robot or application must have been created through the API; anything else is
    /// ResourceNotFoundException (or, for a deployment's application, the job fails with RobotApplicationDoesNotExist).
    /// </summary>
    Strict,
}
