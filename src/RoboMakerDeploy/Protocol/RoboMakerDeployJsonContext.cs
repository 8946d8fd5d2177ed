using System.Text.Json.Serialization;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// The source-generated JSON metadata for every model of the API, with the wire's conventions: member
/// names as the service spells them, nulls omitted, timestamps as epoch seconds. Public code reaches it
/// through <see cref="RoboMakerDeployJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(EpochSecondsJsonConverter), typeof(LenientInt32JsonConverter), typeof(LenientInt64JsonConverter), typeof(FiniteSingleJsonConverter)])]
[JsonSerializable(typeof(CreateDeploymentJobRequest))]
[JsonSerializable(typeof(CreateDeploymentJobResponse))]
[JsonSerializable(typeof(DescribeDeploymentJobRequest))]
[JsonSerializable(typeof(DescribeDeploymentJobResponse))]
[JsonSerializable(typeof(ListDeploymentJobsRequest))]
[JsonSerializable(typeof(ListDeploymentJobsResponse))]
[JsonSerializable(typeof(SyncDeploymentJobRequest))]
[JsonSerializable(typeof(SyncDeploymentJobResponse))]
[JsonSerializable(typeof(CancelDeploymentJobRequest))]
[JsonSerializable(typeof(CancelDeploymentJobResponse))]
[JsonSerializable(typeof(DeploymentJob))]
[JsonSerializable(typeof(IReadOnlyList<DeploymentJob>))]
[JsonSerializable(typeof(CreateFleetRequest))]
[JsonSerializable(typeof(CreateFleetResponse))]
[JsonSerializable(typeof(DeleteFleetRequest))]
[JsonSerializable(typeof(DeleteFleetResponse))]
[JsonSerializable(typeof(DescribeFleetRequest))]
[JsonSerializable(typeof(DescribeFleetResponse))]
[JsonSerializable(typeof(ListFleetsRequest))]
[JsonSerializable(typeof(ListFleetsResponse))]
[JsonSerializable(typeof(CreateRobotRequest))]
[JsonSerializable(typeof(CreateRobotResponse))]
[JsonSerializable(typeof(DeleteRobotRequest))]
[JsonSerializable(typeof(DeleteRobotResponse))]
[JsonSerializable(typeof(DescribeRobotRequest))]
[JsonSerializable(typeof(DescribeRobotResponse))]
[JsonSerializable(typeof(ListRobotsRequest))]
[JsonSerializable(typeof(ListRobotsResponse))]
[JsonSerializable(typeof(RegisterRobotRequest))]
[JsonSerializable(typeof(RegisterRobotResponse))]
[JsonSerializable(typeof(DeregisterRobotRequest))]
[JsonSerializable(typeof(DeregisterRobotResponse))]
[JsonSerializable(typeof(CreateRobotApplicationRequest))]
[JsonSerializable(typeof(CreateRobotApplicationResponse))]
[JsonSerializable(typeof(CreateRobotApplicationVersionRequest))]
[JsonSerializable(typeof(CreateRobotApplicationVersionResponse))]
[JsonSerializable(typeof(DescribeRobotApplicationRequest))]
[JsonSerializable(typeof(DescribeRobotApplicationResponse))]
[JsonSerializable(typeof(ListRobotApplicationsRequest))]
[JsonSerializable(typeof(ListRobotApplicationsResponse))]
[JsonSerializable(typeof(UpdateRobotApplicationRequest))]
[JsonSerializable(typeof(UpdateRobotApplicationResponse))]
[JsonSerializable(typeof(DeleteRobotApplicationRequest))]
[JsonSerializable(typeof(DeleteRobotApplicationResponse))]
[JsonSerializable(typeof(TagResourceRequest))]
[JsonSerializable(typeof(TagResourceResponse))]
[JsonSerializable(typeof(UntagResourceRequest))]
[JsonSerializable(typeof(UntagResourceResponse))]
[JsonSerializable(typeof(ListTagsForResourceRequest))]
[JsonSerializable(typeof(ListTagsForResourceResponse))]
[JsonSerializable(typeof(IReadOnlyList<Fleet>))]
[JsonSerializable(typeof(IReadOnlyList<Robot>))]
[JsonSerializable(typeof(IReadOnlyList<RobotApplicationSummary>))]
internal sealed partial class RoboMakerDeployJsonContext : JsonSerializerContext;
