using RoboMakerDeploy.Models;
using static RoboMakerDeploy.Tests.Models.WireJson;
using Environment = RoboMakerDeploy.Models.Environment;

namespace RoboMakerDeploy.Tests.Models;

/// <summary>
/// Wire bytes of CreateRobotApplication, CreateRobotApplicationVersion, DescribeRobotApplication,
/// ListRobotApplications, UpdateRobotApplication and DeleteRobotApplication, every member set.
/// </summary>
public sealed class RobotApplicationModelTests
{
    private const string AppArn = "arn:aws:robomaker:us-west-2:123456789012:robot-application/nav-app/1573257600789";
    private const string ImageUri = "123456789012.dkr.ecr.us-west-2.amazonaws.com/nav-app:latest";
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private const string SourceConfigsJson =
        """[{"s3Bucket":"my-bundles","s3Key":"nav/x86.tar.gz","architecture":"X86_64"},{"s3Bucket":"my-bundles","s3Key":"nav/arm64.tar.gz","architecture":"ARM64"}]""";

    private static readonly SourceConfig[] SourceConfigs =
    [
        new() { S3Bucket = "my-bundles", S3Key = "nav/x86.tar.gz", Architecture = Architecture.X86_64 },
        new() { S3Bucket = "my-bundles", S3Key = "nav/arm64.tar.gz", Architecture = Architecture.ARM64 },
    ];

    // S3 etags are quoted; the SDK's writer escapes the quote as \u0022 (the same JSON string as \").
    // The second source carries an architecture this SDK does not know.
    private const string SourcesJson =
        """[{"s3Bucket":"my-bundles","s3Key":"nav/x86.tar.gz","etag":"\u00229b2cf535f27731c974343645a3985328\u0022","architecture":"X86_64"},{"s3Bucket":"my-bundles","s3Key":"nav/rv.tar.gz","etag":"e2","architecture":"RISCV64"}]""";

    private static readonly Source[] Sources =
    [
        new() { S3Bucket = "my-bundles", S3Key = "nav/x86.tar.gz", Etag = "\"9b2cf535f27731c974343645a3985328\"", Architecture = Architecture.X86_64 },
        new() { S3Bucket = "my-bundles", S3Key = "nav/rv.tar.gz", Etag = "e2", RawArchitecture = "RISCV64" },
    ];

    private const string SuiteJson = """{"name":"ROS2","version":"Foxy"}""";

    private static readonly RobotSoftwareSuite Suite = new() { Name = RobotSoftwareSuiteType.ROS2, Version = RobotSoftwareSuiteVersionType.Foxy };

    private static readonly Environment Image = new() { Uri = ImageUri };

    [Fact]
    public void CreateRobotApplication_request_and_reply()
    {
        AssertRequest(
            new CreateRobotApplicationRequest
            {
                Name = "nav-app",
                Sources = SourceConfigs,
                RobotSoftwareSuite = Suite,
                Tags = new Dictionary<string, string> { ["team"] = "nav" },
                Environment = Image,
            },
            $$$"""{"name":"nav-app","sources":{{{SourceConfigsJson}}},"robotSoftwareSuite":{{{SuiteJson}}},"tags":{"team":"nav"},"environment":{"uri":"{{{ImageUri}}}"}}""");
        AssertRequest(
            new CreateRobotApplicationRequest { Name = "nav-app", RobotSoftwareSuite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.General } },
            """{"name":"nav-app","robotSoftwareSuite":{"name":"General"}}""");

        var reply = AssertReply(
            $$$"""
            {"arn":"{{{AppArn}}}","name":"nav-app","version":"$LATEST","sources":{{{SourcesJson}}},"robotSoftwareSuite":{{{SuiteJson}}},"lastUpdatedAt":1573257600.789,"revisionId":"rev-1.a","tags":{"team":"nav"},"environment":{"uri":"{{{ImageUri}}}"}}
            """,
            new CreateRobotApplicationResponse
            {
                Arn = AppArn,
                Name = "nav-app",
                Version = "$LATEST",
                Sources = Sources,
                RobotSoftwareSuite = Suite,
                LastUpdatedAt = At(1573257600789),
                RevisionId = "rev-1.a",
                Tags = new Dictionary<string, string> { ["team"] = "nav" },
                Environment = Image,
            });
        Assert.Equal(Architecture.Unknown, reply.Sources[1].Architecture);
        Assert.Equal("RISCV64", reply.Sources[1].RawArchitecture);
        Assert.Equal(Sources[0], Parse<Source>("""{"s3Bucket":"my-bundles","s3Key":"nav/x86.tar.gz","etag":"\"9b2cf535f27731c974343645a3985328\"","architecture":"X86_64"}"""));
    }

    [Fact]
    public void CreateRobotApplicationVersion_request_and_reply()
    {
        AssertRequest(
            new CreateRobotApplicationVersionRequest { Application = AppArn, CurrentRevisionId = "rev-1.a", S3Etags = ["e1", "e2"], ImageDigest = Digest },
            $$$"""{"application":"{{{AppArn}}}","currentRevisionId":"rev-1.a","s3Etags":["e1","e2"],"imageDigest":"{{{Digest}}}"}""");
        AssertRequest(new CreateRobotApplicationVersionRequest { Application = AppArn }, $$$"""{"application":"{{{AppArn}}}"}""");

        var reply = AssertReply(
            $$$"""
            {"arn":"{{{AppArn}}}","name":"nav-app","version":"2","sources":{{{SourcesJson}}},"robotSoftwareSuite":{"name":"ROS3","version":"Jazzy"},"lastUpdatedAt":1573257600.789,"revisionId":"rev-2","environment":{"uri":"{{{ImageUri}}}"}}
            """,
            new CreateRobotApplicationVersionResponse
            {
                Arn = AppArn,
                Name = "nav-app",
                Version = "2",
                Sources = Sources,
                RobotSoftwareSuite = new RobotSoftwareSuite { RawName = "ROS3", RawVersion = "Jazzy" },
                LastUpdatedAt = At(1573257600789),
                RevisionId = "rev-2",
                Environment = Image,
            });
        Assert.Equal(RobotSoftwareSuiteType.Unknown, reply.RobotSoftwareSuite!.Name);
        Assert.Equal("ROS3", reply.RobotSoftwareSuite.RawName);
        Assert.Equal(RobotSoftwareSuiteVersionType.Unknown, reply.RobotSoftwareSuite.Version);
        Assert.Equal("Jazzy", reply.RobotSoftwareSuite.RawVersion);
    }

    [Fact]
    public void DescribeRobotApplication_request_and_reply_in_the_models_member_order()
    {
        AssertRequest(
            new DescribeRobotApplicationRequest { Application = AppArn, ApplicationVersion = "2" },
            $$$"""{"application":"{{{AppArn}}}","applicationVersion":"2"}""");

        // Unlike the other replies, revisionId comes before lastUpdatedAt here, and imageDigest closes it.
        AssertReply(
            $$$"""
            {"arn":"{{{AppArn}}}","name":"nav-app","version":"2","sources":{{{SourcesJson}}},"robotSoftwareSuite":{"name":"ROS","version":"Melodic"},"revisionId":"rev-2","lastUpdatedAt":1573257600.789,"tags":{"team":"nav"},"environment":{"uri":"{{{ImageUri}}}"},"imageDigest":"{{{Digest}}}"}
            """,
            new DescribeRobotApplicationResponse
            {
                Arn = AppArn,
                Name = "nav-app",
                Version = "2",
                Sources = Sources,
                RobotSoftwareSuite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.ROS, Version = RobotSoftwareSuiteVersionType.Melodic },
                RevisionId = "rev-2",
                LastUpdatedAt = At(1573257600789),
                Tags = new Dictionary<string, string> { ["team"] = "nav" },
                Environment = Image,
                ImageDigest = Digest,
            });
    }

    [Fact]
    public void ListRobotApplications_request_and_reply()
    {
        AssertRequest(
            new ListRobotApplicationsRequest { VersionQualifier = "ALL", NextToken = "n1", MaxResults = 100, Filters = [new Filter { Name = "name", Values = ["nav-app"] }] },
            """{"versionQualifier":"ALL","nextToken":"n1","maxResults":100,"filters":[{"name":"name","values":["nav-app"]}]}""");
        AssertRequest(new ListRobotApplicationsRequest(), "{}");

        var reply = AssertReply(
            $$$"""
            {"robotApplicationSummaries":[{"name":"nav-app","arn":"{{{AppArn}}}","version":"$LATEST","lastUpdatedAt":1573257600.789,"robotSoftwareSuite":{"name":"ROS","version":"Kinetic"}},{"name":"old-app","robotSoftwareSuite":{"name":"ROS","version":"Indigo"}}],"nextToken":"n2"}
            """,
            new ListRobotApplicationsResponse
            {
                RobotApplicationSummaries =
                [
                    new RobotApplicationSummary
                    {
                        Name = "nav-app",
                        Arn = AppArn,
                        Version = "$LATEST",
                        LastUpdatedAt = At(1573257600789),
                        RobotSoftwareSuite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.ROS, Version = RobotSoftwareSuiteVersionType.Kinetic },
                    },
                    new RobotApplicationSummary { Name = "old-app", RobotSoftwareSuite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.ROS, RawVersion = "Indigo" } },
                ],
                NextToken = "n2",
            });
        Assert.Equal(RobotSoftwareSuiteVersionType.Unknown, reply.RobotApplicationSummaries[1].RobotSoftwareSuite!.Version);
        Assert.Equal("Indigo", reply.RobotApplicationSummaries[1].RobotSoftwareSuite!.RawVersion);
    }

    [Fact]
    public void UpdateRobotApplication_request_and_reply()
    {
        AssertRequest(
            new UpdateRobotApplicationRequest
            {
                Application = AppArn,
                Sources = SourceConfigs,
                RobotSoftwareSuite = Suite,
                CurrentRevisionId = "rev-1.a",
                Environment = Image,
            },
            $$$"""{"application":"{{{AppArn}}}","sources":{{{SourceConfigsJson}}},"robotSoftwareSuite":{{{SuiteJson}}},"currentRevisionId":"rev-1.a","environment":{"uri":"{{{ImageUri}}}"}}""");

        AssertReply(
            $$$"""
            {"arn":"{{{AppArn}}}","name":"nav-app","version":"$LATEST","sources":{{{SourcesJson}}},"robotSoftwareSuite":{"name":"ROS2","version":"Dashing"},"lastUpdatedAt":1573257600.789,"revisionId":"rev-1.b","environment":{"uri":"{{{ImageUri}}}"}}
            """,
            new UpdateRobotApplicationResponse
            {
                Arn = AppArn,
                Name = "nav-app",
                Version = "$LATEST",
                Sources = Sources,
                RobotSoftwareSuite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.ROS2, Version = RobotSoftwareSuiteVersionType.Dashing },
                LastUpdatedAt = At(1573257600789),
                RevisionId = "rev-1.b",
                Environment = Image,
            });
    }

    [Fact]
    public void DeleteRobotApplication_request_and_empty_reply()
    {
        AssertRequest(
            new DeleteRobotApplicationRequest { Application = AppArn, ApplicationVersion = "2" },
            $$$"""{"application":"{{{AppArn}}}","applicationVersion":"2"}""");
        AssertReply("{}", new DeleteRobotApplicationResponse());
    }

    [Fact]
    public void Replies_compare_sources_by_content()
    {
        var a = new DescribeRobotApplicationResponse { Sources = [.. Sources] };
        var b = new DescribeRobotApplicationResponse { Sources = [.. Sources] };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Sources = [Sources[0]] });
        Assert.NotEqual(a, a with { Sources = [Sources[0], Sources[1] with { Etag = "e3" }] });
    }
}
