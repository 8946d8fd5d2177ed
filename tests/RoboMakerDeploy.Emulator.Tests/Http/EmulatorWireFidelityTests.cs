using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoboMakerDeploy.Emulator;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.Http;

/// <summary>What the emulator accepts and sends byte for byte: proxy-form targets, trailing slashes, timestamps, escaping, error messages, body limits.</summary>
public class EmulatorWireFidelityTests
{
    private static void Unsigned(RoboMakerEmulatorOptions options) => options.RequireSignatures = false;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string body) =>
        await http.PostAsync(new Uri(path.TrimStart('/'), UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Sends <paramref name="head"/> and <paramref name="body"/> on a raw connection and reads the reply: status line, headers, body.</summary>
    private static async Task<(int Status, string Head, string Body)> SendRawAsync(Uri endpoint, string head, byte[] body)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, endpoint.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        return await ReadResponseAsync(stream);
    }

    private static async Task<(int Status, string Head, string Body)> ReadResponseAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var text = Encoding.UTF8.GetString(received.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                var head = text[..end];
                var length = int.Parse(Regex.Match(head, @"(?im)^content-length:\s*(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (received.Length >= end + 4 + length)
                {
                    var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                    return (status, head, Encoding.UTF8.GetString(received.ToArray(), end + 4, length));
                }
            }
            var read = await stream.ReadAsync(buffer);
            if (read == 0) throw new IOException("The connection closed before the whole reply arrived: " + text);
            received.Write(buffer, 0, read);
        }
    }

    [Fact]
    public async Task A_signed_request_in_absolute_form_through_a_proxy_is_verified_on_its_path()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock);
        var host = $"127.0.0.1:{emulator.Endpoint.Port}";
        var body = Encoding.UTF8.GetBytes("""{"maxResults":5}""");
        var headers = new List<KeyValuePair<string, string>> { new("Host", host), new("Content-Type", "application/json") };
        var signature = SigV4Signer.Sign("POST", "/listDeploymentJobs", null, headers, body,
            new AwsCredentials(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey), "us-west-2", "robomaker", clock.GetUtcNow());
        headers.AddRange(signature.Headers);
        var head = new StringBuilder($"POST http://{host}/listDeploymentJobs HTTP/1.1\r\n");
        foreach (var (name, value) in headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append($"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n");

        var (status, _, reply) = await SendRawAsync(emulator.Endpoint, head.ToString(), body);

        Assert.Equal(200, status);
        Assert.Equal("""{"deploymentJobs":[]}""", reply);
    }

    [Theory]
    [InlineData("/listDeploymentJobs", "/listDeploymentJobs")]
    [InlineData("http://127.0.0.1:5000/listDeploymentJobs?a=b%20c", "/listDeploymentJobs?a=b%20c")]
    [InlineData("http://proxy.example/listDeploymentJobs/", "/listDeploymentJobs/")]
    public void The_canonical_target_is_the_path_and_query_as_sent(string raw, string expected) =>
        Assert.Equal(expected, RoboMakerDeploy.Emulator.Http.EmulatorRequestHandler.CanonicalTarget(raw));

    [Fact]
    public async Task A_trailing_slash_is_tolerated_like_the_services_router()
    {
        await using var emulator = await StartAsync(configure: Unsigned);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await PostAsync(http, "/listDeploymentJobs/", "{}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"deploymentJobs":[]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_request_with_a_trailing_slash_is_verified()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock);
        var host = $"127.0.0.1:{emulator.Endpoint.Port}";
        var body = "{}"u8.ToArray();
        var headers = new List<KeyValuePair<string, string>> { new("Host", host) };
        headers.AddRange(SigV4Signer.Sign("POST", "/listDeploymentJobs/", null, headers, body,
            new AwsCredentials(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey), "us-west-2", "robomaker", clock.GetUtcNow()).Headers);
        var head = new StringBuilder("POST /listDeploymentJobs/ HTTP/1.1\r\n");
        foreach (var (name, value) in headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("Content-Length: 2\r\nConnection: close\r\n\r\n");

        var (status, _, _) = await SendRawAsync(emulator.Endpoint, head.ToString(), body);

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Timestamps_have_millisecond_precision_like_the_services()
    {
        var clock = NewClock();
        clock.Advance(TimeSpan.FromTicks(2_501_234)); // 250.1234 ms
        await using var emulator = await StartAsync(clock, options =>
        {
            options.RequireSignatures = false;
            options.RobotsPerFleet = 3;
            options.JobDuration = TimeSpan.FromTicks(12_345_677); // odd ticks: every robot's start and finish falls between milliseconds
        });
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("ms"), new RoboMakerDeploy.Models.DeploymentConfig { ConcurrentDeploymentPercentage = 34 }));
        clock.Advance(TimeSpan.FromSeconds(1.7));
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await PostAsync(http, "/describeDeploymentJob", $$"""{"job":"{{job.Arn}}"}""");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains($"\"createdAt\":{Start.ToUnixTimeSeconds()}.25,", text, StringComparison.Ordinal);
        var times = Regex.Matches(text, @"""(createdAt|deploymentStartTime|deploymentFinishTime)"":([0-9.]+)");
        Assert.True(times.Count >= 5, text);
        Assert.All(times, m => Assert.Matches(@"^\d+(\.\d{1,3})?$", m.Groups[2].Value));
    }

    [Fact]
    public async Task Replies_escape_only_what_json_requires()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, Unsigned);
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("escape")) with { Tags = new Dictionary<string, string> { ["owner"] = "a+b=c" } });
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var described = await PostAsync(http, "/describeDeploymentJob", $$"""{"job":"{{job.Arn}}"}""");
        using var refused = await PostAsync(http, "/describeDeploymentJob", """{"job":"not-an-arn"}""");

        var bytes = await described.Content.ReadAsByteArrayAsync();
        Assert.Contains("\"tags\":{\"owner\":\"a+b=c\"}", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        var error = await refused.Content.ReadAsStringAsync();
        Assert.Contains("'not-an-arn'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"maxResults":"ten"}""", "the value of maxResults has the wrong type or format (expected a 32-bit integer)")]
    [InlineData("""{"filters":{"name":"status"}}""", "the value of filters has the wrong type or format")]
    [InlineData("""[1,2]""", "it must be a JSON object")]
    [InlineData("""{"maxResults": "ten""", "it is not well-formed JSON")]
    public async Task Serialization_errors_read_like_the_services_without_dotnet_type_names(string body, string reason)
    {
        await using var emulator = await StartAsync(configure: Unsigned);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await PostAsync(http, "/listDeploymentJobs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("SerializationException:", string.Join(",", response.Headers.GetValues("x-amzn-ErrorType")), StringComparison.Ordinal);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString()!;
        Assert.StartsWith("The request body is not valid JSON for ListDeploymentJobs: " + reason, message, StringComparison.Ordinal);
        Assert.DoesNotContain("RoboMakerDeploy.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("`", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_refused_while_it_is_still_being_sent()
    {
        await using var emulator = await StartAsync(configure: Unsigned);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, emulator.Endpoint.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /createDeploymentJob HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
        var reply = ReadResponseAsync(stream);

        // An endless body: chunks of 64 KB until the reply comes (at most 16 MB, never the terminating chunk).
        var chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string(' ', 0x10000) + "\r\n");
        using var stop = new CancellationTokenSource();
        _ = reply.ContinueWith(_ => stop.Cancel(), TaskScheduler.Default);
        long sent = 0;
        try
        {
            while (sent < 16 * 1024 * 1024 && !reply.IsCompleted)
            {
                await stream.WriteAsync(chunk, stop.Token);
                sent += 0x10000;
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
        {
            // The emulator replied and closed the connection.
        }

        // Without the limit enforced while reading, the emulator waits for the body's end and this times out.
        var (status, head, body) = await reply.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(400, status);
        Assert.Contains("SerializationException:", head, StringComparison.Ordinal);
        Assert.Contains("larger than 1048576 bytes", body, StringComparison.Ordinal);
        Assert.True(sent < 16 * 1024 * 1024, $"sent {sent} bytes before the reply");
    }
}
