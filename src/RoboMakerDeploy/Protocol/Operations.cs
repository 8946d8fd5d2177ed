using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// The operations of the API the client calls, one descriptor each: name, JSON metadata, validation, idempotency
/// token, and the Refit method that sends it. Adding an operation is one entry here, one method on
/// <see cref="IRoboMakerDeployHttpApi"/> and one on the client.
/// </summary>
internal static class Operations
{
    private static RoboMakerDeployJsonContext Json => RoboMakerDeployJsonContext.Default;

    public static readonly Operation<CreateDeploymentJobRequest, CreateDeploymentJobResponse> CreateDeploymentJob = new(
        OperationNames.CreateDeploymentJob,
        Json.CreateDeploymentJobRequest,
        Json.CreateDeploymentJobResponse,
        RequestValidator.Validate,
        static (response, metadata) => response with { ResponseMetadata = metadata },
        static (api, body, call, ct) => api.CreateDeploymentJob(body, call, ct),
        withIdempotencyToken: static r => r.ClientRequestToken is null ? r with { ClientRequestToken = RequestValidator.NewClientRequestToken() } : r);

    public static readonly Operation<DescribeDeploymentJobRequest, DescribeDeploymentJobResponse> DescribeDeploymentJob = new(
        OperationNames.DescribeDeploymentJob,
        Json.DescribeDeploymentJobRequest,
        Json.DescribeDeploymentJobResponse,
        RequestValidator.Validate,
        static (response, metadata) => response with { ResponseMetadata = metadata },
        static (api, body, call, ct) => api.DescribeDeploymentJob(body, call, ct));

    public static readonly Operation<ListDeploymentJobsRequest, ListDeploymentJobsResponse> ListDeploymentJobs = new(
        OperationNames.ListDeploymentJobs,
        Json.ListDeploymentJobsRequest,
        Json.ListDeploymentJobsResponse,
        RequestValidator.Validate,
        static (response, metadata) => response with { ResponseMetadata = metadata },
        static (api, body, call, ct) => api.ListDeploymentJobs(body, call, ct));

    public static readonly Operation<SyncDeploymentJobRequest, SyncDeploymentJobResponse> SyncDeploymentJob = new(
        OperationNames.SyncDeploymentJob,
        Json.SyncDeploymentJobRequest,
        Json.SyncDeploymentJobResponse,
        RequestValidator.Validate,
        static (response, metadata) => response with { ResponseMetadata = metadata },
        static (api, body, call, ct) => api.SyncDeploymentJob(body, call, ct),
        withIdempotencyToken: static r => r.ClientRequestToken is null ? r with { ClientRequestToken = RequestValidator.NewClientRequestToken() } : r);

    public static readonly Operation<CancelDeploymentJobRequest, CancelDeploymentJobResponse> CancelDeploymentJob = new(
        OperationNames.CancelDeploymentJob,
        Json.CancelDeploymentJobRequest,
        Json.CancelDeploymentJobResponse,
        RequestValidator.Validate,
        static (response, metadata) => response with { ResponseMetadata = metadata },
        static (api, body, call, ct) => api.CancelDeploymentJob(body, call, ct),
        empty: static () => new CancelDeploymentJobResponse());
}
