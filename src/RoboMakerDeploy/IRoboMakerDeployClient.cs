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


    /// <summary>Creates a fleet, a logical group of robots running the same robot application (CreateFleet). The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">The fleet to create: its name and optional tags. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new fleet: name, ARN, creation time and tags. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="LimitExceededException">The account has reached its quota of fleets.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<CreateFleetResponse> CreateFleetAsync(CreateFleetRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a fleet (DeleteFleet). The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">The fleet to delete (its ARN). Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The (empty) reply. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<DeleteFleetResponse> DeleteFleetAsync(DeleteFleetRequest request, CancellationToken cancellationToken = default);

    /// <summary>Describes a fleet: its robots and its last deployment (DescribeFleet). The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">The fleet to describe (its ARN). Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fleet, its robots and its last deployment. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such fleet.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<DescribeFleetResponse> DescribeFleetAsync(DescribeFleetRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of fleets (ListFleets); see <see cref="FleetPaginator"/> for every page. The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">A filter, page size and the token of the page to fetch. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the token of the next one. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<ListFleetsResponse> ListFleetsAsync(ListFleetsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a robot (CreateRobot). The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">The robot to create: name, architecture, Greengrass group and optional tags. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new robot. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="LimitExceededException">The account has reached its quota of robots.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<CreateRobotResponse> CreateRobotAsync(CreateRobotRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a robot (DeleteRobot). The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">The robot to delete (its ARN). Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The (empty) reply. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<DeleteRobotResponse> DeleteRobotAsync(DeleteRobotRequest request, CancellationToken cancellationToken = default);

    /// <summary>Describes a robot (DescribeRobot). The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">The robot to describe (its ARN). Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The robot: status, fleet, architecture, last deployment. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such robot.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<DescribeRobotResponse> DescribeRobotAsync(DescribeRobotRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of robots (ListRobots); see <see cref="RobotPaginator"/> for every page. The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">A filter, page size and the token of the page to fetch. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the token of the next one. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<ListRobotsResponse> ListRobotsAsync(ListRobotsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Registers a robot with a fleet (RegisterRobot). The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">The fleet and the robot (their ARNs). Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fleet and the robot registered. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such fleet or robot.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<RegisterRobotResponse> RegisterRobotAsync(RegisterRobotRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deregisters a robot from its fleet (DeregisterRobot). The service has deprecated this operation (no longer supported as of May 2, 2022; the model keeps it to remove resources created for the deployment service).</summary>
    /// <param name="request">The fleet and the robot (their ARNs). Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fleet and the robot deregistered. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such fleet or robot.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<DeregisterRobotResponse> DeregisterRobotAsync(DeregisterRobotRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a robot application (CreateRobotApplication).</summary>
    /// <param name="request">The application to create: name, robot software suite, and sources or a container image. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new application, at version <c>$LATEST</c>. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="LimitExceededException">The account has reached its quota of robot applications.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<CreateRobotApplicationResponse> CreateRobotApplicationAsync(CreateRobotApplicationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a numbered version of a robot application from its <c>$LATEST</c> (CreateRobotApplicationVersion); a deployment deploys such a version.</summary>
    /// <param name="request">The application (its ARN) and optionally the revision, source checksums or image digest it must match. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new version. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such application.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<CreateRobotApplicationVersionResponse> CreateRobotApplicationVersionAsync(CreateRobotApplicationVersionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Describes a robot application (DescribeRobotApplication).</summary>
    /// <param name="request">The application (its ARN) and optionally a version; <c>$LATEST</c> when absent. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application at that version. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such application or version.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<DescribeRobotApplicationResponse> DescribeRobotApplicationAsync(DescribeRobotApplicationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of robot applications (ListRobotApplications); see <see cref="RobotApplicationPaginator"/> for every page.</summary>
    /// <param name="request">A version qualifier, a filter, page size and the token of the page to fetch. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the token of the next one. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<ListRobotApplicationsResponse> ListRobotApplicationsAsync(ListRobotApplicationsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Updates the <c>$LATEST</c> version of a robot application (UpdateRobotApplication).</summary>
    /// <param name="request">The application (its ARN), its robot software suite, and its new sources or image. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application as updated. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such application.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<UpdateRobotApplicationResponse> UpdateRobotApplicationAsync(UpdateRobotApplicationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a robot application, or one version of it (DeleteRobotApplication).</summary>
    /// <param name="request">The application (its ARN) and optionally the version to delete. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The (empty) reply. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<DeleteRobotApplicationResponse> DeleteRobotApplicationAsync(DeleteRobotApplicationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds or changes tags of a RoboMaker resource (TagResource): <c>POST /tags/{resourceArn}</c> with <c>{"tags":…}</c>.</summary>
    /// <param name="request">The resource (its ARN, sent in the path) and the tags to set. Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The (empty) reply. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such resource.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<TagResourceResponse> TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes tags from a RoboMaker resource (UntagResource): <c>DELETE /tags/{resourceArn}?tagKeys=…</c>, one <c>tagKeys</c> per key, no body.</summary>
    /// <param name="request">The resource (its ARN, sent in the path) and the keys to remove (at least one). Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The (empty) reply. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such resource.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<UntagResourceResponse> UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists the tags of a RoboMaker resource (ListTagsForResource): <c>GET /tags/{resourceArn}</c>, no body.</summary>
    /// <param name="request">The resource (its ARN, sent in the path). Checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resource's tags. With its <see cref="ResponseMetadata"/>.</returns>
    /// <exception cref="ArgumentException">A required member is missing; the message names the wire field.</exception>
    /// <exception cref="ResourceNotFoundException">No such resource.</exception>
    /// <exception cref="RoboMakerException">The service refused the request or could not be reached.</exception>
    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);
}
