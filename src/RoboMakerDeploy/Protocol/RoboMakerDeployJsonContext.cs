using System.Text.Json.Serialization;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Protocol;

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
internal sealed partial class RoboMakerDeployJsonContext : JsonSerializerContext;
