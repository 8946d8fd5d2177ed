using RoboMakerDeploy.Models;
using static RoboMakerDeploy.Tests.Models.WireJson;
using Environment = RoboMakerDeploy.Models.Environment;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>
/// CreateRobotApplication, CreateRobotApplicationVersion, DescribeRobotApplication, ListRobotApplications,
/// UpdateRobotApplication and DeleteRobotApplication through the client: the exact request, the parsed reply.
/// </summary>
public sealed class RobotApplicationWireContractTests(WireMockFixture wire) : OperationWireTests(wire)
{
    private const string AppArn = "arn:aws:robomaker:us-west-2:123456789012:robot-application/nav-app/1573257600789";
    private const string ImageUri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/nav-app:latest";
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string PostSigned = "amz-sdk-invocation-id;amz-sdk-request;content-type;host;x-amz-date";

    private const string SourcesJson = """[{"s3Bucket":"my-bundles","s3Key":"nav/x86.tar.gz","etag":"e1","architecture":"X86_64"}]""";

    private static readonly Source[] Sources = [new() { S3Bucket = "my-bundles", S3Key = "nav/x86.tar.gz", Etag = "e1", Architecture = Architecture.X86_64 }];

    private static readonly RobotSoftwareSuite Suite = new() { Name = RobotSoftwareSuiteType.ROS2, Version = RobotSoftwareSuiteVersionType.Foxy };

    [Fact]
    public async Task CreateRobotApplication_posts_every_member_and_parses_the_reply()
    {
        Reply($$$"""
            {"arn":"{{{AppArn}}}","name":"nav-app","version":"$LATEST","sources":{{{SourcesJson}}},"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"},"lastUpdatedAt":1573257600.789,"revisionId":"rev-1","tags":{"team":"nav"},"environment":{"uri":"{{{ImageUri}}}"}}
            """);

        var reply = await Client.CreateRobotApplicationAsync(new CreateRobotApplicationRequest
        {
            Name = "nav-app",
            Sources = [new SourceConfig { S3Bucket = "my-bundles", S3Key = "nav/x86.tar.gz", Architecture = Architecture.X86_64 }],
            RobotSoftwareSuite = Suite,
            Tags = new Dictionary<string, string> { ["team"] = "nav" },
            Environment = new Environment { Uri = ImageUri },
        });

        AssertSent(
            "POST",
            "/createRobotApplication",
            null,
            $$$"""{"name":"nav-app","sources":[{"s3Bucket":"my-bundles","s3Key":"nav/x86.tar.gz","architecture":"X86_64"}],"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"},"tags":{"team":"nav"},"environment":{"uri":"{{{ImageUri}}}"}}""",
            PostSigned);
        Assert.Equal(
            new CreateRobotApplicationResponse
            {
                Arn = AppArn,
                Name = "nav-app",
                Version = "$LATEST",
                Sources = Sources,
                RobotSoftwareSuite = Suite,
                LastUpdatedAt = At(1573257600789),
                RevisionId = "rev-1",
                Tags = new Dictionary<string, string> { ["team"] = "nav" },
                Environment = new Environment { Uri = ImageUri },
            },
            reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task CreateRobotApplicationVersion_posts_the_checks_and_parses_an_unknown_suite_readably()
    {
        Reply($$$"""
            {"arn":"{{{AppArn}}}","name":"nav-app","version":"2","sources":{{{SourcesJson}}},"robotSoftwareSuite":{"name":"ROS3","version":"Jazzy"},"lastUpdatedAt":1573257600.789,"revisionId":"rev-2"}
            """);

        var reply = await Client.CreateRobotApplicationVersionAsync(new CreateRobotApplicationVersionRequest
        {
            Application = AppArn,
            CurrentRevisionId = "rev-1",
            S3Etags = ["e1"],
            ImageDigest = Digest,
        });

        AssertSent(
            "POST",
            "/createRobotApplicationVersion",
            null,
            $$$"""{"application":"{{{AppArn}}}","currentRevisionId":"rev-1","s3Etags":["e1"],"imageDigest":"{{{Digest}}}"}""",
            PostSigned);
        Assert.Equal(
            new CreateRobotApplicationVersionResponse
            {
                Arn = AppArn,
                Name = "nav-app",
                Version = "2",
                Sources = Sources,
                RobotSoftwareSuite = new RobotSoftwareSuite { RawName = "ROS3", RawVersion = "Jazzy" },
                LastUpdatedAt = At(1573257600789),
                RevisionId = "rev-2",
            },
            reply);
        Assert.Equal(RobotSoftwareSuiteType.Unknown, reply.RobotSoftwareSuite!.Name);
        Assert.Equal("ROS3", reply.RobotSoftwareSuite.RawName);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task DescribeRobotApplication_posts_application_and_version_and_parses_the_reply()
    {
        Reply($$$"""
            {"arn":"{{{AppArn}}}","name":"nav-app","version":"2","sources":{{{SourcesJson}}},"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"},"revisionId":"rev-2","lastUpdatedAt":1573257600.789,"tags":{"team":"nav"},"environment":{"uri":"{{{ImageUri}}}"},"imageDigest":"{{{Digest}}}"}
            """);

        var reply = await Client.DescribeRobotApplicationAsync(new DescribeRobotApplicationRequest { Application = AppArn, ApplicationVersion = "2" });

        AssertSent("POST", "/describeRobotApplication", null, $$$"""{"application":"{{{AppArn}}}","applicationVersion":"2"}""", PostSigned);
        Assert.Equal(
            new DescribeRobotApplicationResponse
            {
                Arn = AppArn,
                Name = "nav-app",
                Version = "2",
                Sources = Sources,
                RobotSoftwareSuite = Suite,
                RevisionId = "rev-2",
                LastUpdatedAt = At(1573257600789),
                Tags = new Dictionary<string, string> { ["team"] = "nav" },
                Environment = new Environment { Uri = ImageUri },
                ImageDigest = Digest,
            },
            reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task ListRobotApplications_posts_qualifier_token_page_size_and_filter_and_parses_the_page()
    {
        Reply($$$"""{"robotApplicationSummaries":[{"name":"nav-app","arn":"{{{AppArn}}}","version":"$LATEST","lastUpdatedAt":1573257600.789,"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"}}],"nextToken":"n2"}""");

        var reply = await Client.ListRobotApplicationsAsync(new ListRobotApplicationsRequest
        {
            VersionQualifier = "ALL",
            NextToken = "n1",
            MaxResults = 10,
            Filters = [new Filter { Name = "name", Values = ["nav-app"] }],
        });

        AssertSent(
            "POST",
            "/listRobotApplications",
            null,
            """{"versionQualifier":"ALL","nextToken":"n1","maxResults":10,"filters":[{"name":"name","values":["nav-app"]}]}""",
            PostSigned);
        Assert.Equal(
            new ListRobotApplicationsResponse
            {
                RobotApplicationSummaries =
                [
                    new RobotApplicationSummary { Name = "nav-app", Arn = AppArn, Version = "$LATEST", LastUpdatedAt = At(1573257600789), RobotSoftwareSuite = Suite },
                ],
                NextToken = "n2",
            },
            reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task UpdateRobotApplication_posts_every_member_and_parses_the_reply()
    {
        Reply($$$"""
            {"arn":"{{{AppArn}}}","name":"nav-app","version":"$LATEST","sources":[],"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"},"lastUpdatedAt":1573257600.789,"revisionId":"rev-3","environment":{"uri":"{{{ImageUri}}}"}}
            """);

        var reply = await Client.UpdateRobotApplicationAsync(new UpdateRobotApplicationRequest
        {
            Application = AppArn,
            RobotSoftwareSuite = Suite,
            CurrentRevisionId = "rev-2",
            Environment = new Environment { Uri = ImageUri },
        });

        AssertSent(
            "POST",
            "/updateRobotApplication",
            null,
            $$$"""{"application":"{{{AppArn}}}","robotSoftwareSuite":{"name":"ROS2","version":"Foxy"},"currentRevisionId":"rev-2","environment":{"uri":"{{{ImageUri}}}"}}""",
            PostSigned);
        Assert.Equal(
            new UpdateRobotApplicationResponse
            {
                Arn = AppArn,
                Name = "nav-app",
                Version = "$LATEST",
                RobotSoftwareSuite = Suite,
                LastUpdatedAt = At(1573257600789),
                RevisionId = "rev-3",
                Environment = new Environment { Uri = ImageUri },
            },
            reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task DeleteRobotApplication_posts_application_and_version_and_accepts_an_empty_reply()
    {
        Reply("{}");

        var reply = await Client.DeleteRobotApplicationAsync(new DeleteRobotApplicationRequest { Application = AppArn, ApplicationVersion = "2" });

        AssertSent("POST", "/deleteRobotApplication", null, $$$"""{"application":"{{{AppArn}}}","applicationVersion":"2"}""", PostSigned);
        Assert.Equal(new DeleteRobotApplicationResponse(), reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task CreateRobotApplication_without_a_suite_fails_before_sending()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.CreateRobotApplicationAsync(new CreateRobotApplicationRequest { Name = "nav-app" }));

        Assert.Equal("robotSoftwareSuite", ex.ParamName);
        Assert.Empty(Wire.Server.LogEntries);
    }
}
