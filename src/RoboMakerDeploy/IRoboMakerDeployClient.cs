using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// The RoboMaker fleet-deployment API: deploy robot application versions to fleets, watch each
/// robot's progress and wait for the outcome. <see cref="RoboMakerDeployClient"/> implements it;
/// mock this interface in tests of code that uses the client. It holds the operations only: paging
/// (<c>ListAllDeploymentJobsAsync</c>, <c>ListDeploymentJobPagesAsync</c>) and waiting (<c>WaitForDeploymentJobAsync</c>,
/// <c>WaitForDeploymentJobsAsync</c>, <c>WaitForFleetDeploymentAsync</c>) are extension methods over it, so a mock stubs
/// the operations and still gets the real paginator and waiter.
/// </summary>
public interface IRoboMakerDeployClient
{
    /// <summary>
    /// Deploys a robot application version to the robots of a fleet (CreateDeploymentJob). When
    /// <see cref="CreateDeploymentJobRequest.ClientRequestToken"/> is null a token is generated, and every
    /// retry of the call sends the same one, so a retry never starts a second deployment.
    /// </summary>
    /// <param name="request">The deployment to create; validated before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new deployment job.</returns>
    /// <exception cref="ArgumentException">The request breaks a documented constraint; the message names the field.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<CreateDeploymentJobResponse> CreateDeploymentJobAsync(CreateDeploymentJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>Describes a deployment job and every robot's part in it (DescribeDeploymentJob).</summary>
    /// <param name="request">The job to describe.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job and its robot summaries.</returns>
    /// <exception cref="ResourceNotFoundException">No such job (jobs are deleted after 90 days).</exception>
    Task<DescribeDeploymentJobResponse> DescribeDeploymentJobAsync(DescribeDeploymentJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of deployment jobs (ListDeploymentJobs); see <c>ListAllDeploymentJobsAsync</c> for every page.</summary>
    /// <param name="request">Filters, page size and the token of the page to fetch.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the token of the next one.</returns>
    Task<ListDeploymentJobsResponse> ListDeploymentJobsAsync(ListDeploymentJobsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Synchronizes the robots of a fleet to its latest deployment (SyncDeploymentJob), for robots added
    /// after it. The token is handled as in <see cref="CreateDeploymentJobAsync"/>.
    /// </summary>
    /// <param name="request">The fleet to synchronize.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deployment job that synchronizes the fleet.</returns>
    Task<SyncDeploymentJobResponse> SyncDeploymentJobAsync(SyncDeploymentJobRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels a deployment job (CancelDeploymentJob).</summary>
    /// <param name="request">The job to cancel.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The (empty) reply.</returns>
    Task<CancelDeploymentJobResponse> CancelDeploymentJobAsync(CancelDeploymentJobRequest request, CancellationToken cancellationToken = default);
}
