using System.Diagnostics;
using System.Text.Json;
using Refit;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// The client of the RoboMaker fleet-deployment API. Every call is validated before it is sent, signed
/// with SigV4 at the moment it is sent, retried on throttling and transient faults, and turned into a
/// typed response (carrying its <see cref="ResponseMetadata"/>) or a <see cref="RoboMakerException"/>.
/// Thread-safe; create one per endpoint and reuse it. Mock <see cref="IRoboMakerDeployClient"/> in tests.
/// </summary>
/// <remarks>
/// A call, top to bottom: the operation's descriptor (<c>Protocol/Operations.cs</c>) validates the request and adds
/// an idempotency token where the operation takes one; the body is serialized once; Refit's generated client builds
/// the HTTP request with the call's state attached; the handler chain (<c>Pipeline/ClientPipeline.cs</c>) retries,
/// observes, reads the response and signs; the parsed response comes back on the call, with its metadata.
/// </remarks>
public sealed class RoboMakerDeployClient : IRoboMakerDeployClient, IDisposable
{
    private readonly IRoboMakerDeployHttpApi _api;
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>Creates a client that talks to the endpoint of the configured (or environment's) Region.</summary>
    /// <param name="options">The settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the option.</exception>
    public RoboMakerDeployClient(RoboMakerDeployClientOptions? options = null)
        : this(new ClientPipeline(CheckedCopy(options ?? new RoboMakerDeployClientOptions())), CreateDefaultTransport(), ownsTransport: true)
    {
    }

    /// <summary>
    /// Creates a client whose requests, after validation, retries and signing, go to <paramref name="transport"/>
    /// (for instance an in-memory handler in tests or benchmarks). The SDK's own handlers always run above it.
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <param name="transport">The innermost handler, which sends the bytes. The client does not dispose it.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message names the option.</exception>
    public RoboMakerDeployClient(RoboMakerDeployClientOptions options, HttpMessageHandler transport)
        : this(new ClientPipeline(CheckedCopy(options)), transport ?? throw new ArgumentNullException(nameof(transport)), ownsTransport: false)
    {
    }

    /// <summary>The dependency-injection path: an <see cref="HttpClient"/> whose handlers <paramref name="pipeline"/> created.</summary>
    internal RoboMakerDeployClient(HttpClient httpClient, ClientPipeline pipeline)
        : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), pipeline, ownsHttpClient: false)
    {
    }

    private RoboMakerDeployClient(ClientPipeline pipeline, HttpMessageHandler transport, bool ownsTransport)
        : this(CreateHttpClient(pipeline, transport, ownsTransport), pipeline, ownsHttpClient: true)
    {
    }

    private RoboMakerDeployClient(HttpClient httpClient, ClientPipeline pipeline, bool ownsHttpClient)
    {
        Options = pipeline.Options;
        Region = pipeline.Settings.Region;
        Endpoint = pipeline.Settings.Endpoint;
        httpClient.BaseAddress ??= Endpoint;
        _ownedHttpClient = ownsHttpClient ? httpClient : null;
        _api = RestService.ForGenerated<IRoboMakerDeployHttpApi>(httpClient, RefitSettingsFactory.Create());
    }

    /// <summary>The Region requests are signed for.</summary>
    public string Region { get; }

    /// <summary>The endpoint requests are sent to.</summary>
    public Uri Endpoint { get; }

    /// <summary>The options the client was built from (a validated copy).</summary>
    internal RoboMakerDeployClientOptions Options { get; }

    /// <inheritdoc />
    public Task<CreateDeploymentJobResponse> CreateDeploymentJobAsync(CreateDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.CreateDeploymentJob, request, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeDeploymentJobResponse> DescribeDeploymentJobAsync(DescribeDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.DescribeDeploymentJob, request, cancellationToken);

    /// <inheritdoc />
    public Task<ListDeploymentJobsResponse> ListDeploymentJobsAsync(ListDeploymentJobsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.ListDeploymentJobs, request, cancellationToken);

    /// <inheritdoc />
    public Task<SyncDeploymentJobResponse> SyncDeploymentJobAsync(SyncDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.SyncDeploymentJob, request, cancellationToken);

    /// <inheritdoc />
    public Task<CancelDeploymentJobResponse> CancelDeploymentJobAsync(CancelDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.CancelDeploymentJob, request, cancellationToken);

    /// <inheritdoc />
    public Task<CreateFleetResponse> CreateFleetAsync(CreateFleetRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.CreateFleet, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteFleetResponse> DeleteFleetAsync(DeleteFleetRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.DeleteFleet, request, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeFleetResponse> DescribeFleetAsync(DescribeFleetRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.DescribeFleet, request, cancellationToken);

    /// <inheritdoc />
    public Task<ListFleetsResponse> ListFleetsAsync(ListFleetsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.ListFleets, request, cancellationToken);

    /// <inheritdoc />
    public Task<CreateRobotResponse> CreateRobotAsync(CreateRobotRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.CreateRobot, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteRobotResponse> DeleteRobotAsync(DeleteRobotRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.DeleteRobot, request, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeRobotResponse> DescribeRobotAsync(DescribeRobotRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.DescribeRobot, request, cancellationToken);

    /// <inheritdoc />
    public Task<ListRobotsResponse> ListRobotsAsync(ListRobotsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.ListRobots, request, cancellationToken);

    /// <inheritdoc />
    public Task<RegisterRobotResponse> RegisterRobotAsync(RegisterRobotRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.RegisterRobot, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeregisterRobotResponse> DeregisterRobotAsync(DeregisterRobotRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.DeregisterRobot, request, cancellationToken);

    /// <inheritdoc />
    public Task<CreateRobotApplicationResponse> CreateRobotApplicationAsync(CreateRobotApplicationRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.CreateRobotApplication, request, cancellationToken);

    /// <inheritdoc />
    public Task<CreateRobotApplicationVersionResponse> CreateRobotApplicationVersionAsync(CreateRobotApplicationVersionRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.CreateRobotApplicationVersion, request, cancellationToken);

    /// <inheritdoc />
    public Task<DescribeRobotApplicationResponse> DescribeRobotApplicationAsync(DescribeRobotApplicationRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.DescribeRobotApplication, request, cancellationToken);

    /// <inheritdoc />
    public Task<ListRobotApplicationsResponse> ListRobotApplicationsAsync(ListRobotApplicationsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.ListRobotApplications, request, cancellationToken);

    /// <inheritdoc />
    public Task<UpdateRobotApplicationResponse> UpdateRobotApplicationAsync(UpdateRobotApplicationRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.UpdateRobotApplication, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeleteRobotApplicationResponse> DeleteRobotApplicationAsync(DeleteRobotApplicationRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.DeleteRobotApplication, request, cancellationToken);

    /// <inheritdoc />
    public Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.TagResource, request, cancellationToken);

    /// <inheritdoc />
    public Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.UntagResource, request, cancellationToken);

    /// <inheritdoc />
    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync(Operations.ListTagsForResource, request, cancellationToken);

    /// <summary>Releases the HTTP connection pool the client created, if it created one.</summary>
    public void Dispose() => _ownedHttpClient?.Dispose();

    /// <summary>
    /// One call: validation and the idempotency token (inside the returned task, like any failure), the body serialized
    /// once, Refit and the handler chain, the parsed response with its metadata, and the call's span and metrics.
    /// </summary>
    private async Task<TResponse> InvokeAsync<TRequest, TResponse>(Operation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken)
        where TResponse : class, IResponseWithMetadata
    {
        ArgumentNullException.ThrowIfNull(request);
        operation.Validate(request);
        if (operation.WithIdempotencyToken is { } withToken) request = withToken(request);
        // An operation without body members over GET/DELETE sends no content at all (as the AWS SDKs do): the signed
        // payload hash is then the empty string's, which is what a verifier computes from the empty body it receives.
        var call = new RoboMakerCall(operation, operation.HasBody ? JsonSerializer.SerializeToUtf8Bytes(request, operation.RequestType) : []);
        using var content = operation.HasBody ? new ByteArrayContent(call.Body) : null;
        // As text: nothing to build, and the signer reads it back as sent.
        content?.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        using var activity = StartCallActivity(operation);
        // The clock is read only when a meter listener records the duration.
        long? started = RoboMakerDeployTelemetry.Duration.Enabled ? Options.TimeProvider.GetTimestamp() : null;
        string? errorType = null;
        try
        {
            await operation.Send(_api, request, content, call, cancellationToken).ConfigureAwait(false);
            var parsed = (TResponse)call.Response!;
            parsed.AttachMetadata(call.Metadata());
            return parsed;
        }
        catch (RoboMakerException ex)
        {
            errorType = ex.ErrorCode ?? ex.GetType().Name;
            activity?.SetTag(RoboMakerDeployTelemetry.Tags.AwsRequestId, ex.RequestId);
            if (ex.StatusCode is { } status) activity?.SetTag(RoboMakerDeployTelemetry.Tags.HttpStatusCode, (int)status);
            throw;
        }
        catch (Exception ex)
        {
            errorType = ex is OperationCanceledException ? "canceled" : ex.GetType().Name;
            throw;
        }
        finally
        {
            RecordCall(activity, operation.Name, call, errorType, started);
        }
    }

    private Activity? StartCallActivity(Operation operation)
    {
        var activity = RoboMakerDeployTelemetry.ActivitySource.StartActivity(operation.CallSpanName, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(RoboMakerDeployTelemetry.Tags.RpcSystem, "aws-api");
            activity.SetTag(RoboMakerDeployTelemetry.Tags.RpcService, "RoboMaker");
            activity.SetTag(RoboMakerDeployTelemetry.Tags.RpcMethod, operation.Name);
            activity.SetTag(RoboMakerDeployTelemetry.Tags.CloudRegion, Region);
        }
        return activity;
    }

    private void RecordCall(Activity? activity, string operation, RoboMakerCall call, string? errorType, long? started)
    {
        // A listener that came during the call records nothing for it.
        double? seconds = started is { } start ? Options.TimeProvider.GetElapsedTime(start).TotalSeconds : null;
        var method = new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.RpcMethod, operation);
        if (errorType is null)
        {
            activity?.SetTag(RoboMakerDeployTelemetry.Tags.HttpStatusCode, (int)(call.StatusCode ?? System.Net.HttpStatusCode.OK));
            activity?.SetTag(RoboMakerDeployTelemetry.Tags.AwsRequestId, call.RequestId);
            RoboMakerDeployTelemetry.Calls.Add(1, method);
            if (seconds is { } succeeded) RoboMakerDeployTelemetry.Duration.Record(succeeded, method);
            return;
        }
        var error = new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.ErrorType, errorType);
        activity?.SetTag(RoboMakerDeployTelemetry.Tags.ErrorType, errorType);
        activity?.SetStatus(ActivityStatusCode.Error, errorType);
        RoboMakerDeployTelemetry.Calls.Add(1, method, error);
        if (seconds is { } failed) RoboMakerDeployTelemetry.Duration.Record(failed, method, error);
    }

    private static RoboMakerDeployClientOptions CheckedCopy(RoboMakerDeployClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid RoboMakerDeployClientOptions: " + string.Join(" ", problems), nameof(options));
        }
        return options.Clone();
    }

    private static HttpClient CreateHttpClient(ClientPipeline pipeline, HttpMessageHandler transport, bool ownsTransport) =>
        new(pipeline.CreateChain(transport), disposeHandler: ownsTransport)
        {
            BaseAddress = pipeline.Settings.Endpoint,
            // The SDK owns timeouts (per attempt and per call), so HttpClient's own cannot cut across retries.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };

    private static SocketsHttpHandler CreateDefaultTransport() => new()
    {
        // A redirect would be re-sent unsigned or to another host; the API never redirects.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    };
}
