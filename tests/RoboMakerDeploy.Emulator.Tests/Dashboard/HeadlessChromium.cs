using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoboMakerDeploy.Emulator.Tests.Dashboard;

/// <summary>
/// Debian's chromium, headless, driven over the DevTools protocol on a WebSocket (System.Net.WebSockets; no
/// extra package): navigate, evaluate JavaScript in the page, wait for a condition on the DOM, take a screenshot.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Set to 1 to skip the browser tests where chromium is not installed (CI installs it and never skips).</summary>
    public const string SkipVariable = "ROBOMAKER_SKIP_BROWSER";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonElement>> _pending = [];
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private Task? _receiver;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The chromium executable: <c>CHROMIUM_PATH</c>, else Debian's <c>/usr/bin/chromium</c>, else null.</summary>
    public static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        return candidates.FirstOrDefault(static path => !string.IsNullOrEmpty(path) && File.Exists(path));
    }

    /// <summary>Whether chromium is missing and the environment allows skipping (<c>ROBOMAKER_SKIP_BROWSER=1</c>).</summary>
    public static bool MaySkip => Find() is null && Environment.GetEnvironmentVariable(SkipVariable) == "1";

    /// <summary>Starts chromium headless on a blank page and connects to that page.</summary>
    public static async Task<HeadlessChromium> StartAsync(int width = 1280, int height = 1400)
    {
        var executable = Find() ?? throw new InvalidOperationException(
            $"chromium was not found (/usr/bin/chromium or CHROMIUM_PATH). Install it (apt-get install chromium; .ci/run does) or set {SkipVariable}=1 to skip the browser tests locally.");
        var profile = Directory.CreateTempSubdirectory("robomaker-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--mute-audio",
            "--hide-scrollbars", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Chromium says where DevTools listens on stderr: "DevTools listening on ws://127.0.0.1:<port>/devtools/browser/<id>".
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringBuilder();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (log) log.AppendLine(e.Data);
            const string marker = "DevTools listening on ";
            var at = e.Data.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) listening.TrySetResult(new Uri(e.Data[(at + marker.Length)..].Trim()));
        };
        process.OutputDataReceived += static (_, _) => { };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("chromium exited before DevTools listened:\n" + log));
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var browser = new HeadlessChromium(process, profile);
        try
        {
            var browserSocket = await listening.Task.WaitAsync(StartTimeout);
            using var http = new HttpClient { BaseAddress = new Uri($"http://{browserSocket.Authority}/"), Timeout = StartTimeout };
            var targets = await http.GetFromJsonAsync<JsonElement>("json/list");
            var page = targets.EnumerateArray().First(static t => t.GetProperty("type").GetString() == "page");
            await browser._socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), CancellationToken.None).WaitAsync(StartTimeout);
            browser._receiver = Task.Run(browser.ReceiveAsync);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a URL and returns once its document has loaded.</summary>
    public async Task NavigateAsync(Uri url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() });
        var loaded = await EvaluateAsync("new Promise(r => document.readyState === 'complete' ? r(true) : addEventListener('load', () => r(true)))");
        Assert.True(loaded.GetBoolean());
    }

    /// <summary>Evaluates a JavaScript expression in the page (awaiting a promise) and returns its value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var reply = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true });
        if (reply.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException("The page's JavaScript threw: " + exception);
        }
        var result = reply.GetProperty("result");
        return result.TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>
    /// Waits until a JavaScript condition on the page holds: checked now and after every DOM change (a
    /// MutationObserver in the page, no polling), with a hard overall timeout. Returns whether it held.
    /// </summary>
    public async Task<bool> WaitForAsync(string condition, TimeSpan timeout)
    {
        var script = $$"""
            new Promise(resolve => {
              const holds = () => { try { return !!({{condition}}); } catch (e) { return false; } };
              if (holds()) { resolve(true); return; }
              const observer = new MutationObserver(() => { if (holds()) { observer.disconnect(); clearTimeout(timer); resolve(true); } });
              observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
              const timer = setTimeout(() => { observer.disconnect(); resolve(holds()); }, {{(int)timeout.TotalMilliseconds}});
            })
            """;
        return (await EvaluateAsync(script)).GetBoolean();
    }

    /// <summary>Saves a PNG screenshot of the whole page to <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var reply = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(reply.GetProperty("data").GetString()!));
    }

    private async Task<JsonElement> SendAsync(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock) _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        }
        finally
        {
            _sendLock.Release();
        }
        return await reply.Task.WaitAsync(CommandTimeout);
    }

    /// <summary>Reads DevTools messages: replies complete their command; events are not used.</summary>
    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                using (var document = JsonDocument.Parse(message.ToArray()))
                {
                    var root = document.RootElement;
                    if (root.TryGetProperty("id", out var idElement))
                    {
                        TaskCompletionSource<JsonElement>? reply;
                        lock (_lock) _pending.Remove(idElement.GetInt32(), out reply);
                        if (root.TryGetProperty("error", out var error)) reply?.TrySetException(new InvalidOperationException("DevTools error: " + error));
                        else reply?.TrySetResult(root.GetProperty("result").Clone());
                    }
                }
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The browser closed or we are stopping.
        }
        lock (_lock)
        {
            foreach (var reply in _pending.Values) reply.TrySetException(new InvalidOperationException("The DevTools connection closed."));
            _pending.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        _socket.Dispose();
        if (_receiver is not null) await _receiver;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // It had already gone.
        }
        _process.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp directory is cleaned by the system.
        }
    }
}
