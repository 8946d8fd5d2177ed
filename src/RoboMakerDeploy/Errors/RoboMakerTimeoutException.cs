namespace RoboMakerDeploy;

/// <summary>
/// A call ran out of time: an attempt took longer than <see cref="RoboMakerDeployClientOptions.AttemptTimeout"/>
/// on its last try, or the call as a whole longer than <see cref="RoboMakerDeployClientOptions.Timeout"/>.
/// The caller's own cancellation is an <see cref="OperationCanceledException"/> instead, never this.
/// </summary>
public sealed class RoboMakerTimeoutException : RoboMakerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What timed out.</param>
    /// <param name="timeout">The limit that was reached.</param>
    /// <param name="innerException">The underlying timeout, or null.</param>
    /// <param name="operation">The operation that timed out, or null.</param>
    public RoboMakerTimeoutException(string message, TimeSpan timeout, Exception? innerException = null, string? operation = null)
        : base(message, errorCode: null, statusCode: null, requestId: null, operation, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The limit that was reached.</summary>
    public TimeSpan Timeout { get; }
}
