using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy.Cli;

/// <summary>The SDK's log as plain lines on standard error (<c>--verbose</c>): attempts, retries, polls.</summary>
internal sealed class StderrLoggerFactory(TextWriter error) : ILoggerFactory
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_gate) error.WriteLine(line);
    }

    private sealed class Logger(StderrLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var line = $"[{DateTimeOffset.UtcNow:HH:mm:ss.fff} {Level(logLevel)}] {category}: {formatter(state, exception)}";
            owner.Write(exception is null ? line : $"{line} ({exception.GetType().Name}: {exception.Message})");
        }

        private static string Level(LogLevel level) => level switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            _ => "crit",
        };
    }
}
