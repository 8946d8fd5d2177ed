using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// The tests' one set of canned replies and model samples. One ARN scheme, as the service returns them (the service
/// model's <c>Arn</c> pattern is <c>arn:.*</c>): <c>arn:aws:robomaker:us-west-2:123456789012:&lt;type&gt;/&lt;name&gt;/&lt;creation
/// time in ms&gt;</c>, and <c>deployment-job/&lt;id&gt;</c> for jobs. Bodies are JSON text (for WireMock or a body
/// check); replies are <see cref="HttpResponseMessage"/>s, new on every call, for <see cref="InMemoryTransport"/> (or
/// WireMock through <see cref="ResilienceTestKit.ToWireMock"/>): successes, errors named by the
/// <c>x-amzn-ErrorType</c> header, the body's <c>__type</c> or its <c>code</c>, throttling, non-JSON pages and bodies
/// cut short.
/// </summary>
public static class CannedReplies
{
    /// <summary>The account of every ARN.</summary>
    public const string Account = "123456789012";

    /// <summary>The region of every ARN.</summary>
    public const string Region = "us-west-2";

    private const string Prefix = "arn:aws:robomaker:" + Region + ":" + Account + ":";

    /// <summary>The fleet (deployment-fleet) ARN.</summary>
    public const string FleetArn = Prefix + "deployment-fleet/MyFleet/1551286954385";

    /// <summary>The robot application ARN.</summary>
    public const string AppArn = Prefix + "robot-application/MyApp/1551286954385";

    /// <summary>The deployment job ARN.</summary>
    public const string JobArn = Prefix + "deployment-job/sim-1234abcd";

    /// <summary>The robot ARN.</summary>
    public const string RobotArn = Prefix + "robot/MyRobot/1551286954385";

    /// <summary>The ARN of deployment job <paramref name="id"/>.</summary>
    public static string JobArnOf(string id) => Prefix + "deployment-job/" + id;

    /// <summary>The ARN of fleet <paramref name="name"/> in <paramref name="region"/> (same creation time as <see cref="FleetArn"/>).</summary>
    public static string FleetArnOf(string name, string region = Region) => $"arn:aws:robomaker:{region}:{Account}:deployment-fleet/{name}/1551286954385";

    /// <summary>The ARN of robot <c>robot-<paramref name="n"/></c>.</summary>
    public static string Robot(int n) => $"{Prefix}robot/robot-{n}/1551286954385";

    // ---- Model samples -------------------------------------------------------------------------------------------

    /// <summary>A launch configuration with only what is required.</summary>
    public static DeploymentLaunchConfig MinimalLaunch => new() { PackageName = "hello_world", LaunchFile = "rotate.launch" };

    /// <summary>An application configuration with only what is required (version 1 of <see cref="AppArn"/>).</summary>
    public static DeploymentApplicationConfig MinimalApp => new() { Application = AppArn, ApplicationVersion = "1", LaunchConfig = MinimalLaunch };

    /// <summary>A valid CreateDeploymentJob request that sets only what is required (the token is left to the client).</summary>
    public static CreateDeploymentJobRequest MinimalCreate => new() { Fleet = FleetArn, DeploymentApplicationConfigs = [MinimalApp] };

    /// <summary>A valid CreateDeploymentJob request that sets every member.</summary>
    public static CreateDeploymentJobRequest FullCreate => new()
    {
        ClientRequestToken = "tok_A-1=",
        Fleet = FleetArn,
        DeploymentApplicationConfigs =
        [
            new DeploymentApplicationConfig
            {
                Application = AppArn,
                ApplicationVersion = "42",
                LaunchConfig = new DeploymentLaunchConfig
                {
                    PackageName = "hello_world",
                    PreLaunchFile = "pre.sh",
                    LaunchFile = "rotate.launch",
                    PostLaunchFile = "post.sh",
                    EnvironmentVariables = new Dictionary<string, string> { ["ROS_DOMAIN_ID"] = "7" },
                },
            },
        ],
        DeploymentConfig = new DeploymentConfig
        {
            ConcurrentDeploymentPercentage = 20,
            FailureThresholdPercentage = 25,
            RobotDeploymentTimeoutInSeconds = 3600,
            DownloadConditionFile = new S3Object { Bucket = "my-bucket", Key = "conditions/check.sh", Etag = "e1" },
        },
        Tags = new Dictionary<string, string> { ["team"] = "robots" },
    };

    /// <summary>A valid CreateDeploymentJob request of one application (pkg, go.launch), as <see cref="CreateReply"/> answers it.</summary>
    public static CreateDeploymentJobRequest CreateRequest(string? token = null) => new()
    {
        ClientRequestToken = token,
        Fleet = FleetArn,
        DeploymentApplicationConfigs =
        [
            new DeploymentApplicationConfig
            {
                Application = AppArn,
                ApplicationVersion = "1",
                LaunchConfig = new DeploymentLaunchConfig { PackageName = "pkg", LaunchFile = "go.launch" },
            },
        ],
    };

    // ---- Success bodies ------------------------------------------------------------------------------------------

    /// <summary>The deploymentApplicationConfigs of <see cref="DescribeTwoRobots"/> and <see cref="ListPage"/>: version 7 of <see cref="AppArn"/>.</summary>
    public const string AppConfigs = $$$"""[{"application":"{{{AppArn}}}","applicationVersion":"7","launchConfig":{"packageName":"demo_pkg","launchFile":"demo.launch"}}]""";

    /// <summary>A CreateDeploymentJob (or SyncDeploymentJob) reply: <see cref="JobArn"/> Pending, created 2024-03-01T12:00:00Z.</summary>
    public const string CreateReply = $$$"""{"arn":"{{{JobArn}}}","fleet":"{{{FleetArn}}}","status":"Pending","createdAt":1709294400,"deploymentApplicationConfigs":[{"application":"{{{AppArn}}}","applicationVersion":"1","launchConfig":{"packageName":"pkg","launchFile":"go.launch"}}]}""";

    /// <summary>A DescribeDeploymentJob reply of <see cref="JobArn"/> in <paramref name="status"/>, created 2024-03-01T12:00:00Z, with the robots of <paramref name="robots"/> (a JSON array).</summary>
    public static string Describe(string status, string robots = "[]") =>
        $$"""{"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"{{status}}","createdAt":1709294400,"deploymentApplicationConfigs":[],"robotDeploymentSummary":{{robots}}}""";

    /// <summary>
    /// A DescribeDeploymentJob reply of <see cref="JobArn"/> (created 1600000000.5) with two robots: <c>robot-1</c>
    /// <paramref name="firstStatus"/> at <paramref name="firstStep"/> (42% and 7 s left while downloading), <c>robot-2</c>
    /// <paramref name="secondRobot"/>, Finished; <paramref name="extra"/> is spliced in as further members (each with a trailing comma).
    /// </summary>
    public static string DescribeTwoRobots(string status, string firstStep = "DownloadingExtracting", string firstStatus = "Deploying", string secondRobot = "InSync", string extra = "")
    {
        var percent = firstStep == "DownloadingExtracting" ? ",\"percentDone\":42.0,\"estimatedTimeRemainingSeconds\":7" : "";
        var progress = $"{{\"currentProgress\":\"{firstStep}\"{percent}}}";
        return $$"""
        {"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"{{status}}","createdAt":1600000000.5,
         "deploymentApplicationConfigs":{{AppConfigs}},{{extra}}
         "robotDeploymentSummary":[
           {"arn":"{{Robot(1)}}","status":"{{firstStatus}}","deploymentStartTime":1600000001,"progressDetail":{{progress}} },
           {"arn":"{{Robot(2)}}","status":"{{secondRobot}}","progressDetail":{"currentProgress":"Finished"} }
         ],"tags":{"team":"robots"} }
        """;
    }

    /// <summary>A ListDeploymentJobs page of Succeeded jobs <paramref name="jobIds"/> (see <see cref="JobArnOf"/>), with <paramref name="nextToken"/> unless null.</summary>
    public static string ListPage(string? nextToken, params string[] jobIds)
    {
        var jobs = string.Join(",", jobIds.Select(id =>
            $$"""{"arn":"{{JobArnOf(id)}}","fleet":"{{FleetArn}}","status":"Succeeded","createdAt":1600000000,"deploymentApplicationConfigs":{{AppConfigs}}}"""));
        return nextToken is null ? $$"""{"deploymentJobs":[{{jobs}}]}""" : $$"""{"deploymentJobs":[{{jobs}}],"nextToken":"{{nextToken}}"}""";
    }

    /// <summary>The members every full job reply shares, every one set (no braces): InProgress, failed RobotDeploymentNoResponse, created 2019-11-09T00:00:00.123Z.</summary>
    private const string FullJobMembers =
        "\"arn\":\"" + JobArn + "\",\"fleet\":\"" + FleetArn + "\",\"status\":\"InProgress\"," +
        "\"deploymentConfig\":{\"concurrentDeploymentPercentage\":20,\"failureThresholdPercentage\":25,\"robotDeploymentTimeoutInSeconds\":3600," +
        "\"downloadConditionFile\":{\"bucket\":\"my-bucket\",\"key\":\"conditions/check.sh\",\"etag\":\"e1\"}}," +
        "\"deploymentApplicationConfigs\":[{\"application\":\"" + AppArn + "\",\"applicationVersion\":\"42\"," +
        "\"launchConfig\":{\"packageName\":\"hello_world\",\"preLaunchFile\":\"pre.sh\",\"launchFile\":\"rotate.launch\",\"postLaunchFile\":\"post.sh\",\"environmentVariables\":{\"ROS_DOMAIN_ID\":\"7\",\"MODE\":\"fast\"}}}]," +
        "\"failureReason\":\"robots unreachable\",\"failureCode\":\"RobotDeploymentNoResponse\",\"createdAt\":1573257600.123";

    /// <summary>A CreateDeploymentJob reply with every member set (the shared job members and two tags).</summary>
    public const string FullCreateReply = "{" + FullJobMembers + ",\"tags\":{\"team\":\"robots\",\"env\":\"prod\"}}";

    /// <summary>A SyncDeploymentJob reply with every member set.</summary>
    public const string FullSyncReply = "{" + FullJobMembers + "}";

    /// <summary>A DescribeDeploymentJob reply with every member set, <see cref="RobotArn"/> deploying (every robot member set) and a second robot InSync.</summary>
    public const string FullDescribeReply = "{" + FullJobMembers + "," +
        "\"robotDeploymentSummary\":[" +
        "{\"arn\":\"" + RobotArn + "\",\"deploymentStartTime\":1573257601.5,\"deploymentFinishTime\":1573257700.987,\"status\":\"Deploying\"," +
        "\"progressDetail\":{\"currentProgress\":\"DownloadingExtracting\",\"percentDone\":42.5,\"estimatedTimeRemainingSeconds\":17,\"targetResource\":\"" + JobArn + "\"}," +
        "\"failureReason\":\"no space\",\"failureCode\":\"ExtractingBundleFailure\"}," +
        "{\"arn\":\"" + Prefix + "robot/Other/1551286954385\",\"status\":\"InSync\",\"progressDetail\":{\"currentProgress\":\"Finished\"}}" +
        "]," +
        "\"tags\":{\"team\":\"robots\"}}";

    /// <summary>A ListDeploymentJobs page: the full job, then job d-2 (Succeeded), then nextToken page-2.</summary>
    public const string FullListReply = "{\"deploymentJobs\":[{" + FullJobMembers + "}," +
        "{\"arn\":\"" + Prefix + "deployment-job/d-2\",\"fleet\":\"" + FleetArn + "\",\"status\":\"Succeeded\",\"deploymentApplicationConfigs\":[],\"createdAt\":1573257000}" +
        "],\"nextToken\":\"page-2\"}";

    // ---- Replies -------------------------------------------------------------------------------------------------

    /// <summary>A reply with a UTF-8 <paramref name="body"/> of <paramref name="contentType"/> (with <c>charset=utf-8</c>) and the given headers.</summary>
    public static HttpResponseMessage Reply(HttpStatusCode status, string body, string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value)) response.Content.Headers.TryAddWithoutValidation(name, value);
        }
        return response;
    }

    /// <summary>A reply whose body is <paramref name="body"/>, as read from the network (no length unless one is given).</summary>
    public static HttpResponseMessage Reply(HttpStatusCode status, Stream body, long? contentLength = null)
    {
        var content = new StreamContent(body);
        content.Headers.ContentLength = contentLength;
        return new HttpResponseMessage(status) { Content = content };
    }

    /// <summary>200 with a JSON body.</summary>
    public static HttpResponseMessage Ok(string json) => Reply(HttpStatusCode.OK, json);

    /// <summary>
    /// An error as the service sends it: the code in <c>x-amzn-ErrorType</c> (with the service's <c>:http://internal…</c>
    /// suffix), <c>{"message":…}</c> as <c>application/x-amz-json-1.1</c>, and <c>x-amzn-RequestId</c>.
    /// </summary>
    public static HttpResponseMessage Error(int status, string code, string message = "nope", string requestId = "req-1") =>
        AwsJson(status, $$"""{"message":"{{message}}"}""", requestId, ("x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazonaws.robomaker/"));

    /// <summary>An error named only by the body's <c>__type</c> (<c>com.amazonaws.robomaker#</c><paramref name="code"/>), its text in <c>Message</c> (capital M), as awsJson replies put it.</summary>
    public static HttpResponseMessage ErrorWithType(int status, string code, string message = "nope", string requestId = "req-1") =>
        AwsJson(status, $$"""{"__type":"com.amazonaws.robomaker#{{code}}","Message":"{{message}}"}""", requestId);

    /// <summary>An error named only by the body's <c>code</c>, its text in <c>message</c>.</summary>
    public static HttpResponseMessage ErrorWithCode(int status, string code, string message = "nope", string requestId = "req-1") =>
        AwsJson(status, $$"""{"code":"{{code}}","message":"{{message}}"}""", requestId, contentType: "application/json");

    /// <summary>A throttling error (400 ThrottlingException "Rate exceeded"), as <see cref="Error"/> sends it.</summary>
    public static HttpResponseMessage Throttled(string requestId = "req-throttle") => Error(400, "ThrottlingException", "Rate exceeded", requestId);

    /// <summary>
    /// A clock-skew rejection: 403 InvalidSignatureException (in <c>x-amzn-ErrorType</c>) "Signature expired: …" for a
    /// request signed at <paramref name="signedAt"/> reaching a server an hour ahead, with the <c>Date</c> header
    /// <paramref name="date"/> as given (none when null; it may be malformed on purpose).
    /// </summary>
    public static HttpResponseMessage SignatureExpired(DateTimeOffset signedAt, string? date = null)
    {
        static string Amz(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var server = signedAt.AddHours(1);
        var response = AwsJson(
            403,
            $$"""{"message":"Signature expired: {{Amz(signedAt)}} is now earlier than {{Amz(server.AddMinutes(-5))}} ({{Amz(server)}} - 5 min.)"}""",
            "req-skew",
            ("x-amzn-ErrorType", "InvalidSignatureException"),
            contentType: "application/json");
        if (date is not null) response.Headers.TryAddWithoutValidation("Date", date);
        return response;
    }

    /// <summary>A page that is not JSON, as a proxy or load balancer sends it (HTML unless <paramref name="contentType"/> says otherwise).</summary>
    public static HttpResponseMessage NotJson(HttpStatusCode status, string page = "<html><body><h1>502 Bad Gateway</h1></body></html>", string contentType = "text/html") =>
        Reply(status, page, contentType);

    /// <summary>200 with the first <paramref name="keep"/> characters of <paramref name="json"/>: a body cut short (its length is what was kept).</summary>
    public static HttpResponseMessage CutShort(string json, int keep) => Ok(json[..Math.Min(keep, json.Length)]);

    private static HttpResponseMessage AwsJson(int status, string body, string requestId, (string Name, string Value)? header = null, string contentType = "application/x-amz-json-1.1")
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (header is { } h) response.Headers.TryAddWithoutValidation(h.Name, h.Value);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", requestId);
        return response;
    }
}
