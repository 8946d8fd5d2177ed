using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Emulator.Http;
using RoboMakerDeploy.Emulator.State;
using RoboMakerDeploy.Emulator.Verification;

namespace RoboMakerDeploy.Emulator.Tests.Http;

/// <summary>
/// Everything under <c>/_emulator</c> (the dashboard, its read API and the control endpoints) is unsigned, so the
/// request handler answers it only for callers on the loopback interface: anyone else gets 403 and changes nothing.
/// Kestrel listens on 127.0.0.1, so the remote address is set on a <see cref="DefaultHttpContext"/>.
/// </summary>
public sealed class LoopbackOnlyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("loopback-only-").FullName;
    private readonly RoboMakerEmulatorOptions _options;
    private readonly World _world;
    private readonly EmulatorFaults _faults = new();
    private readonly EmulatorRequestHandler _handler;

    public LoopbackOnlyTests()
    {
        _options = new RoboMakerEmulatorOptions { StateFile = Path.Combine(_directory, "world.json") };
        _world = new World(_options);
        _handler = new EmulatorRequestHandler(new DeploymentService(_world, _options), new ResourceService(_world), _world, _faults, new SignatureVerifier(_options), _options);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("192.0.2.1", false)]
    [InlineData("::ffff:192.0.2.1", false)]
    [InlineData("2001:db8::1", false)]
    public void Only_loopback_callers_are_local(string address, bool loopback) =>
        Assert.Equal(loopback, LoopbackOnly.IsLoopback(IPAddress.Parse(address)));

    [Theory]
    [InlineData("192.0.2.1", "GET", "/_emulator/api/world", null)]
    [InlineData("10.1.2.3", "GET", "/_emulator/", null)]
    [InlineData(null, "GET", "/_emulator/api/events", null)]
    [InlineData("192.0.2.1", "GET", "/_emulator/health", null)]
    [InlineData("::ffff:192.0.2.1", "GET", "/_emulator/faults", null)]
    [InlineData("10.0.0.5", "POST", "/_emulator/faults", """{"throttleNext":2,"failNext":1,"latencyMs":250}""")]
    [InlineData("2001:db8::1", "POST", "/_emulator/s3", """{"bucket":"my-bundles","key":"app/x86.tar.gz","etag":"abc"}""")]
    [InlineData("192.0.2.1", "POST", "/_emulator/save", null)]
    [InlineData("192.0.2.1", "POST", "/_emulator/anything-else", "{}")]
    public async Task A_caller_not_on_the_loopback_interface_is_refused_with_403_and_changes_nothing(string? address, string method, string path, string? body)
    {
        var (status, errorType, reply) = await SendAsync(address, method, path, body);

        Assert.Equal(403, status);
        Assert.StartsWith("AccessDeniedException:", errorType, StringComparison.Ordinal);
        Assert.Equal("The emulator's dashboard, read API and control endpoints answer only callers on the loopback interface.", JsonDocument.Parse(reply).RootElement.GetProperty("message").GetString());
        Assert.Equal((0, 0, TimeSpan.Zero), (_faults.PendingThrottles, _faults.PendingFailures, _faults.Latency));
        Assert.Empty(_world.S3Objects);
        Assert.False(File.Exists(_options.StateFile));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task A_caller_on_the_loopback_interface_reaches_every_control_endpoint(string address)
    {
        Assert.Equal(200, (await SendAsync(address, "GET", "/_emulator/health", null)).Status);
        Assert.Equal(200, (await SendAsync(address, "POST", "/_emulator/faults", """{"throttleNext":2,"failNext":1,"latencyMs":250}""")).Status);
        Assert.Equal(200, (await SendAsync(address, "POST", "/_emulator/s3", """{"bucket":"my-bundles","key":"app/x86.tar.gz","etag":"abc"}""")).Status);
        Assert.Equal(200, (await SendAsync(address, "POST", "/_emulator/save", null)).Status);
        Assert.Equal(200, (await SendAsync(address, "GET", "/_emulator/api/world", null)).Status);
        Assert.Equal(200, (await SendAsync(address, "GET", "/_emulator/", null)).Status);

        Assert.Equal((2, 1, TimeSpan.FromMilliseconds(250)), (_faults.PendingThrottles, _faults.PendingFailures, _faults.Latency));
        Assert.Equal("abc", Assert.Single(_world.S3Objects).Value);
        Assert.True(File.Exists(_options.StateFile));
    }

    [Theory]
    [InlineData("evil.example:4566", null, "POST", "/_emulator/faults")]
    [InlineData("evil.example", null, "GET", "/_emulator/api/world")]
    [InlineData("127.0.0.1:4566", "http://evil.example", "POST", "/_emulator/faults")]
    [InlineData("localhost:4566", "https://evil.example:443", "POST", "/_emulator/save")]
    [InlineData("127.0.0.1:4566", "null", "POST", "/_emulator/s3")]
    public async Task A_loopback_caller_under_a_foreign_host_or_origin_is_refused(string host, string? origin, string method, string path)
    {
        // A DNS-rebinding page reaches 127.0.0.1 under its own name; a cross-site form or fetch carries its site's Origin.
        var (status, errorType, _) = await SendAsync("127.0.0.1", method, path, method == "POST" ? """{"throttleNext":1}""" : null, host, origin);

        Assert.Equal(403, status);
        Assert.StartsWith("AccessDeniedException:", errorType, StringComparison.Ordinal);
        Assert.Equal((0, 0, TimeSpan.Zero), (_faults.PendingThrottles, _faults.PendingFailures, _faults.Latency));
        Assert.False(File.Exists(_options.StateFile));
    }

    [Theory]
    [InlineData("127.0.0.1:4566", null)]
    [InlineData("localhost:4566", "http://localhost:4566")]
    [InlineData("[::1]:4566", "http://[::1]:4566")]
    [InlineData("127.0.0.1:4566", "http://127.0.0.1:4566")]
    public async Task The_emulators_own_pages_pass(string host, string? origin) =>
        Assert.Equal(200, (await SendAsync("127.0.0.1", "POST", "/_emulator/faults", """{"throttleNext":1}""", host, origin)).Status);

    private async Task<(int Status, string? ErrorType, string Body)> SendAsync(string? address, string method, string path, string? body, string? host = null, string? origin = null)
    {
        var context = new DefaultHttpContext();
        if (host is not null) context.Request.Host = HostString.FromUriComponent(host);
        if (origin is not null) context.Request.Headers.Origin = origin;
        context.Connection.RemoteIpAddress = address is null ? null : IPAddress.Parse(address);
        context.Request.Method = method;
        context.Request.Path = path;
        var bytes = Encoding.UTF8.GetBytes(body ?? string.Empty);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        using var response = new MemoryStream();
        context.Response.Body = response;

        await _handler.HandleAsync(context);

        var errorType = context.Response.Headers.TryGetValue("x-amzn-ErrorType", out var values) ? values.ToString() : null;
        return (context.Response.StatusCode, errorType, Encoding.UTF8.GetString(response.ToArray()));
    }
}
