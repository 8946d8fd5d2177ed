using Refit;

namespace RoboMakerDeploy;

/// <summary>
/// The operations' HTTP requests, as Refit's source generator builds them: REST-JSON, each the service model's <c>http.method</c> and
/// <c>http.requestUri</c>: a POST of the call's JSON body, or for the tag operations the resource ARN as one escaped
/// path segment (and UntagResource's keys as repeated <c>tagKeys</c> query parameters), with the call's state attached
/// under <see cref="RoboMakerCall.PropertyName"/> for the handlers. The response comes back to the client as the
/// HTTP response itself; its model is on the call (<see cref="RoboMakerCall.Response"/>), read by
/// <see cref="ResponseHandler"/> inside the retry scope.
/// </summary>
internal interface IRoboMakerDeployHttpApi
{
    [Post("/createDeploymentJob")]
    Task<HttpResponseMessage> CreateDeploymentJob([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/describeDeploymentJob")]
    Task<HttpResponseMessage> DescribeDeploymentJob([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/listDeploymentJobs")]
    Task<HttpResponseMessage> ListDeploymentJobs([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/syncDeploymentJob")]
    Task<HttpResponseMessage> SyncDeploymentJob([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/cancelDeploymentJob")]
    Task<HttpResponseMessage> CancelDeploymentJob([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/createFleet")]
    Task<HttpResponseMessage> CreateFleet([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/deleteFleet")]
    Task<HttpResponseMessage> DeleteFleet([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/describeFleet")]
    Task<HttpResponseMessage> DescribeFleet([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/listFleets")]
    Task<HttpResponseMessage> ListFleets([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/createRobot")]
    Task<HttpResponseMessage> CreateRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/deleteRobot")]
    Task<HttpResponseMessage> DeleteRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/describeRobot")]
    Task<HttpResponseMessage> DescribeRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/listRobots")]
    Task<HttpResponseMessage> ListRobots([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/registerRobot")]
    Task<HttpResponseMessage> RegisterRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/deregisterRobot")]
    Task<HttpResponseMessage> DeregisterRobot([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/createRobotApplication")]
    Task<HttpResponseMessage> CreateRobotApplication([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/createRobotApplicationVersion")]
    Task<HttpResponseMessage> CreateRobotApplicationVersion([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/describeRobotApplication")]
    Task<HttpResponseMessage> DescribeRobotApplication([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/listRobotApplications")]
    Task<HttpResponseMessage> ListRobotApplications([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/updateRobotApplication")]
    Task<HttpResponseMessage> UpdateRobotApplication([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/deleteRobotApplication")]
    Task<HttpResponseMessage> DeleteRobotApplication([Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Post("/tags/{resourceArn}")]
    Task<HttpResponseMessage> TagResource([AliasAs("resourceArn")] string resourceArn, [Body] HttpContent body, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Delete("/tags/{resourceArn}")]
    Task<HttpResponseMessage> UntagResource([AliasAs("resourceArn")] string resourceArn, [Query(CollectionFormat.Multi), AliasAs("tagKeys")] IEnumerable<string> tagKeys, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);

    [Get("/tags/{resourceArn}")]
    Task<HttpResponseMessage> ListTagsForResource([AliasAs("resourceArn")] string resourceArn, [Property(RoboMakerCall.PropertyName)] RoboMakerCall call, CancellationToken cancellationToken);
}
