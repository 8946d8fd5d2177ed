using RoboMakerDeploy.Cli.Output;

namespace RoboMakerDeploy.Cli;

/// <summary>Turns an exception into one clear line on standard error and an exit code.</summary>
internal static class ErrorReporter
{
    public static int Report(Exception exception, CliEnvironment environment, bool verbose, CancellationToken cancellationToken)
    {
        var (code, line) = Describe(exception, cancellationToken);
        environment.Error.WriteLine(line);
        if (verbose) environment.Error.WriteLine(exception.ToString());
        return code;
    }

    public static (int ExitCode, string Line) Describe(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        DeploymentJobFailedException failed => (ExitCodes.DeploymentFailed, OneLine(failed.Message)),
        DeploymentWaitTimeoutException timeout => (ExitCodes.Error, "error: " + OneLine(timeout.Message)),
        RoboMakerException service => (ExitCodes.Error, "error: " + ServiceLine(service)),
        ArgumentException invalid => (ExitCodes.Error, "error: invalid request: " + OneLine(invalid.Message)),
        OperationCanceledException when cancellationToken.IsCancellationRequested => (ExitCodes.Interrupted, "interrupted"),
        _ => (ExitCodes.Error, $"error: {exception.GetType().Name}: {OneLine(exception.Message)}"),
    };

    /// <summary><c>ErrorCode: message (Operation, HTTP 404, request id X)</c>.</summary>
    public static string ServiceLine(RoboMakerException exception)
    {
        var details = new List<string>(4);
        if (exception.Operation is not null) details.Add(exception.Operation);
        if (exception.StatusCode is { } status) details.Add($"HTTP {(int)status}");
        if (exception.RequestId is not null) details.Add("request id " + exception.RequestId);
        if (exception.Attempts > 1) details.Add($"after {exception.Attempts} attempts");
        var message = string.IsNullOrEmpty(exception.ServiceMessage) ? "(no message)" : OneLine(exception.ServiceMessage);
        return $"{exception.ErrorCode ?? exception.GetType().Name}: {message} ({string.Join(", ", details)})";
    }

    /// <summary>The text on one line, shown as service text is (<see cref="DisplayText.Plain"/>): an exception's message may quote what a server sent.</summary>
    private static string OneLine(string text) => DisplayText.Plain(text.ReplaceLineEndings(" ").Trim())!;
}
