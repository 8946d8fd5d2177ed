using RoboMakerDeploy.Models;
using RoboMakerDeploy.Waiting;

namespace RoboMakerDeploy;

/// <summary>
/// The RoboMaker fleet-deployment API: deploy robot application versions to fleets, watch each
/// robot's progress and wait for the outcome. <see cref="RoboMakerDeployClient"/> implements it;
/// mock this interface in tests of code that uses the client.
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

    /// <summary>Lists one page of deployment jobs (ListDeploymentJobs); see <see cref="ListAllDeploymentJobsAsync"/> for every page.</summary>
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

    /// <summary>
    /// Every deployment job matching the request, across all pages, fetched lazily: a page is requested
    /// only when the enumeration reaches it. Starts at <see cref="ListDeploymentJobsRequest.NextToken"/> when set.
    /// </summary>
    /// <param name="request">Filters and page size; null for every job.</param>
    /// <param name="cancellationToken">Cancels the enumeration; also honoured through <c>WithCancellation</c>.</param>
    /// <returns>The jobs.</returns>
    IAsyncEnumerable<DeploymentJob> ListAllDeploymentJobsAsync(ListDeploymentJobsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every page of ListDeploymentJobs, each with its jobs and the <c>nextToken</c> that resumes after it,
    /// fetched lazily. Starts at <see cref="ListDeploymentJobsRequest.NextToken"/> when set, so a saved token resumes.
    /// </summary>
    /// <param name="request">Filters, page size and an optional token to resume from; null for every job.</param>
    /// <param name="cancellationToken">Cancels the enumeration; also honoured through <c>WithCancellation</c>.</param>
    /// <returns>The pages.</returns>
    IAsyncEnumerable<ListDeploymentJobsResponse> ListDeploymentJobPagesAsync(ListDeploymentJobsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls DescribeDeploymentJob until the job is Succeeded, Failed or Canceled and returns the final
    /// description, reporting each change of the job's or a robot's state to <paramref name="progress"/>.
    /// </summary>
    /// <param name="jobArn">The job to wait for (from CreateDeploymentJob or SyncDeploymentJob).</param>
    /// <param name="options">Polling delays, timeout and failure handling; null for the defaults.</param>
    /// <param name="progress">Receives the first state and then every change; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait at once.</param>
    /// <returns>The final description of the job.</returns>
    /// <exception cref="DeploymentWaitTimeoutException">The timeout passed first; carries the last description.</exception>
    /// <exception cref="DeploymentJobFailedException">The job failed or was canceled and <see cref="DeploymentWaitOptions.ThrowOnFailure"/> is set.</exception>
    Task<DescribeDeploymentJobResponse> WaitForDeploymentJobAsync(
        string jobArn,
        DeploymentWaitOptions? options = null,
        IProgress<DeploymentJobProgress>? progress = null,
        CancellationToken cancellationToken = default);
}
