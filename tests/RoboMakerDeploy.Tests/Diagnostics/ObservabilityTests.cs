using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RoboMakerDeploy.Tests.Diagnostics;

[Collection(nameof(TelemetryCollection))]
public sealed class ObservabilityTests : IDisposable
{
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string SessionToken = "FQoGZXIvYXdzEXAMPLESESSIONTOKENVALUE0123456789";
    private const string JobArn = CannedReplies.JobArn;
    private readonly WireMockServer _server = WireMockServer.Start();

    public ObservabilityTests()
    {
        var request = Request.Create().WithPath("/describeDeploymentJob").UsingPost();
        var throttled = Response.Create().WithStatusCode(400)
            .WithHeader("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazonaws.robomaker/")
            .WithHeader("x-amzn-RequestId", "req-throttled")
            .WithHeader("Content-Type", "application/json")
            .WithBody("""{"message":"Rate exceeded"}""");
        _server.Given(request).InScenario("throttle").WillSetStateTo("once").RespondWith(throttled);
        _server.Given(request).InScenario("throttle").WhenStateIs("once").WillSetStateTo("twice").RespondWith(throttled);
        _server.Given(request).InScenario("throttle").WhenStateIs("twice").WillSetStateTo("twice")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithHeader("x-amzn-RequestId", "req-ok")
                .WithBody($$"""{"arn":"{{JobArn}}","status":"InProgress"}"""));
    }

    public void Dispose() => _server.Dispose();

    private RoboMakerDeployClient Client(ILoggerFactory? loggers = null) => new(new RoboMakerDeployClientOptions
    {
        Region = "us-west-2",
        ServiceUrl = new Uri(_server.Url!),
        Credentials = new StaticCredentialsProvider("ASIAEXAMPLEACCESSKEY", SecretKey, SessionToken),
        JitterSource = static () => 0, // full jitter at 0: retries follow at once, no waiting in the test
        LoggerFactory = loggers,
    });

    [Fact]
    public async Task Logs_of_a_throttled_retried_signed_call_carry_each_attempt_and_no_secret()
    {
        var capture = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        using var client = Client(loggers);

        var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        Assert.Equal(DeploymentStatus.InProgress, job.Status);

        var attempts = capture.Entries.Where(e => e.EventId.Id is 1001 or 1002).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Equal([1, 2, 3], attempts.Select(e => (int)e.Values["Attempt"]!));
        Assert.All(attempts, e => Assert.Equal("DescribeDeploymentJob", e.Values["Operation"]));
        Assert.Equal("ThrottlingException", attempts[0].Values["ErrorCode"]);
        Assert.Equal("req-throttled", attempts[0].Values["RequestId"]);
        Assert.Equal(400, attempts[0].Values["StatusCode"]);
        Assert.Equal("req-ok", attempts[2].Values["RequestId"]);
        Assert.Equal(200, attempts[2].Values["StatusCode"]);
        Assert.Equal(2, capture.Entries.Count(e => e.EventId.Id == 2001)); // two retries, with their delay
        Assert.All(capture.Entries.Where(e => e.EventId.Id == 2001), e => Assert.True(e.Values.ContainsKey("DelayMs")));

        var everything = capture.AllText();
        var authorizations = _server.LogEntries.Select(e => e.RequestMessage!.Headers!["Authorization"].Single()).ToList();
        Assert.Equal(3, authorizations.Count);
        Assert.DoesNotContain(SecretKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionToken, everything, StringComparison.Ordinal);
        foreach (var authorization in authorizations)
        {
            Assert.DoesNotContain(authorization, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(authorization[(authorization.IndexOf("Signature=", StringComparison.Ordinal) + 10)..], everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_call_is_a_client_span_with_aws_tags_and_a_child_span_per_attempt()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == RoboMakerDeployTelemetry.Name,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var client = Client();

        await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        var call = Assert.Single(activities, a => a.Kind == ActivityKind.Client);
        Assert.Equal("RoboMaker.DescribeDeploymentJob", call.DisplayName);
        Assert.Equal("aws-api", call.GetTagItem("rpc.system"));
        Assert.Equal("RoboMaker", call.GetTagItem("rpc.service"));
        Assert.Equal("DescribeDeploymentJob", call.GetTagItem("rpc.method"));
        Assert.Equal("us-west-2", call.GetTagItem("cloud.region"));
        var attempts = activities.Where(a => a.ParentSpanId == call.SpanId).OrderBy(a => a.StartTimeUtc).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Equal("ThrottlingException", attempts[0].GetTagItem("error.type"));
        Assert.Equal(400, attempts[0].GetTagItem("http.response.status_code"));
        Assert.Equal("req-throttled", attempts[0].GetTagItem("aws.request_id"));
        Assert.Equal(ActivityStatusCode.Error, attempts[0].Status);
        Assert.Equal(200, attempts[2].GetTagItem("http.response.status_code"));
        Assert.Equal("req-ok", attempts[2].GetTagItem("aws.request_id"));
        Assert.Equal(3, attempts[2].GetTagItem("robomakerdeploy.attempt"));
    }

    [Fact]
    public async Task Metrics_count_calls_retries_and_throttles_and_record_the_duration()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RoboMakerDeployTelemetry.Name) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        listener.Start();
        using var client = Client();

        await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        var mine = measurements.Where(m => (string?)m.Tags.GetValueOrDefault("rpc.method") == "DescribeDeploymentJob").ToList();
        Assert.Equal(1, mine.Where(m => m.Instrument == RoboMakerDeployTelemetry.CallsMetric).Sum(m => m.Value));
        Assert.Equal(2, mine.Where(m => m.Instrument == RoboMakerDeployTelemetry.RetriesMetric).Sum(m => m.Value));
        Assert.Equal(2, mine.Where(m => m.Instrument == RoboMakerDeployTelemetry.ThrottlesMetric).Sum(m => m.Value));
        var duration = Assert.Single(mine, m => m.Instrument == RoboMakerDeployTelemetry.DurationMetric);
        Assert.True(duration.Value > 0);
        Assert.DoesNotContain("error.type", duration.Tags.Keys);
    }

    [Theory]
    [InlineData(RoboMakerDeployTelemetry.RetriesMetric)]
    [InlineData(RoboMakerDeployTelemetry.ThrottlesMetric)]
    public async Task A_counter_listened_to_alone_still_counts_every_attempt_it_counts(string metric)
    {
        // Only this counter is listened to: no span listener, no logging. Retries are counted before the attempt handler
        // chooses its pass-through path; a throttle is known only once the attempt has failed, so a listener on that
        // counter alone must take the handler off it. Both see the two throttled attempts.
        var counted = 0L;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RoboMakerDeployTelemetry.Name && instrument.Name == metric) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, v, tags, _) =>
        {
            if (ToDictionary(tags).GetValueOrDefault("rpc.method") as string == "DescribeDeploymentJob") Interlocked.Add(ref counted, v);
        });
        listener.Start();
        using var client = Client();

        await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(2, Interlocked.Read(ref counted));
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags) result[tag.Key] = tag.Value;
        return result;
    }
}

[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;
