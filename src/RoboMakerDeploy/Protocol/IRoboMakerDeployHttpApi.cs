using Refit;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Protocol;

/// <summary>
/// The operations of <see cref="IRoboMakerDeployApi"/> as the client sends them: the reply is the HTTP
/// response itself, whose content <see cref="ReplyHandler"/> has already parsed into the model (inside the
/// retry scope). Refit then neither buffers the reply again nor runs a deserializer over it.
/// </summary>
internal interface IRoboMakerDeployHttpApi
{
    [Post("/createDeploymentJob")]
    Task<HttpResponseMessage> CreateDeploymentJob([Body] CreateDeploymentJobRequest request, CancellationToken cancellationToken);

    [Post("/describeDeploymentJob")]
    Task<HttpResponseMessage> DescribeDeploymentJob([Body] DescribeDeploymentJobRequest request, CancellationToken cancellationToken);

    [Post("/listDeploymentJobs")]
    Task<HttpResponseMessage> ListDeploymentJobs([Body] ListDeploymentJobsRequest request, CancellationToken cancellationToken);

    [Post("/syncDeploymentJob")]
    Task<HttpResponseMessage> SyncDeploymentJob([Body] SyncDeploymentJobRequest request, CancellationToken cancellationToken);

    [Post("/cancelDeploymentJob")]
    Task<HttpResponseMessage> CancelDeploymentJob([Body] CancelDeploymentJobRequest request, CancellationToken cancellationToken);
}
