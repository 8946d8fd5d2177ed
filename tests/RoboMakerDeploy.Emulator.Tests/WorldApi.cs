using System.Net;
using System.Text;
using System.Text.Json;

namespace RoboMakerDeploy.Emulator.Tests;

/// <summary>Raw HTTP calls to an emulator that accepts unsigned requests: the new operations, with literal JSON bodies.</summary>
internal sealed class WorldApi(Uri endpoint) : IDisposable
{
    public const string ExampleGroupId = "0a1b2c3d-1111-2222-3333-444455556666";

    private readonly HttpClient _http = new() { BaseAddress = endpoint };

    public async Task<(HttpStatusCode Status, string? ErrorType, JsonElement Body)> SendAsync(HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var errorType = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? string.Join(",", values).Split(':')[0] : null;
        return (response.StatusCode, errorType, JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone());
    }

    public async Task<JsonElement> PostAsync(string path, string body)
    {
        var (status, error, reply) = await SendAsync(HttpMethod.Post, path, body);
        Assert.True(status == HttpStatusCode.OK, $"{path} answered {(int)status} {error}: {reply}");
        return reply;
    }

    public async Task<(string ErrorType, string Message)> FailAsync(string path, string body)
    {
        var (status, error, reply) = await SendAsync(HttpMethod.Post, path, body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        return (error!, reply.GetProperty("message").GetString()!);
    }

    public async Task<string> CreateFleetAsync(string name) =>
        (await PostAsync("/createFleet", $$"""{"name":"{{name}}"}""")).GetProperty("arn").GetString()!;

    public async Task<string> CreateRobotAsync(string name, string architecture, string groupId = ExampleGroupId) =>
        (await PostAsync("/createRobot", $$"""{"name":"{{name}}","architecture":"{{architecture}}","greengrassGroupId":"{{groupId}}"}""")).GetProperty("arn").GetString()!;

    public Task<JsonElement> RegisterAsync(string fleet, string robot) =>
        PostAsync("/registerRobot", $$"""{"fleet":"{{fleet}}","robot":"{{robot}}"}""");

    /// <summary>An application with one source per listed architecture (bucket my-bundles, key &lt;name&gt;/&lt;arch&gt;.tar.gz) and its version 1.</summary>
    public async Task<string> CreateApplicationWithVersionAsync(string name, params string[] architectures)
    {
        var sources = string.Join(",", architectures.Select(a => $$"""{"s3Bucket":"my-bundles","s3Key":"{{name}}/{{a}}.tar.gz","architecture":"{{a}}"}"""));
        var app = (await PostAsync("/createRobotApplication", $$$"""{"name":"{{{name}}}","sources":[{{{sources}}}],"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"}}""")).GetProperty("arn").GetString()!;
        var version = await PostAsync("/createRobotApplicationVersion", $$"""{"application":"{{app}}"}""");
        Assert.Equal("1", version.GetProperty("version").GetString());
        return app;
    }

    public void Dispose() => _http.Dispose();
}
