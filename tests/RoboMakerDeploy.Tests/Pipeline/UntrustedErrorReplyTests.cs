using System.Net;
using System.Net.Http.Headers;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// Error replies whose code is not an AWS error code (huge, or with characters no AWS code has) and whose message or
/// request id holds control characters: the code is bounded before it becomes ErrorCode (a span/metric tag), and
/// nothing unprintable reaches Exception.Message.
/// </summary>
public sealed class UntrustedErrorReplyTests
{
    private const string Endpoint = "https://robomaker.us-west-2.amazonaws.com";

    private readonly VirtualClock _clock = new();

    private static HttpResponseMessage Error(string body, string requestId = "req-err", string? errorType = null)
    {
        var reply = CannedReplies.Reply(HttpStatusCode.BadRequest, body);
        reply.Headers.TryAddWithoutValidation("x-amzn-RequestId", requestId);
        if (errorType is not null) reply.Headers.TryAddWithoutValidation("x-amzn-ErrorType", errorType);
        return reply;
    }

    private async Task<(RoboMakerException Error, int Sent)> FailAsync(HttpResponseMessage reply)
    {
        var transport = new InMemoryTransport((_, _) => reply);
        using var client = new RoboMakerDeployClient(Options(Endpoint, _clock, o => o.MaxAttempts = 3), transport);
        var ex = await Assert.ThrowsAnyAsync<RoboMakerException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));
        return (ex, transport.Count);
    }

    private static void AssertPrintable(string text)
    {
        Assert.DoesNotContain(text, c => char.IsControl(c) || c is '\u2028' or '\u2029');
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.OK)]
    public async Task The_excerpt_of_a_body_that_is_not_JSON_writes_bidirectional_controls_escaped(HttpStatusCode status)
    {
        var transport = new InMemoryTransport((_, _) => CannedReplies.Reply(status, "<html>bad \u202Egateway\u2066 \u0007</html>", "text/html"));
        using var client = new RoboMakerDeployClient(Options(Endpoint, _clock, o => o.MaxAttempts = 1), transport);

        var error = await Assert.ThrowsAnyAsync<RoboMakerException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        Assert.Contains("<html>bad \\u202Egateway\\u2066 </html>", error.Message, StringComparison.Ordinal);
        AssertPrintable(error.Message);
        Assert.DoesNotContain(error.ToString(), c => ControlCharacters.IsEscaped(c) && c is not '\r' and not '\n');
    }

    [Fact]
    public async Task A_60000_character_type_becomes_UnknownError_with_a_cut_excerpt_in_the_message()
    {
        var type = "Bad" + new string('X', 59_997);

        var (error, _) = await FailAsync(Error($$"""{"__type":"{{type}}","message":"Something failed"}"""));

        Assert.Equal("UnknownError", error.ErrorCode);
        Assert.Equal("UnknownError", ErrorResponseParser.UnknownErrorCode);
        Assert.Contains("Something failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("(60000 characters)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Bad" + new string('X', 61) + "…'", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, $"The message is {error.Message.Length} characters long.");
    }

    [Theory]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public async Task The_code_is_kept_up_to_256_characters(int length, bool kept)
    {
        var code = new string('E', length);

        var (error, _) = await FailAsync(Error($$"""{"code":"{{code}}"}"""));

        Assert.Equal(kept ? code : "UnknownError", error.ErrorCode);
    }

    [Fact]
    public async Task A_code_with_an_ANSI_escape_is_not_taken_for_ThrottlingException_and_is_shown_escaped()
    {
        var (error, sent) = await FailAsync(Error("""{"__type":"Throttling\u001b[31mException","message":"m"}"""));

        Assert.IsNotType<ThrottlingException>(error);
        Assert.Equal(1, sent);
        Assert.Equal("UnknownError", error.ErrorCode);
        Assert.Contains("'Throttling\\u001B[31mException'", error.Message, StringComparison.Ordinal);
        AssertPrintable(error.Message);
    }

    [Fact]
    public async Task A_code_in_the_ErrorType_header_with_a_space_becomes_UnknownError()
    {
        var (error, _) = await FailAsync(Error("""{"message":"m"}""", errorType: "aws.robomaker#Some Thing"));

        Assert.Equal("UnknownError", error.ErrorCode);
        Assert.Contains("'Some Thing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Well_formed_codes_with_dots_dashes_and_digits_stay_as_they_are()
    {
        var (error, _) = await FailAsync(Error("""{"__type":"aws.robomaker#Invalid-Request.v2_1"}"""));

        Assert.Equal("Invalid-Request.v2_1", error.ErrorCode);
        Assert.DoesNotContain("not an AWS error code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_characters_in_the_message_are_escaped()
    {
        var (error, _) = await FailAsync(Error(
            """{"__type":"InvalidParameterException","message":"bad\r\nFAKE LOG LINE \u001b[2J\u0000\u0085\u2028\u2029 end"}"""));

        Assert.IsType<InvalidParameterException>(error);
        Assert.Equal("bad\\u000D\\u000AFAKE LOG LINE \\u001B[2J\\u0000\\u0085\\u2028\\u2029 end", error.ServiceMessage);
        AssertPrintable(error.Message);
    }

    [Fact]
    public async Task Control_characters_in_the_request_id_are_escaped()
    {
        var (error, _) = await FailAsync(Error("""{"__type":"InvalidParameterException","message":"m"}""", requestId: "req-\u001b[31m-\u0085-1"));

        Assert.Equal("req-\\u001B[31m-\\u0085-1", error.RequestId);
        AssertPrintable(error.Message);
    }

    [Fact]
    public void Escaping_leaves_printable_text_as_the_same_instance()
    {
        const string text = "Rate exceeded – ünïcode";
        Assert.Same(text, ControlCharacters.Escape(text));
        Assert.Null(ControlCharacters.Escape(null));
        Assert.Equal("a\\u007Fb", ControlCharacters.Escape("a\u007Fb"));
    }

    [Theory]
    [InlineData("robot-1\u202Egnp.exe", "robot-1\\u202Egnp.exe")]
    [InlineData("a\u2066b\u2069c", "a\\u2066b\\u2069c")]
    [InlineData("\u200E\u200F\u061C", "\\u200E\\u200F\\u061C")]
    [InlineData("\u202A\u202B\u202C\u202D", "\\u202A\\u202B\\u202C\\u202D")]
    public void Escaping_writes_bidirectional_controls_so_text_cannot_show_in_another_order(string text, string escaped) =>
        Assert.Equal(escaped, ControlCharacters.Escape(text));

    [Theory]
    [InlineData("ThrottlingException", true)]
    [InlineData("Sender:Invalid-Code.v1_2", true)]
    [InlineData("", false)]
    [InlineData("Throttling Exception", false)]
    [InlineData("Throttling\nException", false)]
    [InlineData("ThrottlingÉxception", false)]
    public void What_counts_as_an_AWS_error_code(string code, bool wellFormed) =>
        Assert.Equal(wellFormed, ErrorResponseParser.IsWellFormedErrorCode(code));

    [Fact]
    public void The_request_id_of_a_successful_reply_is_escaped_too()
    {
        using var reply = new HttpResponseMessage(HttpStatusCode.OK);
        reply.Headers.TryAddWithoutValidation("x-amzn-RequestId", "id\u001b]0;title\u0007");

        Assert.Equal("id\\u001B]0;title\\u0007", ErrorResponseParser.RequestIdOf(reply.Headers));
    }
}
