using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RoboMakerDeploy;

/// <summary>
/// Credentials from an external command (<c>credential_process</c> in a profile): runs it through the
/// shell, reads the JSON it prints (<c>Version</c> 1, <c>AccessKeyId</c>, <c>SecretAccessKey</c>,
/// optional <c>SessionToken</c> and <c>Expiration</c>) and caches the result until shortly before it
/// expires (for ever when it has no expiry; see <see cref="CachingCredentialsProvider"/> for when
/// short-lived ones are fetched again). Concurrent callers share one run of the command. A failing
/// command gives an <see cref="AwsConfigurationException"/> with its exit code and an excerpt of its error output,
/// never its standard output. In the excerpt, secrets are masked conservatively (see <see cref="SecretMasker"/>): the
/// value after a secret's name in any form (<c>SecretAccessKey wJalr...</c>, <c>"SessionToken" "..."</c>, JSON),
/// any run of 40 or more base64 characters, and any secret value found in its standard output (read tolerantly,
/// even when cut off). Output whose
/// <c>Expiration</c> is already past is refused, as are parts with a control character inside. Standard output
/// longer than 1 MiB of text ends the process with an error; error output past 64 KiB is read and dropped.
/// </summary>
public sealed class CredentialProcessCredentialsProvider : CachingCredentialsProvider
{
    private const int MaxErrorExcerpt = 300;

    /// <summary>The most standard output read: credentials are a JSON document of a few kilobytes.</summary>
    internal const int MaxOutputChars = 1024 * 1024;

    /// <summary>The most error output kept (only an excerpt is quoted); the rest is read and dropped, so the process never blocks on it.</summary>
    internal const int MaxErrorChars = 64 * 1024;
    private const int MaxFieldExcerpt = 64;
    private readonly string _command;
    private readonly string _source;
    private readonly TimeSpan _timeout;

    /// <summary>Creates the provider.</summary>
    /// <param name="command">The command line, run by <c>/bin/sh -c</c> (<c>cmd.exe /C</c> on Windows).</param>
    /// <param name="timeProvider">The clock that decides expiry.</param>
    /// <param name="source">Where the command was configured, for error messages (e.g. "profile 'dev' in ~/.aws/config").</param>
    /// <param name="timeout">How long the command may run (default 1 minute).</param>
    public CredentialProcessCredentialsProvider(string command, TimeProvider timeProvider, string? source = null, TimeSpan? timeout = null)
        : base(timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        _command = command;
        _source = source ?? "credential_process";
        _timeout = timeout ?? TimeSpan.FromMinutes(1);
    }

    /// <summary>The command line.</summary>
    public string Command => _command;

    /// <inheritdoc />
    protected override async ValueTask<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
    {
        var program = ProgramName(_command);
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/C", _command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", _command } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = false;
        start.UseShellExecute = false;
        start.CreateNoWindow = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new AwsConfigurationException($"{_source}: could not start credential_process '{program}': {ex.Message}", ex);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        string stdout, stderr;
        try
        {
            // Both read at once (a full pipe would block the process), each bounded: a process that prints without end
            // costs a bounded buffer, not memory until the timeout.
            var readOut = ReadBoundedAsync(process.StandardOutput, MaxOutputChars, drainRest: false, timeout.Token);
            var readErr = ReadBoundedAsync(process.StandardError, MaxErrorChars, drainRest: true, timeout.Token);
            var output = await readOut.ConfigureAwait(false);
            if (output.Overflowed)
            {
                TryKill(process);
                try
                {
                    await readErr.ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
                {
                }
                throw new AwsConfigurationException(
                    $"{_source}: credential_process '{program}' printed more than {MaxOutputChars} characters; it must print one JSON document of credentials.");
            }
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            stdout = output.Text;
            stderr = (await readErr.ConfigureAwait(false)).Text;
        }
        catch (OperationCanceledException ex)
        {
            TryKill(process);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new AwsConfigurationException($"{_source}: credential_process '{program}' did not finish within {_timeout.TotalSeconds:0.#} s.", ex);
        }

        if (process.ExitCode != 0)
        {
            // The standard output is never quoted, but a secret it carried (even in output cut off) may be echoed on
            // the error output without a name before it: those values are masked wherever they appear.
            var printedSecrets = SecretMasker.SecretsIn(stdout);
            var excerpt = Excerpt(stderr, MaxErrorExcerpt, [.. printedSecrets]);
            throw new AwsConfigurationException(
                $"{_source}: credential_process '{program}' failed with exit code {process.ExitCode}{(excerpt.Length > 0 ? $": {excerpt}" : " and no error output")}.");
        }
        return Parse(stdout, program);
    }

    /// <inheritdoc />
    public override string ToString() => $"CredentialProcessCredentialsProvider({ProgramName(_command)})";

    private AwsCredentials Parse(string json, string program)
    {
        CredentialProcessOutput? output;
        try
        {
            output = JsonSerializer.Deserialize(json, AuthJsonContext.Default.CredentialProcessOutput);
        }
        catch (JsonException ex)
        {
            // The output may hold secrets: say where it broke, not what it said.
            throw new AwsConfigurationException($"{_source}: credential_process '{program}' did not print valid JSON (line {ex.LineNumber}, position {ex.BytePositionInLine}).");
        }
        if (output is null) throw new AwsConfigurationException($"{_source}: credential_process '{program}' printed no JSON object.");
        if (output.Version != 1)
        {
            throw new AwsConfigurationException($"{_source}: credential_process '{program}' printed Version {(output.Version?.ToString(CultureInfo.InvariantCulture) ?? "(missing)")}; only Version 1 is supported.");
        }
        var source = $"{_source}: credential_process '{program}' output";
        var accessKeyId = CredentialPart.Normalize(output.AccessKeyId, "AccessKeyId", source);
        var secret = CredentialPart.Normalize(output.SecretAccessKey, "SecretAccessKey", source);
        var token = CredentialPart.Normalize(output.SessionToken, "SessionToken", source);
        if (accessKeyId is null || secret is null)
        {
            throw new AwsConfigurationException($"{_source}: credential_process '{program}' printed no {(accessKeyId is null ? "AccessKeyId" : "SecretAccessKey")}.");
        }
        DateTimeOffset? expiration = null;
        if (!string.IsNullOrWhiteSpace(output.Expiration))
        {
            if (!DateTimeOffset.TryParse(output.Expiration, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                // Quote what was printed (it says what went wrong), but never a secret it may carry.
                var quoted = Excerpt(output.Expiration, MaxFieldExcerpt, output.SecretAccessKey, output.SessionToken);
                throw new AwsConfigurationException($"{_source}: credential_process '{program}' printed an Expiration that is not an ISO 8601 time: '{quoted}'.");
            }
            var now = TimeProvider.GetUtcNow();
            if (parsed <= now)
            {
                // Signing with them fails, and caching them would run the process again on every call.
                throw new AwsConfigurationException(
                    $"{_source}: credential_process '{program}' printed credentials that expired at {Iso(parsed)} (now {Iso(now)}). " +
                    "It must print fresh credentials: check its own cache, login or clock.");
            }
            expiration = parsed;
        }
        return new AwsCredentials(accessKeyId, secret, token, expiration);
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string ProgramName(string command)
    {
        var trimmed = command.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is '"' or '\'')
        {
            var end = trimmed.IndexOf(trimmed[0], 1);
            return end > 0 ? trimmed[1..end] : trimmed[1..];
        }
        var space = trimmed.IndexOfAny([' ', '\t']);
        return space < 0 ? trimmed : trimmed[..space];
    }

    /// <summary>The text on one line, secrets masked, then cut to <paramref name="max"/> characters.</summary>
    private static string Excerpt(string text, int max, params ReadOnlySpan<string?> knownSecrets)
    {
        var single = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var masked = SecretMasker.Apply(single, knownSecrets);
        var clean = string.Create(masked.Length, masked, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++) dst[i] = char.IsControl(src[i]) ? ' ' : src[i];
        });
        return clean.Length <= max ? clean : string.Concat(clean.AsSpan(0, max), "…");
    }

    /// <summary>
    /// Reads <paramref name="reader"/> to its end, keeping at most <paramref name="max"/> characters. Past that it stops
    /// (<paramref name="drainRest"/> false) or goes on reading to the end without keeping anything.
    /// </summary>
    private static async Task<(string Text, bool Overflowed)> ReadBoundedAsync(StreamReader reader, int max, bool drainRest, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var buffer = new char[4096];
        while (true)
        {
            var read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (read == 0) return (text.ToString(), false);
            if (text.Length + read <= max)
            {
                text.Append(buffer, 0, read);
                continue;
            }
            text.Append(buffer, 0, max - text.Length);
            if (drainRest)
            {
                while (await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false) > 0)
                {
                }
            }
            return (text.ToString(), true);
        }
    }

    private static void TryKill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }
}
