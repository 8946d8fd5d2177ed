namespace RoboMakerDeploy;

/// <summary>How a deployment waiter plans the delay between two polls (<see cref="DeploymentWaitOptions.PollingStrategy"/>).</summary>
public enum DeploymentPollingStrategy
{
    /// <summary>
    /// The default: each delay is planned from the description just read (robots' estimatedTimeRemainingSeconds,
    /// the pace of robots that already finished from their deploymentStartTime and deploymentFinishTime, and how long
    /// the job's earlier phases took), so the poll lands just after the moment the job is expected to change or end;
    /// when nothing predicts that moment, the delay is as long as the current phase has lasted so far (half that once the
    /// phase has outlived its predicted end).
    /// Always within <see cref="DeploymentWaitOptions.MinDelay"/> and <see cref="DeploymentWaitOptions.MaxDelay"/>.
    /// </summary>
    Adaptive = 0,

    /// <summary>
    /// The fixed exponential backoff of <see cref="DeploymentWaitOptions.DelayAfterPoll"/>, blind to the job's progress:
    /// with <see cref="DeploymentWaitOptions.MinDelay"/> 5 s and <see cref="DeploymentWaitOptions.MaxDelay"/> 60 s,
    /// 5–10 s, 10–20 s, 20–40 s, then 30–60 s.
    /// </summary>
    Backoff = 1,
}
