using System.Net;
using Xunit.Abstractions;
using System.Text;
using System.Text.Json;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// Reply fuzzing (issue 13): a few thousand replies, each a valid canned reply of one of the five operations, the
/// paginator or the waiter, mutated at random from a fixed seed (bytes cut, flipped, inserted or deleted; members of
/// another type; huge numbers; deep nesting; wrong status codes with random bodies; lying Content-Length, junk
/// Retry-After, Date and x-amzn-ErrorType). Every call must end in a success or an SDK exception, and allocate no more
/// than a constant factor of what the reply really delivered.
/// </summary>
[Collection(nameof(AllocationCollection))]
public sealed class ReplyFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_130;
    private const int Cases = 3000;
    private const string Endpoint = "https://robomaker.us-west-2.amazonaws.com";
    private const long MaxResponse = 256 * 1024;

    // Generous, but far below what a reply could cost if its announced length or a whole body were buffered.
    private const long BytesPerDeliveredByte = 32;
    private const long BytesPerRequest = 256 * 1024;

    private static readonly string CreateReplyFull = CreateReply[..^1]
        + ""","failureReason":"none","failureCode":"InternalServerError","deploymentConfig":{"concurrentDeploymentPercentage":20,"failureThresholdPercentage":25,"robotDeploymentTimeoutInSeconds":300,"downloadConditionFile":{"bucket":"b","key":"k","etag":"e"}},"tags":{"team":"robots"}}""";

    private static readonly string DescribeReply = CannedReplies.DescribeTwoRobots("InProgress");
    private static readonly string DescribeDone = CannedReplies.DescribeTwoRobots("Succeeded", "Finished", "InSync");
    private static readonly string ListReply = CannedReplies.ListPage("page-2", "d-1", "d-2");
    private static readonly string ListLast = CannedReplies.ListPage(null, "d-3");

    private static readonly string[] ErrorCodes =
    [
        "ThrottlingException", "aws.robomaker#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/",
        "ResourceNotFoundException", "InvalidParameterException", "InternalServerException", "ConcurrentDeploymentException",
        "IdempotentParameterMismatchException", "LimitExceededException", "InvalidSignatureException", "RequestExpired",
        "AccessDeniedException", "", "#", ":", ",", "a#b#c:d:e,f", "\u00e9t\u00e9", new string('E', 10_000), "Throttling,ThrottlingException",
    ];

    private static readonly string[] Replacements =
    [
        "0", "-1", "1.5", "-0", "12.0", "\"str\"", "\"\"", "true", "false", "null", "{}", "[]", "[1,\"a\",null]", "{\"x\":{\"y\":[1]}}",
        "1e400", "-1e400", "5e38", "-5e38", "99999999999999999999999999999", "-99999999999999999999", "1e-400", "2147483648", "9223372036854775808",
        "\"\\uD800\"", "\"\\u0000\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01\"", "\"1e30\"", "\"Succeeded\"", "\"InProgress\"", "\"Unknown\"",
        "\"" + new string('s', 20_000) + "\"", "NaN", "Infinity", "-", "01", "1.", ".5", "0x10", "\"\\x\"",
    ];

    private static readonly string[] RetryAfters = ["0", "1", "5", "-1", "99999999999", "1.5", "soon", "", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 01 Mar 2024 12:00:05 GMT"];

    private static readonly string[] Dates = ["Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 01 Mar 2024 12:10:00 GMT", "Fri, 01 Mar 2024 11:50:00 GMT", "yesterday", "", "Sun, 03 Mar 2024 12:00:00 GMT"];

    private static readonly HttpStatusCode[] Statuses =
        [.. new[] { 100, 200, 201, 202, 204, 206, 301, 304, 400, 401, 403, 404, 408, 409, 413, 429, 500, 501, 502, 503, 504, 599 }.Select(s => (HttpStatusCode)s)];

    private enum Target
    {
        Create,
        Describe,
        List,
        Sync,
        Cancel,
        Paginator,
        Waiter,
    }

    [Fact]
    public async Task Thousands_of_mutated_replies_end_in_a_success_or_an_SDK_exception_and_cost_memory_in_proportion_to_what_arrived()
    {
        var random = new Random(Seed);
        var clock = new VirtualClock();
        var script = new Script();
        var transport = new InMemoryTransport((request, _) => script.Next(request));
        using var single = new RoboMakerDeployClient(Options(Endpoint, clock, o =>
        {
            o.MaxAttempts = 1;
            o.MaxResponseContentBufferSize = MaxResponse;
        }), transport);
        using var retrying = new RoboMakerDeployClient(Options(Endpoint, clock, o =>
        {
            // Retries without a timer: zero backoff, and a Retry-After longer than zero ends the retries.
            o.MaxAttempts = 3;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.RetryMaxDelay = TimeSpan.Zero;
            o.MaxResponseContentBufferSize = MaxResponse;
        }), transport);

        // Every path once with valid replies, then a few hundred mutated replies of another seed, unmeasured, so what a
        // case allocates is its own, not the first use of the code (type loading, first exceptions of each kind).
        foreach (var target in Enum.GetValues<Target>())
        {
            foreach (var client in new[] { single, retrying })
            {
                script.Start(null);
                await RunAsync(client, target, clock);
            }
        }
        var warmUp = new Random(~Seed);
        for (var i = 0; i < 300; i++)
        {
            var target = (Target)warmUp.Next(7);
            script.Start(Mutate(warmUp, target));
            await Allocations.MeasureOutcomeAsync(() => RunAsync(warmUp.Next(4) == 0 ? retrying : single, target, clock));
        }

        var failures = new List<string>();
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var worst = (Ratio: 0.0, Case: "none");
        var started = DateTime.UtcNow;
        for (var i = 0; i < Cases; i++)
        {
            var target = (Target)random.Next(7);
            var client = random.Next(4) == 0 ? retrying : single;
            var reply = Mutate(random, target);
            script.Start(reply);

            var (error, allocated) = await Allocations.MeasureOutcomeAsync(() => RunAsync(client, target, clock));

            var outcome = error switch
            {
                null => "success",
                // The waiter's own documented outcomes are SDK exceptions too.
                RoboMakerException or ArgumentException or DeploymentWaitTimeoutException or DeploymentJobFailedException => error.GetType().Name,
                _ => null,
            };
            if (outcome is null)
            {
                failures.Add($"case {i} ({target}, {reply.Description}): {error}");
                continue;
            }
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;

            var bound = BytesPerDeliveredByte * script.Delivered + BytesPerRequest * script.Requests;
            if (allocated > bound)
            {
                failures.Add($"case {i} ({target}, {reply.Description}): allocated {allocated} bytes for {script.Delivered} bytes delivered in {script.Requests} requests");
            }
            var ratio = (double)allocated / bound;
            if (ratio > worst.Ratio) worst = (ratio, $"{i} ({target}, {reply.Description}): {allocated} bytes for {script.Delivered} delivered in {script.Requests} requests");
        }
        var elapsed = DateTime.UtcNow - started;

        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} cases failed:\n" + string.Join("\n", failures.Take(15)));
        // The fuzz reaches both ends: successes, and service errors, malformed replies and refusals of size.
        var summary = string.Join(", ", outcomes.Select(o => $"{o.Key}={o.Value}"));
        Assert.True(outcomes.GetValueOrDefault("success") > Cases / 10, summary);
        Assert.True(outcomes.GetValueOrDefault(nameof(MalformedResponseException)) > Cases / 10, summary);
        Assert.True(outcomes.GetValueOrDefault(nameof(ThrottlingException)) > 0, summary);
        Assert.True(outcomes.GetValueOrDefault(nameof(RoboMakerException)) > 0, summary);
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"{Cases} cases took {elapsed.TotalSeconds:0.0} s ({summary}; worst allocation {worst.Ratio:P0} of its bound, case {worst.Case}).");

        // Nothing a reply did poisoned the clients: valid replies still make valid results.
        foreach (var client in new[] { single, retrying })
        {
            script.Start(null);
            var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
            Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        }
        output.WriteLine($"{Cases} cases in {elapsed.TotalSeconds:0.0} s: {summary}; worst allocation {worst.Ratio:P0} of its bound, case {worst.Case}.");
    }

    private static async Task RunAsync(RoboMakerDeployClient client, Target target, VirtualClock clock)
    {
        switch (target)
        {
            case Target.Create:
                await client.CreateDeploymentJobAsync(CreateRequest());
                break;
            case Target.Describe:
                await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
                break;
            case Target.List:
                await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest());
                break;
            case Target.Sync:
                await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn });
                break;
            case Target.Cancel:
                await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn });
                break;
            case Target.Paginator:
                await foreach (var job in client.ListAllDeploymentJobsAsync())
                {
                    Assert.NotNull(job);
                }
                break;
            case Target.Waiter:
                // Small delays in virtual time; the service answers a terminal status from the second poll on.
                var options = new DeploymentWaitOptions
                {
                    MinDelay = TimeSpan.FromSeconds(1),
                    MaxDelay = TimeSpan.FromSeconds(2),
                    JitterSource = static () => 0.5,
                    Timeout = TimeSpan.FromHours(1),
                };
                // Advance only while a poll delay is pending besides the 1-hour timeout: advancing while a throttled poll
                // is still being handled would jump straight to the timeout (the stall seen once in CI).
                await clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, options), () => clock.ActiveCount >= 2);
                break;
        }
    }

    /// <summary>A valid reply for any request after a case's first, by path.</summary>
    private static FuzzReply Valid(string path) => path switch
    {
        "/createDeploymentJob" or "/syncDeploymentJob" => FuzzReply.Json(CreateReplyFull),
        "/describeDeploymentJob" => FuzzReply.Json(DescribeDone),
        "/listDeploymentJobs" => FuzzReply.Json(ListLast),
        _ => FuzzReply.Json("{}"),
    };

    private static string BaseBody(Target target) => target switch
    {
        Target.Create or Target.Sync => CreateReplyFull,
        Target.Describe or Target.Waiter => DescribeReply,
        Target.List or Target.Paginator => ListReply,
        _ => "{}",
    };

    private static FuzzReply Mutate(Random random, Target target)
    {
        var description = new StringBuilder();
        var status = HttpStatusCode.OK;
        byte[] body;
        if (random.Next(5) == 0)
        {
            // An error reply, well-formed or not.
            status = Pick(random, Statuses.Where(s => (int)s >= 400).ToArray());
            var code = Pick(random, ErrorCodes);
            var message = random.Next(4) == 0 ? "Signature expired: 20240301T115000Z is now earlier than 20240301T115500Z" : "Rate exceeded";
            body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = code, ["message"] = message }));
            description.Append($"error {(int)status} {Shorten(code)}; ");
        }
        else
        {
            body = Encoding.UTF8.GetBytes(BaseBody(target));
        }

        long filler = 0;
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations; m++)
        {
            var kind = random.Next(13);
            description.Append(kind).Append(' ');
            body = kind switch
            {
                0 => body[..random.Next(body.Length + 1)], // truncate
                1 => FlipBit(random, body),
                2 => Insert(random, body, [(byte)random.Next(256)]),
                3 => Insert(random, body, Encoding.UTF8.GetBytes(Pick(random, ["{", "}", "[", "]", "\"", ",", ":", "\\", "\u00e9", "\0"]))),
                4 => Delete(random, body),
                5 or 6 => ReplaceValue(random, body, Pick(random, Replacements)),
                7 => ReplaceValue(random, body, Nesting(random)),
                8 => Insert(random, body, [0xC3, 0x28, 0xFF, 0xFE]), // invalid UTF-8
                9 => RandomBody(random),
                10 => Duplicate(random, body),
                11 => [0xEF, 0xBB, 0xBF, .. body], // a byte-order mark
                _ => body,
            };
            if (kind == 12)
            {
                // More than the client accepts, produced as it is read.
                filler = random.Next(2) == 0 ? MaxResponse * 4 : random.Next(1, 64 * 1024);
            }
        }

        var reply = new FuzzReply(body, filler, status);
        if (random.Next(4) == 0)
        {
            reply.Status = Pick(random, Statuses);
            description.Append($"status {(int)reply.Status}; ");
        }
        if (random.Next(4) == 0)
        {
            reply.ContentLength = Pick(random, new long?[] { 0, 1, body.Length - 1, body.Length + 1, 268_435_456, 1_073_741_824, 2_040_109_465, long.MaxValue / 2 });
            description.Append($"Content-Length {reply.ContentLength}; ");
        }
        if (random.Next(5) == 0) reply.Headers.Add(("Retry-After", Pick(random, RetryAfters)));
        if (random.Next(5) == 0) reply.Headers.Add(("Date", Pick(random, Dates)));
        if (random.Next(5) == 0) reply.Headers.Add(("x-amzn-ErrorType", Pick(random, ErrorCodes)));
        if (random.Next(8) == 0) reply.Headers.Add(("x-amzn-RequestId", Pick(random, ["", "req-\u00e9", new string('r', 8_000), "a,b"])));
        if (random.Next(8) == 0) reply.Headers.Add(("Content-Type", Pick(random, ["text/html", "application/json; charset=utf-16", "x/y;;", ""])));
        reply.Description = description.Append(string.Join(" ", reply.Headers.Select(h => $"{h.Name}: {Shorten(h.Value)}"))).ToString();
        return reply;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static byte[] FlipBit(Random random, byte[] body)
    {
        if (body.Length == 0) return body;
        var copy = (byte[])body.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] Insert(Random random, byte[] body, byte[] bytes)
    {
        var at = random.Next(body.Length + 1);
        return [.. body.AsSpan(0, at), .. bytes, .. body.AsSpan(at)];
    }

    private static byte[] Delete(Random random, byte[] body)
    {
        if (body.Length == 0) return body;
        var at = random.Next(body.Length);
        var length = random.Next(1, Math.Min(16, body.Length - at) + 1);
        return [.. body.AsSpan(0, at), .. body.AsSpan(at + length)];
    }

    private static byte[] Duplicate(Random random, byte[] body)
    {
        if (body.Length == 0) return body;
        var at = random.Next(body.Length);
        var length = random.Next(1, Math.Min(200, body.Length - at) + 1);
        return [.. body.AsSpan(0, at + length), .. body.AsSpan(at, length), .. body.AsSpan(at + length)];
    }

    private static byte[] RandomBody(Random random)
    {
        var body = new byte[random.Next(0, 2048)];
        random.NextBytes(body);
        return random.Next(3) switch
        {
            0 => body,
            1 => Encoding.UTF8.GetBytes(Pick(random, ["", "null", "[]", "\"str\"", "0", "{", "}", "<html><body>Bad Gateway</body></html>", "{\"__type\":", " \r\n "])),
            _ => [.. "{\"arn\":"u8, .. body],
        };
    }

    private static string Nesting(Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(60, 70) : random.Next(100, 5000);
        return random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
    }

    /// <summary>Replaces the value of a random token of <paramref name="body"/> (as far as it is readable JSON) with <paramref name="value"/>.</summary>
    private static byte[] ReplaceValue(Random random, byte[] body, string value)
    {
        var tokens = new List<(int Start, int Length)>();
        var reader = new Utf8JsonReader(body, isFinalBlock: true, default);
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                        tokens.Add((start, (int)reader.BytesConsumed - start));
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var copy = reader;
                        if (copy.TrySkip()) tokens.Add((start, (int)copy.BytesConsumed - start));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A body already mutated past reading: the tokens before the damage will do.
        }
        if (tokens.Count == 0) return body;
        var (at, length) = tokens[random.Next(tokens.Count)];
        return [.. body.AsSpan(0, at), .. Encoding.UTF8.GetBytes(value), .. body.AsSpan(at + length)];
    }

    /// <summary>One scripted reply: status, headers, and a body delivered as a stream (with optional filler past it).</summary>
    private sealed class FuzzReply(byte[] body, long filler, HttpStatusCode status)
    {
        public HttpStatusCode Status { get; set; } = status;

        public long? ContentLength { get; set; }

        public List<(string Name, string Value)> Headers { get; } = [];

        public string Description { get; set; } = "valid";

        public static FuzzReply Json(string body) => new(Encoding.UTF8.GetBytes(body), 0, HttpStatusCode.OK);

        public (HttpResponseMessage Response, SyntheticBodyStream Body, long HeaderBytes) Build()
        {
            var stream = new SyntheticBodyStream(body, filler, " "u8.ToArray(), []);
            var response = CannedReplies.Reply(Status, stream, ContentLength);
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            long headerBytes = 0;
            foreach (var (name, value) in Headers)
            {
                headerBytes += name.Length + value.Length;
                if (name == "Content-Type")
                {
                    response.Content.Headers.Remove(name);
                    response.Content.Headers.TryAddWithoutValidation(name, value);
                }
                else
                {
                    response.Headers.TryAddWithoutValidation(name, value);
                }
            }
            return (response, stream, headerBytes);
        }
    }

    /// <summary>The replies of the case under way: the mutated one first, then valid ones; counts what was delivered.</summary>
    private sealed class Script
    {
        private readonly List<(SyntheticBodyStream Body, long HeaderBytes)> _delivered = [];
        private FuzzReply? _first;

        public int Requests => _delivered.Count;

        /// <summary>The bytes the client really received: the body bytes it read and the headers' text.</summary>
        public long Delivered => _delivered.Sum(d => d.Body.BytesRead + d.HeaderBytes);

        public void Start(FuzzReply? first)
        {
            _first = first;
            _delivered.Clear();
        }

        public HttpResponseMessage Next(HttpRequestMessage request)
        {
            var reply = _delivered.Count == 0 && _first is not null ? _first : Valid(request.RequestUri!.AbsolutePath);
            var (response, body, headerBytes) = reply.Build();
            _delivered.Add((body, headerBytes));
            return response;
        }
    }
}
