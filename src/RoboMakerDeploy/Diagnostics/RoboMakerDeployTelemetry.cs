using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace RoboMakerDeploy;

/// <summary>
/// The SDK's traces and metrics. Subscribe with OpenTelemetry (<c>AddSource("RoboMakerDeploy")</c>,
/// <c>AddMeter("RoboMakerDeploy")</c>) or any <see cref="ActivityListener"/>/<see cref="MeterListener"/>.
/// Each call is a client span named <c>RoboMaker.{Operation}</c> tagged after the OpenTelemetry conventions
/// for AWS SDK calls, with a child span per attempt.
/// </summary>
public static class RoboMakerDeployTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and the <see cref="Meter"/>.</summary>
    public const string Name = "RoboMakerDeploy";

    /// <summary>Counter of calls (one per operation call, whatever its attempts), tagged with <c>rpc.method</c> and <c>error.type</c> on failure.</summary>
    public const string CallsMetric = "robomakerdeploy.client.calls";

    /// <summary>Counter of retries (attempts after the first).</summary>
    public const string RetriesMetric = "robomakerdeploy.client.retries";

    /// <summary>Counter of attempts the service throttled.</summary>
    public const string ThrottlesMetric = "robomakerdeploy.client.throttles";

    /// <summary>Histogram of call durations in seconds, retries and backoff included.</summary>
    public const string DurationMetric = "robomakerdeploy.client.call.duration";

    private static readonly string? Version = typeof(RoboMakerDeployTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    internal static readonly ActivitySource ActivitySource = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Counter<long> Calls = Meter.CreateCounter<long>(CallsMetric, "{call}", "RoboMaker deployment API calls.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(RetriesMetric, "{retry}", "Retried attempts of RoboMaker deployment API calls.");

    internal static readonly Counter<long> Throttles = Meter.CreateCounter<long>(ThrottlesMetric, "{attempt}", "Attempts the service throttled.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(DurationMetric, "s", "Duration of RoboMaker deployment API calls, retries included.");

    /// <summary>Tag names used on spans and metrics (OpenTelemetry semantic conventions for AWS SDK calls).</summary>
    public static class Tags
    {
        /// <summary><c>rpc.system</c>, always <c>aws-api</c>.</summary>
        public const string RpcSystem = "rpc.system";

        /// <summary><c>rpc.service</c>, always <c>RoboMaker</c>.</summary>
        public const string RpcService = "rpc.service";

        /// <summary><c>rpc.method</c>: the operation, e.g. <c>CreateDeploymentJob</c>.</summary>
        public const string RpcMethod = "rpc.method";

        /// <summary><c>aws.request_id</c>: the service's request id.</summary>
        public const string AwsRequestId = "aws.request_id";

        /// <summary><c>http.response.status_code</c>.</summary>
        public const string HttpStatusCode = "http.response.status_code";

        /// <summary><c>error.type</c>: the service's error code, or the exception type.</summary>
        public const string ErrorType = "error.type";

        /// <summary><c>cloud.region</c>.</summary>
        public const string CloudRegion = "cloud.region";

        /// <summary><c>robomakerdeploy.attempt</c>: the attempt number, 1 for the first.</summary>
        public const string Attempt = "robomakerdeploy.attempt";
    }
}
