using Refit;

namespace RoboMakerDeploy;

/// <summary>
/// The operations' HTTP requests, as Refit's source generator builds them: REST-JSON, each the service model's <c>http.method</c> and
/// <c>http.requestUri</c>: a POST of the call's JSON body, or for the tag operations the resource ARN as one escaped
/// path segment (and UntagResource's keys as repeated <c>tagKeys</c> query parameters), with the call's state attached
/// under <see cref="RoboMakerCall.PropertyName"/> for the handlers. Nothing comes back but the end of the task: the
/// response is read inside the retry scope by <see cref="ResponseHandler"/>, which leaves its model and metadata on the
/// call (<see cref="RoboMakerCall.Response"/>). Returning <see cref="Task"/> takes Refit's shortest path (measured
/// against handing the <see cref="HttpResponseMessage"/> back: benchmarks README, issue 12 fifth pass).
/// </summary>
internal interface IRoboMakerDeployHttpApi
{
    [Post("/createDeploymentJob")]
    Task CreateDeploymentJob([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/describeDeploymentJob")]
    Task DescribeDeploymentJob([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/listDeploymentJobs")]
    Task ListDeploymentJobs([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/syncDeploymentJob")]
    Task SyncDeploymentJob([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/cancelDeploymentJob")]
    Task CancelDeploymentJob([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/createFleet")]
    Task CreateFleet([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/deleteFleet")]
    Task DeleteFleet([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/describeFleet")]
    Task DescribeFleet([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/listFleets")]
    Task ListFleets([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/createRobot")]
    Task CreateRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/deleteRobot")]
    Task DeleteRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/describeRobot")]
    Task DescribeRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/listRobots")]
    Task ListRobots([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/registerRobot")]
    Task RegisterRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/deregisterRobot")]
    Task DeregisterRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/createRobotApplication")]
    Task CreateRobotApplication([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/createRobotApplicationVersion")]
    Task CreateRobotApplicationVersion([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/describeRobotApplication")]
    Task DescribeRobotApplication([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/listRobotApplications")]
    Task ListRobotApplications([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/updateRobotApplication")]
    Task UpdateRobotApplication([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/deleteRobotApplication")]
    Task DeleteRobotApplication([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/tags/{resourceArn}")]
    Task TagResource([AliasAs("resourceArn")] string resourceArn, [Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Delete("/tags/{resourceArn}")]
    Task UntagResource([AliasAs("resourceArn")] string resourceArn, [Query(CollectionFormat.Multi), AliasAs("tagKeys")] IEnumerable<string> tagKeys, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Get("/tags/{resourceArn}")]
    Task ListTagsForResource([AliasAs("resourceArn")] string resourceArn, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);
}
