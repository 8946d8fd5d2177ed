using Refit;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Protocol;

/// <summary>
/// The deployment-job operations as the service defines them: REST-JSON, each a POST with a JSON body,
/// answered by the typed reply. Refit's source generator implements it; the dependency-injection extensions
/// register it over the SDK's handler chain (retries, signing, reply parsing). It sends requests as given:
/// <see cref="RoboMakerDeployClient"/> adds validation before sending and idempotency tokens, so most code
/// wants the client instead.
/// </summary>
public interface IRoboMakerDeployApi
{
    /// <summary>POST /createDeploymentJob.</summary>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    [Post("/createDeploymentJob")]
    Task<CreateDeploymentJobResponse?> CreateDeploymentJob([Body] CreateDeploymentJobRequest request, CancellationToken cancellationToken);

    /// <summary>POST /describeDeploymentJob.</summary>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    [Post("/describeDeploymentJob")]
    Task<DescribeDeploymentJobResponse?> DescribeDeploymentJob([Body] DescribeDeploymentJobRequest request, CancellationToken cancellationToken);

    /// <summary>POST /listDeploymentJobs.</summary>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    [Post("/listDeploymentJobs")]
    Task<ListDeploymentJobsResponse?> ListDeploymentJobs([Body] ListDeploymentJobsRequest request, CancellationToken cancellationToken);

    /// <summary>POST /syncDeploymentJob.</summary>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    [Post("/syncDeploymentJob")]
    Task<SyncDeploymentJobResponse?> SyncDeploymentJob([Body] SyncDeploymentJobRequest request, CancellationToken cancellationToken);

    /// <summary>POST /cancelDeploymentJob.</summary>
    /// <param name="request">The request body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply (<c>{}</c>).</returns>
    [Post("/cancelDeploymentJob")]
    Task<CancelDeploymentJobResponse?> CancelDeploymentJob([Body] CancelDeploymentJobRequest request, CancellationToken cancellationToken);
}
