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
        static (api, body, call, ct) => api.CreateDeploymentJob(body, call, ct),
        withIdempotencyToken: static r => r.ClientRequestToken is null ? r with { ClientRequestToken = RequestValidator.NewClientRequestToken() } : r);

    public static readonly Operation<DescribeDeploymentJobRequest, DescribeDeploymentJobResponse> DescribeDeploymentJob = new(
        OperationNames.DescribeDeploymentJob,
        Json.DescribeDeploymentJobRequest,
        Json.DescribeDeploymentJobResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.DescribeDeploymentJob(body, call, ct));

    public static readonly Operation<ListDeploymentJobsRequest, ListDeploymentJobsResponse> ListDeploymentJobs = new(
        OperationNames.ListDeploymentJobs,
        Json.ListDeploymentJobsRequest,
        Json.ListDeploymentJobsResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.ListDeploymentJobs(body, call, ct));

    public static readonly Operation<SyncDeploymentJobRequest, SyncDeploymentJobResponse> SyncDeploymentJob = new(
        OperationNames.SyncDeploymentJob,
        Json.SyncDeploymentJobRequest,
        Json.SyncDeploymentJobResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.SyncDeploymentJob(body, call, ct),
        withIdempotencyToken: static r => r.ClientRequestToken is null ? r with { ClientRequestToken = RequestValidator.NewClientRequestToken() } : r);

    public static readonly Operation<CancelDeploymentJobRequest, CancelDeploymentJobResponse> CancelDeploymentJob = new(
        OperationNames.CancelDeploymentJob,
        Json.CancelDeploymentJobRequest,
        Json.CancelDeploymentJobResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.CancelDeploymentJob(body, call, ct),
        empty: static () => new CancelDeploymentJobResponse());

    public static readonly Operation<CreateFleetRequest, CreateFleetResponse> CreateFleet = new(
        OperationNames.CreateFleet,
        Json.CreateFleetRequest,
        Json.CreateFleetResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.CreateFleet(body, call, ct));

    public static readonly Operation<DeleteFleetRequest, DeleteFleetResponse> DeleteFleet = new(
        OperationNames.DeleteFleet,
        Json.DeleteFleetRequest,
        Json.DeleteFleetResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.DeleteFleet(body, call, ct),
        empty: static () => new DeleteFleetResponse());

    public static readonly Operation<DescribeFleetRequest, DescribeFleetResponse> DescribeFleet = new(
        OperationNames.DescribeFleet,
        Json.DescribeFleetRequest,
        Json.DescribeFleetResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.DescribeFleet(body, call, ct));

    public static readonly Operation<ListFleetsRequest, ListFleetsResponse> ListFleets = new(
        OperationNames.ListFleets,
        Json.ListFleetsRequest,
        Json.ListFleetsResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.ListFleets(body, call, ct));

    public static readonly Operation<CreateRobotRequest, CreateRobotResponse> CreateRobot = new(
        OperationNames.CreateRobot,
        Json.CreateRobotRequest,
        Json.CreateRobotResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.CreateRobot(body, call, ct));

    public static readonly Operation<DeleteRobotRequest, DeleteRobotResponse> DeleteRobot = new(
        OperationNames.DeleteRobot,
        Json.DeleteRobotRequest,
        Json.DeleteRobotResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.DeleteRobot(body, call, ct),
        empty: static () => new DeleteRobotResponse());

    public static readonly Operation<DescribeRobotRequest, DescribeRobotResponse> DescribeRobot = new(
        OperationNames.DescribeRobot,
        Json.DescribeRobotRequest,
        Json.DescribeRobotResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.DescribeRobot(body, call, ct));

    public static readonly Operation<ListRobotsRequest, ListRobotsResponse> ListRobots = new(
        OperationNames.ListRobots,
        Json.ListRobotsRequest,
        Json.ListRobotsResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.ListRobots(body, call, ct));

    public static readonly Operation<RegisterRobotRequest, RegisterRobotResponse> RegisterRobot = new(
        OperationNames.RegisterRobot,
        Json.RegisterRobotRequest,
        Json.RegisterRobotResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.RegisterRobot(body, call, ct));

    public static readonly Operation<DeregisterRobotRequest, DeregisterRobotResponse> DeregisterRobot = new(
        OperationNames.DeregisterRobot,
        Json.DeregisterRobotRequest,
        Json.DeregisterRobotResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.DeregisterRobot(body, call, ct));

    public static readonly Operation<CreateRobotApplicationRequest, CreateRobotApplicationResponse> CreateRobotApplication = new(
        OperationNames.CreateRobotApplication,
        Json.CreateRobotApplicationRequest,
        Json.CreateRobotApplicationResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.CreateRobotApplication(body, call, ct));

    public static readonly Operation<CreateRobotApplicationVersionRequest, CreateRobotApplicationVersionResponse> CreateRobotApplicationVersion = new(
        OperationNames.CreateRobotApplicationVersion,
        Json.CreateRobotApplicationVersionRequest,
        Json.CreateRobotApplicationVersionResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.CreateRobotApplicationVersion(body, call, ct));

    public static readonly Operation<DescribeRobotApplicationRequest, DescribeRobotApplicationResponse> DescribeRobotApplication = new(
        OperationNames.DescribeRobotApplication,
        Json.DescribeRobotApplicationRequest,
        Json.DescribeRobotApplicationResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.DescribeRobotApplication(body, call, ct));

    public static readonly Operation<ListRobotApplicationsRequest, ListRobotApplicationsResponse> ListRobotApplications = new(
        OperationNames.ListRobotApplications,
        Json.ListRobotApplicationsRequest,
        Json.ListRobotApplicationsResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.ListRobotApplications(body, call, ct));

    public static readonly Operation<UpdateRobotApplicationRequest, UpdateRobotApplicationResponse> UpdateRobotApplication = new(
        OperationNames.UpdateRobotApplication,
        Json.UpdateRobotApplicationRequest,
        Json.UpdateRobotApplicationResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.UpdateRobotApplication(body, call, ct));

    public static readonly Operation<DeleteRobotApplicationRequest, DeleteRobotApplicationResponse> DeleteRobotApplication = new(
        OperationNames.DeleteRobotApplication,
        Json.DeleteRobotApplicationRequest,
        Json.DeleteRobotApplicationResponse,
        RequestValidator.Validate,
        static (api, body, call, ct) => api.DeleteRobotApplication(body, call, ct),
        empty: static () => new DeleteRobotApplicationResponse());

    public static readonly Operation<TagResourceRequest, TagResourceResponse> TagResource = new(
        OperationNames.TagResource,
        Json.TagResourceRequest,
        Json.TagResourceResponse,
        RequestValidator.Validate,
        hasBody: true,
        static (api, request, body, call, ct) => api.TagResource(request.ResourceArn, body!, call, ct),
        empty: static () => new TagResourceResponse());

    public static readonly Operation<UntagResourceRequest, UntagResourceResponse> UntagResource = new(
        OperationNames.UntagResource,
        Json.UntagResourceRequest,
        Json.UntagResourceResponse,
        RequestValidator.Validate,
        hasBody: false,
        static (api, request, _, call, ct) => api.UntagResource(request.ResourceArn, request.TagKeys, call, ct),
        empty: static () => new UntagResourceResponse());

    public static readonly Operation<ListTagsForResourceRequest, ListTagsForResourceResponse> ListTagsForResource = new(
        OperationNames.ListTagsForResource,
        Json.ListTagsForResourceRequest,
        Json.ListTagsForResourceResponse,
        RequestValidator.Validate,
        hasBody: false,
        static (api, request, _, call, ct) => api.ListTagsForResource(request.ResourceArn, call, ct));
}
