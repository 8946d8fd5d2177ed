using System.Net;
using System.Text.Json;
using RoboMakerDeploy.Models;

using RoboMakerDeploy.Tests.Contract;

namespace RoboMakerDeploy.Tests.Errors;

/// <summary>Each modelled error from the header and from the body, unknown codes, and the odd replies.</summary>
public sealed class ErrorTests : IClassFixture<WireMockFixture>, IDisposable
{
    private readonly WireMockFixture _wire;
    private readonly RoboMakerDeployClient _client;

    public ErrorTests(WireMockFixture wire)
    {
        _wire = wire;
        _wire.Reset();
        _client = wire.CreateClient();
    }

    public void Dispose() => _client.Dispose();

    private Task<DescribeDeploymentJobResponse> Describe() =>
        _client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = CannedReplies.JobArn });

    public static TheoryData<string, Type, int> ModelledErrors => new()
    {
        { "ThrottlingException", typeof(ThrottlingException), 400 },
        { "ResourceNotFoundException", typeof(ResourceNotFoundException), 400 },
        { "InvalidParameterException", typeof(InvalidParameterException), 400 },
        { "InternalServerException", typeof(InternalServerException), 500 },
        { "ConcurrentDeploymentException", typeof(ConcurrentDeploymentException), 400 },
        { "IdempotentParameterMismatchException", typeof(IdempotentParameterMismatchException), 400 },
        { "LimitExceededException", typeof(LimitExceededException), 400 },
    };

    private static void AssertError(RoboMakerException ex, Type type, string code, int status, string message)
    {
        Assert.IsType(type, ex);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(WireMockFixture.RequestId, ex.RequestId);
        Assert.Equal("DescribeDeploymentJob", ex.Operation);
        Assert.Equal(message, ex.ServiceMessage);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains(code, ex.Message, StringComparison.Ordinal);
        Assert.Contains(WireMockFixture.RequestId, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WireMockFixture.SecretKey, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("AWS4-HMAC-SHA256", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ModelledErrors))]
    public async Task Code_from_the_header_drops_anything_after_a_colon(string code, Type type, int status)
    {
        _wire.Reply("/describeDeploymentJob", CannedReplies.Error(status, code, "from header", WireMockFixture.RequestId));

        var ex = await Assert.ThrowsAnyAsync<RoboMakerException>(Describe);

        AssertError(ex, type, code, status, "from header");
        Assert.Single(_wire.Requests);
    }

    [Theory]
    [MemberData(nameof(ModelledErrors))]
    public async Task Code_from_body_type_drops_anything_up_to_the_hash(string code, Type type, int status)
    {
        _wire.Reply("/describeDeploymentJob", CannedReplies.ErrorWithType(status, code, "capital M", WireMockFixture.RequestId));

        var ex = await Assert.ThrowsAnyAsync<RoboMakerException>(Describe);

        AssertError(ex, type, code, status, "capital M");
    }

    [Theory]
    [MemberData(nameof(ModelledErrors))]
    public async Task Code_from_body_code(string code, Type type, int status)
    {
        _wire.Reply("/describeDeploymentJob", CannedReplies.ErrorWithCode(status, code, "lower m", WireMockFixture.RequestId));

        var ex = await Assert.ThrowsAnyAsync<RoboMakerException>(Describe);

        AssertError(ex, type, code, status, "lower m");
    }

    [Fact]
    public async Task The_header_wins_over_the_body_and_code_over_type_as_restJson1_reads_them()
    {
        _wire.Reply("/describeDeploymentJob", 400, "{\"__type\":\"ns#ThrottlingException\",\"code\":\"LimitExceededException\",\"message\":\"m\"}",
            ("x-amzn-ErrorType", "ResourceNotFoundException"),
            ("x-amzn-RequestId", WireMockFixture.RequestId));
        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(Describe);
        Assert.Equal("ResourceNotFoundException", ex.ErrorCode);

        _wire.Reset();
        _wire.Reply("/describeDeploymentJob", 400, "{\"__type\":\"ns#ThrottlingException\",\"code\":\"LimitExceededException\",\"message\":\"m\"}",
            ("x-amzn-RequestId", WireMockFixture.RequestId));
        // The AWS SDKs read the body's code before its __type (JavaScript v3's loadRestJsonErrorCode, smithy-rs).
        await Assert.ThrowsAsync<LimitExceededException>(Describe);
    }

    [Fact]
    public async Task Lower_case_message_is_preferred_over_Message()
    {
        _wire.Reply("/describeDeploymentJob", 400, "{\"__type\":\"InvalidParameterException\",\"message\":\"lower\",\"Message\":\"upper\"}");
        var ex = await Assert.ThrowsAsync<InvalidParameterException>(Describe);
        Assert.Equal("lower", ex.ServiceMessage);
    }

    [Fact]
    public async Task An_unknown_code_gives_the_base_type_with_its_code()
    {
        _wire.Reply("/describeDeploymentJob", CannedReplies.Error(403, "AccessDeniedException", "User is not authorized", WireMockFixture.RequestId));

        var ex = await Assert.ThrowsAsync<RoboMakerException>(Describe);

        Assert.Equal(typeof(RoboMakerException), ex.GetType());
        Assert.Equal("AccessDeniedException", ex.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(WireMockFixture.RequestId, ex.RequestId);
        Assert.Equal("User is not authorized", ex.ServiceMessage);
    }

    [Fact]
    public async Task An_html_page_from_a_proxy_gives_a_RoboMakerException_with_status_operation_and_a_short_excerpt()
    {
        var html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n" +
            string.Concat(Enumerable.Repeat("<p>padding padding padding padding</p>\n", 200)) + "</body></html>";
        _wire.Reply("/createDeploymentJob", CannedReplies.NotJson(HttpStatusCode.BadGateway, html));

        var ex = await Assert.ThrowsAsync<RoboMakerException>(() => _client.CreateDeploymentJobAsync(CannedReplies.MinimalCreate));

        Assert.Equal(typeof(RoboMakerException), ex.GetType());
        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal("CreateDeploymentJob", ex.Operation);
        Assert.Null(ex.ErrorCode);
        Assert.IsNotType<JsonException>(ex.InnerException);
        Assert.Contains("502 Bad Gateway", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CreateDeploymentJob", ex.Message, StringComparison.Ordinal);
        Assert.Contains("502", ex.Message, StringComparison.Ordinal);
        // The excerpt is short and on one line; the whole message stays small.
        var serviceMessage = ex.ServiceMessage!;
        var quoted = serviceMessage[(serviceMessage.IndexOf('"', StringComparison.Ordinal) + 1)..].TrimEnd('"');
        Assert.InRange(quoted.Length, 20, 161);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.InRange(ex.Message.Length, 1, 400);
    }

    [Fact]
    public async Task An_html_page_with_an_error_type_header_keeps_the_code()
    {
        _wire.Reply("/describeDeploymentJob", 400, "<html>Throttled</html>", ("x-amzn-ErrorType", "ThrottlingException"));
        var ex = await Assert.ThrowsAsync<ThrottlingException>(Describe);
        Assert.Contains("<html>Throttled</html>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_403_gives_a_RoboMakerException_with_status_and_operation()
    {
        _wire.Reply("/describeDeploymentJob", 403, null, ("x-amzn-RequestId", WireMockFixture.RequestId));

        var ex = await Assert.ThrowsAsync<RoboMakerException>(Describe);

        Assert.Equal(typeof(RoboMakerException), ex.GetType());
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("DescribeDeploymentJob", ex.Operation);
        Assert.Equal(WireMockFixture.RequestId, ex.RequestId);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
        Assert.Contains("403", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2")]
    [InlineData("<html>oops</html>")]
    [InlineData("{\"arn\":42}")]
    [InlineData("{\"createdAt\":\"next tuesday\"}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_malformed_success_body_gives_a_RoboMakerException_not_a_raw_JsonException(string body)
    {
        _wire.Reply("/describeDeploymentJob", 200, body, ("Content-Type", "application/json"), ("x-amzn-RequestId", WireMockFixture.RequestId));

        var ex = await Assert.ThrowsAnyAsync<RoboMakerException>(Describe);

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("DescribeDeploymentJob", ex.Operation);
        Assert.Contains("DescribeDeploymentJob", ex.Message, StringComparison.Ordinal);
        Assert.Equal(WireMockFixture.RequestId, ex.RequestId);
        if (body.Length > 4) Assert.Contains(body, ex.Message, StringComparison.Ordinal);
        Assert.InRange(ex.Message.Length, 1, 600);
    }

    [Fact]
    public async Task A_malformed_list_page_gives_a_RoboMakerException_with_an_excerpt()
    {
        var body = "{\"deploymentJobs\":{\"not\":\"a list\"}," + new string(' ', 2000) + "\"x\":1}";
        _wire.Reply("/listDeploymentJobs", 200, body, ("Content-Type", "application/json"));

        var ex = await Assert.ThrowsAnyAsync<RoboMakerException>(() => _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest()));

        Assert.Equal("ListDeploymentJobs", ex.Operation);
        Assert.Contains("{\"deploymentJobs\":{\"not\":\"a list\"}", ex.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(ex.InnerException, exactMatch: false);
        Assert.InRange(ex.Message.Length, 1, 600);
    }

    [Fact]
    public async Task Throttling_arrives_as_HTTP_400()
    {
        _wire.Reply("/syncDeploymentJob", CannedReplies.Throttled(WireMockFixture.RequestId));

        var ex = await Assert.ThrowsAsync<ThrottlingException>(() => _client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = CannedReplies.FleetArn }));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("SyncDeploymentJob", ex.Operation);
        Assert.Equal("Rate exceeded", ex.ServiceMessage);
        Assert.Equal(1, ex.Attempts);
    }

    [Fact]
    public async Task Every_operation_names_itself_in_its_errors()
    {
        foreach (var path in new[] { "/createDeploymentJob", "/describeDeploymentJob", "/listDeploymentJobs", "/syncDeploymentJob", "/cancelDeploymentJob" })
        {
            _wire.Reply(path, CannedReplies.Error(500, "InternalServerException", "boom"));
        }

        Assert.Equal("CreateDeploymentJob", (await Assert.ThrowsAsync<InternalServerException>(() => _client.CreateDeploymentJobAsync(CannedReplies.MinimalCreate))).Operation);
        Assert.Equal("DescribeDeploymentJob", (await Assert.ThrowsAsync<InternalServerException>(Describe)).Operation);
        Assert.Equal("ListDeploymentJobs", (await Assert.ThrowsAsync<InternalServerException>(() => _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest()))).Operation);
        Assert.Equal("SyncDeploymentJob", (await Assert.ThrowsAsync<InternalServerException>(() => _client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = CannedReplies.FleetArn }))).Operation);
        Assert.Equal("CancelDeploymentJob", (await Assert.ThrowsAsync<InternalServerException>(() => _client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = CannedReplies.JobArn }))).Operation);
    }
}
