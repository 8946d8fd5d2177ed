using System.Net;
using System.Text;
using System.Text.Json;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.Http;

/// <summary>The raw HTTP the emulator sends, checked without the SDK in between.</summary>
public class EmulatorWireFormatTests
{
    // These tests post raw, unsigned requests; the SDK client used alongside signs its own.
    private static void Unsigned(RoboMakerDeploy.Emulator.RoboMakerEmulatorOptions options) => options.RequireSignatures = false;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string body) =>
        await http.PostAsync(new Uri(path.TrimStart('/'), UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    private static string Header(HttpResponseMessage response, string name) => string.Join(",", response.Headers.GetValues(name));

    [Fact]
    public async Task A_validation_error_has_the_services_status_headers_and_body()
    {
        await using var emulator = await StartAsync(configure: Unsigned);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await PostAsync(http, "/describeDeploymentJob", """{"job":"not-an-arn"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidParameterException:http://internal.amazon.com/coral/com.amazonaws.robomaker/", Header(response, "x-amzn-ErrorType"));
        Assert.True(Guid.TryParse(Header(response, "x-amzn-RequestId"), out _));
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["message"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            "1 validation error detected: Value 'not-an-arn' at 'job' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.*",
            body.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Create_without_a_client_request_token_on_the_wire_is_an_invalid_parameter()
    {
        await using var emulator = await StartAsync(configure: Unsigned);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        var body = $$$"""{"fleet":"{{{FleetArn("raw")}}}","deploymentApplicationConfigs":[{"application":"{{{ApplicationArn}}}","applicationVersion":"1","launchConfig":{"packageName":"p","launchFile":"l.launch"}}]}""";

        using var response = await PostAsync(http, "/createDeploymentJob", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("InvalidParameterException:", Header(response, "x-amzn-ErrorType"), StringComparison.Ordinal);
        Assert.Contains("Value null at 'clientRequestToken' failed to satisfy constraint: Member must not be null", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"applicationVersion":"$LATEST"}""", "applicationVersion")]
    [InlineData("""{"applicationVersion":"1","concurrentDeploymentPercentage":0}""", "concurrentDeploymentPercentage")]
    public async Task Create_rejects_what_the_service_rejects(string variant, string field)
    {
        await using var emulator = await StartAsync(configure: Unsigned);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        var version = variant.Contains("$LATEST", StringComparison.Ordinal) ? "$LATEST" : "1";
        var config = variant.Contains("concurrent", StringComparison.Ordinal) ? ""","deploymentConfig":{"concurrentDeploymentPercentage":0}""" : "";
        var body = $$$"""{"clientRequestToken":"t","fleet":"{{{FleetArn("raw")}}}","deploymentApplicationConfigs":[{"application":"{{{ApplicationArn}}}","applicationVersion":"{{{version}}}","launchConfig":{"packageName":"p","launchFile":"l.launch"}}]{{{config}}}}""";

        using var response = await PostAsync(http, "/createDeploymentJob", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("InvalidParameterException:", Header(response, "x-amzn-ErrorType"), StringComparison.Ordinal);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_serialization_exception()
    {
        await using var emulator = await StartAsync(configure: Unsigned);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await PostAsync(http, "/listDeploymentJobs", """{"maxResults": "ten""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("SerializationException:", Header(response, "x-amzn-ErrorType"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_or_method_is_a_404_unknown_operation()
    {
        await using var emulator = await StartAsync(configure: Unsigned);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var unknownPath = await PostAsync(http, "/deleteDeploymentJob", "{}");
        using var wrongMethod = await http.GetAsync(new Uri("describeDeploymentJob", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknownPath.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongMethod.StatusCode);
        Assert.StartsWith("UnknownOperationException:", Header(unknownPath, "x-amzn-ErrorType"), StringComparison.Ordinal);
        Assert.StartsWith("UnknownOperationException:", Header(wrongMethod, "x-amzn-ErrorType"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_replies_an_empty_object_and_success_carries_a_request_id()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, Unsigned);
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("wire")));
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await PostAsync(http, "/cancelDeploymentJob", $$"""{"job":"{{job.Arn}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        Assert.True(Guid.TryParse(Header(response, "x-amzn-RequestId"), out _));
    }

    [Fact]
    public async Task Timestamps_are_epoch_seconds()
    {
        var clock = NewClock();
        clock.Advance(TimeSpan.FromMilliseconds(250));
        await using var emulator = await StartAsync(clock, Unsigned);
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("time")));
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await PostAsync(http, "/describeDeploymentJob", $$"""{"job":"{{job.Arn}}"}""");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Start.ToUnixTimeSeconds() + 0.25m, body.RootElement.GetProperty("createdAt").GetDecimal());
    }
}
