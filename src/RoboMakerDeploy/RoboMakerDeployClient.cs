using System.Diagnostics;
using Refit;
using RoboMakerDeploy.Diagnostics;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Pagination;
using RoboMakerDeploy.Protocol;
using RoboMakerDeploy.Resilience;
using RoboMakerDeploy.Waiting;

namespace RoboMakerDeploy;

/// <summary>
/// The client of the RoboMaker fleet-deployment API. Every call is validated before it is sent, signed
/// with SigV4 at the moment it is sent, retried on throttling and transient faults, and turned into a
/// typed reply or a <see cref="RoboMakerException"/>. Thread-safe; create one per endpoint and reuse it.
/// </summary>
public class RoboMakerDeployClient : IRoboMakerDeployClient, IDisposable
{
    private readonly IRoboMakerDeployHttpApi _api = null!;
    private readonly HttpClient? _ownedHttpClient;
    private readonly RoboMakerDeployClientOptions _options = null!;

    /// <summary>Creates a client that talks to the endpoint of the configured (or environment's) Region.</summary>
    /// <param name="options">The settings; null for the defaults.</param>
    public RoboMakerDeployClient(RoboMakerDeployClientOptions? options = null)
        : this(options ?? new RoboMakerDeployClientOptions(), CreateDefaultTransport(), ownsTransport: true)
    {
    }

    /// <summary>
    /// Creates a client whose requests, after validation, retries and signing, go to
    /// <paramref name="transport"/> (for instance an in-memory handler in tests or benchmarks).
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <param name="transport">The innermost handler, which sends the bytes. The client does not dispose it.</param>
    public RoboMakerDeployClient(RoboMakerDeployClientOptions options, HttpMessageHandler transport)
        : this(options, transport, ownsTransport: false)
    {
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> whose handler chain already retries and signs,
    /// as the dependency-injection extensions build it. Its <see cref="HttpClient.BaseAddress"/> is set
    /// to the endpoint when it has none.
    /// </summary>
    /// <param name="httpClient">The configured client; not disposed by this client.</param>
    /// <param name="options">The settings the handler chain was built from.</param>
    public RoboMakerDeployClient(HttpClient httpClient, RoboMakerDeployClientOptions options)
        : this(httpClient, CheckedCopy(options), settings: null)
    {
    }

    /// <summary>The dependency-injection path: options already validated, settings resolved once per registration.</summary>
    internal RoboMakerDeployClient(HttpClient httpClient, RoboMakerDeployClientOptions options, ClientSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _options = options;
        settings ??= ClientSettings.Resolve(_options);
        Region = settings.Region;
        Endpoint = settings.Endpoint;
        httpClient.BaseAddress ??= settings.Endpoint;
        _api = CreateApi(httpClient);
    }

    /// <summary>For mocking frameworks only: a client with no connection.</summary>
    protected RoboMakerDeployClient()
    {
        Region = string.Empty;
        Endpoint = new Uri("https://localhost/");
    }

    private RoboMakerDeployClient(RoboMakerDeployClientOptions options, HttpMessageHandler transport, bool ownsTransport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _options = CheckedCopy(options);
        var settings = ClientSettings.Resolve(_options);
        Region = settings.Region;
        Endpoint = settings.Endpoint;
        var chain = RoboMakerDeployHandlers.CreateChain(_options, settings, transport);
        _ownedHttpClient = new HttpClient(chain, disposeHandler: ownsTransport)
        {
            BaseAddress = settings.Endpoint,
            // The SDK owns timeouts (per attempt and per call), so HttpClient's own cannot cut across retries.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _api = CreateApi(_ownedHttpClient);
    }

    /// <summary>The settings this client was built with (null on the mocking constructor); the waiters read its clock and logger factory.</summary>
    internal RoboMakerDeployClientOptions Options => _options;

    /// <summary>The Region requests are signed for.</summary>
    public string Region { get; }

    /// <summary>The endpoint requests are sent to.</summary>
    public Uri Endpoint { get; }

    /// <inheritdoc />
    public virtual Task<CreateDeploymentJobResponse> CreateDeploymentJobAsync(CreateDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateDeploymentJobRequest, CreateDeploymentJobResponse>(
            OperationReplies.Create,
            RequestValidator.Validate,
            // The token is fixed here, once per logical call, so every retry carries the same bytes.
            static r => r.ClientRequestToken is null ? r with { ClientRequestToken = RequestValidator.NewClientRequestToken() } : r,
            static (api, r, ct) => api.CreateDeploymentJob(r, ct),
            request,
            cancellationToken);

    /// <inheritdoc />
    public virtual Task<DescribeDeploymentJobResponse> DescribeDeploymentJobAsync(DescribeDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DescribeDeploymentJobRequest, DescribeDeploymentJobResponse>(
            OperationReplies.Describe,
            RequestValidator.Validate,
            withToken: null,
            static (api, r, ct) => api.DescribeDeploymentJob(r, ct),
            request,
            cancellationToken);

    /// <inheritdoc />
    public virtual Task<ListDeploymentJobsResponse> ListDeploymentJobsAsync(ListDeploymentJobsRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<ListDeploymentJobsRequest, ListDeploymentJobsResponse>(
            OperationReplies.List,
            RequestValidator.Validate,
            withToken: null,
            static (api, r, ct) => api.ListDeploymentJobs(r, ct),
            request,
            cancellationToken);

    /// <inheritdoc />
    public virtual Task<SyncDeploymentJobResponse> SyncDeploymentJobAsync(SyncDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<SyncDeploymentJobRequest, SyncDeploymentJobResponse>(
            OperationReplies.Sync,
            RequestValidator.Validate,
            static r => r.ClientRequestToken is null ? r with { ClientRequestToken = RequestValidator.NewClientRequestToken() } : r,
            static (api, r, ct) => api.SyncDeploymentJob(r, ct),
            request,
            cancellationToken);

    /// <inheritdoc />
    public virtual Task<CancelDeploymentJobResponse> CancelDeploymentJobAsync(CancelDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CancelDeploymentJobRequest, CancelDeploymentJobResponse>(
            OperationReplies.Cancel,
            RequestValidator.Validate,
            withToken: null,
            static (api, r, ct) => api.CancelDeploymentJob(r, ct),
            request,
            cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<DeploymentJob> ListAllDeploymentJobsAsync(ListDeploymentJobsRequest? request = null, CancellationToken cancellationToken = default) =>
        DeploymentJobPaginator.ListAllAsync(this, request, cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<ListDeploymentJobsResponse> ListDeploymentJobPagesAsync(ListDeploymentJobsRequest? request = null, CancellationToken cancellationToken = default) =>
        DeploymentJobPaginator.ListPagesAsync(this, request, cancellationToken);

    /// <inheritdoc />
    public virtual Task<DescribeDeploymentJobResponse> WaitForDeploymentJobAsync(
        string jobArn,
        DeploymentWaitOptions? options = null,
        IProgress<DeploymentJobProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        DeploymentJobWaiter.WaitForDeploymentJobAsync(this, jobArn, options, progress, cancellationToken);

    /// <summary>Releases the HTTP connection pool the client created, if it created one.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _ownedHttpClient?.Dispose();
    }

    /// <summary>
    /// One call: validation (<paramref name="validate"/>, inside the returned task like any failure) and the
    /// idempotency token of an operation that takes one (<paramref name="withToken"/>), the request
    /// through Refit and the handler chain, the model the reply handler parsed, and the call's span and metrics.
    /// A single async step per call.
    /// </summary>
    private async Task<TReply> InvokeAsync<TRequest, TReply>(
        OperationReply reply,
        Action<TRequest> validate,
        Func<TRequest, TRequest>? withToken,
        Func<IRoboMakerDeployHttpApi, TRequest, CancellationToken, Task<HttpResponseMessage>> call,
        TRequest request,
        CancellationToken cancellationToken)
        where TReply : class
    {
        validate(request);
        if (withToken is not null) request = withToken(request);
        var operation = reply.Operation;
        using var activity = RoboMakerDeployTelemetry.ActivitySource.HasListeners()
            ? StartCallActivity(operation)
            : null;
        // The clock is read only when a span or a duration listener will use the time.
        var started = activity is not null || RoboMakerDeployTelemetry.Duration.Enabled ? _options.TimeProvider.GetTimestamp() : (long?)null;
        string? errorType = null;
        TReply model;
        try
        {
            using var response = await call(_api, request, cancellationToken).ConfigureAwait(false);
            model = await OperationReplies.ReadAsync<TReply>(response, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (RoboMakerException ex)
        {
            ex.Operation ??= operation;
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
            RecordCall(activity, operation, errorType, started is { } start ? _options.TimeProvider.GetElapsedTime(start) : null);
        }
        return model;
    }

    private Activity? StartCallActivity(string operation)
    {
        var activity = RoboMakerDeployTelemetry.ActivitySource.StartActivity($"RoboMaker.{operation}", ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(RoboMakerDeployTelemetry.Tags.RpcSystem, "aws-api");
            activity.SetTag(RoboMakerDeployTelemetry.Tags.RpcService, "RoboMaker");
            activity.SetTag(RoboMakerDeployTelemetry.Tags.RpcMethod, operation);
            activity.SetTag(RoboMakerDeployTelemetry.Tags.CloudRegion, Region);
        }
        return activity;
    }

    private static void RecordCall(Activity? activity, string operation, string? errorType, TimeSpan? duration)
    {
        var method = new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.RpcMethod, operation);
        if (errorType is null)
        {
            activity?.SetTag(RoboMakerDeployTelemetry.Tags.HttpStatusCode, 200);
            RoboMakerDeployTelemetry.Calls.Add(1, method);
            if (duration is { } took) RoboMakerDeployTelemetry.Duration.Record(took.TotalSeconds, method);
            return;
        }
        var error = new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.ErrorType, errorType);
        activity?.SetTag(RoboMakerDeployTelemetry.Tags.ErrorType, errorType);
        activity?.SetStatus(ActivityStatusCode.Error, errorType);
        RoboMakerDeployTelemetry.Calls.Add(1, method, error);
        if (duration is { } failedAfter) RoboMakerDeployTelemetry.Duration.Record(failedAfter.TotalSeconds, method, error);
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

    private static IRoboMakerDeployHttpApi CreateApi(HttpClient httpClient) =>
        RestService.ForGenerated<IRoboMakerDeployHttpApi>(httpClient, RefitSettingsFactory.Create());

    private static SocketsHttpHandler CreateDefaultTransport() => new()
    {
        // A redirect would be re-sent unsigned or to another host; the API never redirects.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    };
}
