using Refit;

namespace RoboMakerDeploy;

/// <summary>
/// The operations' HTTP requests, as Refit's source generator builds them: REST-JSON, each a POST of the call's
/// JSON body to the operation's path (the service model's <c>http.requestUri</c>), with the call's state attached
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
}
