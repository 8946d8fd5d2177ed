using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy.Tests.Diagnostics;

/// <summary>Captures every log line (message, state values and exception text) for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public string AllText() => string.Join("\n", Entries.Select(e => e.ToString()));

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            owner.Entries.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

internal sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, string? Exception)
{
    public override string ToString() =>
        $"{Category} {Level} {EventId.Id} {Message} {string.Join(";", Values.Select(v => v.Key + "=" + Format(v.Value)))} {Exception}";

    // A collection's items, not its type name: IHttpClientFactory's header state holds each header's values as a string[].
    private static string? Format(object? value) => value is System.Collections.IEnumerable items and not string
        ? "[" + string.Join(",", items.Cast<object?>()) + "]"
        : value?.ToString();
}
