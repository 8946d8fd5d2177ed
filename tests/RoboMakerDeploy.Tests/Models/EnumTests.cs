using System.Text;
using System.Text.Json;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Tests.Models;

/// <summary>Every enum value of every revision parses and serializes as its exact wire string; unknown values never throw.</summary>
public sealed class EnumTests
{
    public static TheoryData<string, string> DeploymentStatusRows => EnumRevisions.Rows(EnumRevisions.DeploymentStatus);

    public static TheoryData<string, string> ErrorCodeRows => EnumRevisions.Rows(EnumRevisions.DeploymentJobErrorCode);

    public static TheoryData<string, string> StepRows => EnumRevisions.Rows(EnumRevisions.RobotDeploymentStep);

    public static TheoryData<string, string> RobotStatusRows => EnumRevisions.Rows(EnumRevisions.RobotStatus);

    public static TheoryData<string, string> ArchitectureRows => EnumRevisions.Rows(EnumRevisions.Architecture);

    public static TheoryData<string, string> SuiteTypeRows => EnumRevisions.Rows(EnumRevisions.RobotSoftwareSuiteType);

    public static TheoryData<string, string> SuiteVersionRows => EnumRevisions.Rows(EnumRevisions.RobotSoftwareSuiteVersionType);

    private static DescribeDeploymentJobResponse ParseDescribe(string json) =>
        JsonSerializer.Deserialize(json, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse)!;

    private static string Serialize(DescribeDeploymentJobResponse reply) =>
        JsonSerializer.Serialize(reply, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse);

    private static T Parse<T>(string json) => JsonSerializer.Deserialize(json, RoboMakerDeployJson.TypeInfo<T>())!;

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, RoboMakerDeployJson.TypeInfo<T>());

    /// <summary>The converter on the enum type itself, for code that serializes the enums directly.</summary>
    private static void AssertConverterRoundTrip<TEnum>(TEnum member, string wire)
        where TEnum : struct, Enum
    {
        var converter = new WireEnumJsonConverter<TEnum>();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, member, JsonSerializerOptions.Default);
        }
        Assert.Equal("\"" + wire + "\"", Encoding.UTF8.GetString(stream.ToArray()));

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"" + wire + "\""));
        reader.Read();
        Assert.Equal(member, converter.Read(ref reader, typeof(TEnum), JsonSerializerOptions.Default));
    }

    [Theory]
    [MemberData(nameof(DeploymentStatusRows))]
    public void DeploymentStatus_value_of_every_revision_round_trips(string revision, string wire)
    {
        _ = revision;
        var reply = ParseDescribe("{\"status\":\"" + wire + "\"}");

        var member = Assert.IsType<DeploymentStatus>(reply.Status);
        Assert.NotEqual(DeploymentStatus.Unknown, member);
        Assert.Equal(wire, member.ToString());
        Assert.Equal(wire, reply.RawStatus);
        Assert.Equal("{\"status\":\"" + wire + "\",\"deploymentApplicationConfigs\":[],\"robotDeploymentSummary\":[]}", Serialize(new DescribeDeploymentJobResponse { Status = member }));
        AssertConverterRoundTrip(member, wire);

        // The fleet shapes carry it as lastDeploymentStatus.
        var fleets = Parse<ListFleetsResponse>("{\"fleetDetails\":[{\"lastDeploymentStatus\":\"" + wire + "\"}]}");
        Assert.Equal(member, fleets.FleetDetails[0].LastDeploymentStatus);
        Assert.Equal(member, Parse<DescribeFleetResponse>("{\"lastDeploymentStatus\":\"" + wire + "\"}").LastDeploymentStatus);
        Assert.Equal("{\"lastDeploymentStatus\":\"" + wire + "\"}", Write(new Fleet { LastDeploymentStatus = member }));
    }

    [Theory]
    [MemberData(nameof(ErrorCodeRows))]
    public void DeploymentJobErrorCode_value_of_every_revision_round_trips(string revision, string wire)
    {
        _ = revision;
        var reply = ParseDescribe("{\"failureCode\":\"" + wire + "\",\"robotDeploymentSummary\":[{\"failureCode\":\"" + wire + "\"}]}");

        var member = Assert.IsType<DeploymentJobErrorCode>(reply.FailureCode);
        Assert.NotEqual(DeploymentJobErrorCode.Unknown, member);
        Assert.Equal(wire, member.ToString());
        Assert.Equal(member, reply.RobotDeploymentSummary[0].FailureCode);
        Assert.Equal(wire, reply.RobotDeploymentSummary[0].RawFailureCode);
        Assert.Contains("\"failureCode\":\"" + wire + "\"", Serialize(new DescribeDeploymentJobResponse { FailureCode = member }), StringComparison.Ordinal);
        Assert.Equal(wire, new RobotDeployment { FailureCode = member }.RawFailureCode);
        AssertConverterRoundTrip(member, wire);
    }

    [Theory]
    [MemberData(nameof(StepRows))]
    public void RobotDeploymentStep_value_of_every_revision_round_trips(string revision, string wire)
    {
        _ = revision;
        var reply = ParseDescribe("{\"robotDeploymentSummary\":[{\"progressDetail\":{\"currentProgress\":\"" + wire + "\"}}]}");

        var member = Assert.IsType<RobotDeploymentStep>(reply.RobotDeploymentSummary[0].ProgressDetail!.CurrentProgress);
        Assert.NotEqual(RobotDeploymentStep.Unknown, member);
        Assert.Equal(wire, member.ToString());
        var written = Serialize(new DescribeDeploymentJobResponse { RobotDeploymentSummary = [new RobotDeployment { ProgressDetail = new ProgressDetail { CurrentProgress = member } }] });
        Assert.Contains("{\"progressDetail\":{\"currentProgress\":\"" + wire + "\"}}", written, StringComparison.Ordinal);
        AssertConverterRoundTrip(member, wire);
    }

    [Theory]
    [MemberData(nameof(RobotStatusRows))]
    public void RobotStatus_value_of_every_revision_round_trips(string revision, string wire)
    {
        _ = revision;
        var reply = ParseDescribe("{\"robotDeploymentSummary\":[{\"status\":\"" + wire + "\"}]}");

        var member = Assert.IsType<RobotStatus>(reply.RobotDeploymentSummary[0].Status);
        Assert.NotEqual(RobotStatus.Unknown, member);
        Assert.Equal(wire, member.ToString());
        var written = Serialize(new DescribeDeploymentJobResponse { RobotDeploymentSummary = [new RobotDeployment { Status = member }] });
        Assert.Contains("[{\"status\":\"" + wire + "\"}]", written, StringComparison.Ordinal);
        AssertConverterRoundTrip(member, wire);

        // The robot shapes carry the same enum.
        Assert.Equal(member, Parse<ListRobotsResponse>("{\"robots\":[{\"status\":\"" + wire + "\"}]}").Robots[0].Status);
        Assert.Equal(member, Parse<DescribeRobotResponse>("{\"status\":\"" + wire + "\"}").Status);
        Assert.Equal("{\"status\":\"" + wire + "\"}", Write(new Robot { Status = member }));
    }

    [Theory]
    [MemberData(nameof(ArchitectureRows))]
    public void Architecture_value_round_trips_through_robots_and_sources(string revision, string wire)
    {
        _ = revision;
        var member = Assert.IsType<Architecture>(Parse<DescribeRobotResponse>("{\"architecture\":\"" + wire + "\"}").Architecture);
        Assert.NotEqual(Architecture.Unknown, member);
        Assert.Equal(wire, member.ToString());
        Assert.Equal(member, Parse<ListRobotsResponse>("{\"robots\":[{\"architecture\":\"" + wire + "\"}]}").Robots[0].Architecture);
        Assert.Equal(member, Parse<CreateRobotResponse>("{\"architecture\":\"" + wire + "\"}").Architecture);
        Assert.Equal(member, Parse<DescribeRobotApplicationResponse>("{\"sources\":[{\"architecture\":\"" + wire + "\"}]}").Sources[0].Architecture);

        Assert.Equal("{\"name\":\"r\",\"architecture\":\"" + wire + "\",\"greengrassGroupId\":\"g\"}", Write(new CreateRobotRequest { Name = "r", Architecture = member, GreengrassGroupId = "g" }));
        Assert.Equal("{\"architecture\":\"" + wire + "\"}", Write(new SourceConfig { Architecture = member }));
        AssertConverterRoundTrip(member, wire);
    }

    [Theory]
    [MemberData(nameof(SuiteTypeRows))]
    public void RobotSoftwareSuiteType_value_round_trips(string revision, string wire)
    {
        _ = revision;
        var suite = Parse<DescribeRobotApplicationResponse>("{\"robotSoftwareSuite\":{\"name\":\"" + wire + "\"}}").RobotSoftwareSuite!;
        var member = Assert.IsType<RobotSoftwareSuiteType>(suite.Name);
        Assert.NotEqual(RobotSoftwareSuiteType.Unknown, member);
        Assert.Equal(wire, member.ToString());
        Assert.Equal(wire, suite.RawName);
        Assert.Equal(member, Parse<ListRobotApplicationsResponse>("{\"robotApplicationSummaries\":[{\"robotSoftwareSuite\":{\"name\":\"" + wire + "\"}}]}").RobotApplicationSummaries[0].RobotSoftwareSuite!.Name);
        Assert.Equal("{\"name\":\"a\",\"robotSoftwareSuite\":{\"name\":\"" + wire + "\"}}", Write(new CreateRobotApplicationRequest { Name = "a", RobotSoftwareSuite = new RobotSoftwareSuite { Name = member } }));
        AssertConverterRoundTrip(member, wire);
    }

    [Theory]
    [MemberData(nameof(SuiteVersionRows))]
    public void RobotSoftwareSuiteVersionType_value_round_trips(string revision, string wire)
    {
        _ = revision;
        var suite = Parse<UpdateRobotApplicationResponse>("{\"robotSoftwareSuite\":{\"version\":\"" + wire + "\"}}").RobotSoftwareSuite!;
        var member = Assert.IsType<RobotSoftwareSuiteVersionType>(suite.Version);
        Assert.NotEqual(RobotSoftwareSuiteVersionType.Unknown, member);
        Assert.Equal(wire, member.ToString());
        Assert.Equal(wire, suite.RawVersion);
        Assert.Equal("{\"application\":\"arn:a\",\"robotSoftwareSuite\":{\"version\":\"" + wire + "\"}}", Write(new UpdateRobotApplicationRequest { Application = "arn:a", RobotSoftwareSuite = new RobotSoftwareSuite { Version = member } }));
        AssertConverterRoundTrip(member, wire);
    }

    [Fact]
    public void Each_enum_has_exactly_the_latest_revisions_values_plus_Unknown()
    {
        AssertMembers<DeploymentStatus>(EnumRevisions.DeploymentStatus, 6);
        AssertMembers<DeploymentJobErrorCode>(EnumRevisions.DeploymentJobErrorCode, 24);
        AssertMembers<RobotDeploymentStep>(EnumRevisions.RobotDeploymentStep, 7);
        AssertMembers<RobotStatus>(EnumRevisions.RobotStatus, 7);
        AssertMembers<Architecture>(EnumRevisions.Architecture, 3);
        AssertMembers<RobotSoftwareSuiteType>(EnumRevisions.RobotSoftwareSuiteType, 3);
        AssertMembers<RobotSoftwareSuiteVersionType>(EnumRevisions.RobotSoftwareSuiteVersionType, 4);
    }

    private static void AssertMembers<TEnum>(IReadOnlyDictionary<string, string[]> byRevision, int expected)
        where TEnum : struct, Enum
    {
        var known = Enum.GetValues<TEnum>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0).Select(v => v.ToString()).ToArray();
        Assert.Equal(expected, known.Length);
        Assert.Equal("Unknown", Enum.GetName(default(TEnum)));
        // Every value of every revision is a member, and each revision only adds values.
        var all = byRevision.Values.SelectMany(v => v).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(all, known.Order(StringComparer.Ordinal).ToArray());
        var listed = EnumRevisions.Revisions.Where(byRevision.ContainsKey).ToArray();
        Assert.Contains(EnumRevisions.Latest, listed);
        for (var i = 1; i < listed.Length; i++)
        {
            Assert.Empty(byRevision[listed[i - 1]].Except(byRevision[listed[i]]));
        }
    }

    [Fact]
    public void Unknown_values_parse_to_Unknown_and_keep_the_wire_string()
    {
        var reply = ParseDescribe(
            "{\"status\":\"Paused\",\"failureCode\":\"QuantumFlux\",\"robotDeploymentSummary\":[{\"status\":\"Sleeping\",\"failureCode\":\"inprogress\"," +
            "\"progressDetail\":{\"currentProgress\":\"Rebooting\"}}]}");

        Assert.Equal(DeploymentStatus.Unknown, reply.Status);
        Assert.Equal("Paused", reply.RawStatus);
        Assert.Equal(DeploymentJobErrorCode.Unknown, reply.FailureCode);
        Assert.Equal("QuantumFlux", reply.RawFailureCode);
        var robot = reply.RobotDeploymentSummary[0];
        Assert.Equal(RobotStatus.Unknown, robot.Status);
        Assert.Equal("Sleeping", robot.RawStatus);
        Assert.Equal(DeploymentJobErrorCode.Unknown, robot.FailureCode);
        Assert.Equal("inprogress", robot.RawFailureCode);
        Assert.Equal(RobotDeploymentStep.Unknown, robot.ProgressDetail!.CurrentProgress);
        Assert.Equal("Rebooting", robot.ProgressDetail.RawCurrentProgress);

        // The original string goes back out unchanged.
        Assert.Contains("\"status\":\"Paused\"", Serialize(reply), StringComparison.Ordinal);
    }

    [Fact]
    public void Wire_strings_are_case_sensitive()
    {
        var reply = ParseDescribe("{\"status\":\"inProgress\"}");
        Assert.Equal(DeploymentStatus.Unknown, reply.Status);
        Assert.Equal("inProgress", reply.RawStatus);
    }

    [Fact]
    public void Absent_or_null_values_are_null_not_Unknown()
    {
        var reply = ParseDescribe("{\"status\":null,\"robotDeploymentSummary\":[{}]}");
        Assert.Null(reply.Status);
        Assert.Null(reply.FailureCode);
        Assert.Null(reply.RobotDeploymentSummary[0].Status);
    }

    [Fact]
    public void Converter_reads_an_unknown_string_or_a_non_string_as_Unknown()
    {
        var converter = new WireEnumJsonConverter<DeploymentStatus>();
        foreach (var json in new[] { "\"Exploded\"", "42", "true", "{\"a\":[1]}" })
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            reader.Read();
            Assert.Equal(DeploymentStatus.Unknown, converter.Read(ref reader, typeof(DeploymentStatus), JsonSerializerOptions.Default));
        }
    }

    [Fact]
    public void Setting_Unknown_on_a_model_is_refused_with_a_pointer_to_the_raw_property()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DeploymentJob { Status = DeploymentStatus.Unknown });
        Assert.Contains("RawStatus", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RobotDeployment { FailureCode = (DeploymentJobErrorCode)999 });
    }

    [Fact]
    public void Filter_ByStatus_writes_wire_strings_and_keeps_Unknown_as_a_value_validation_refuses()
    {
        Assert.Equal(["Failed", "Canceled"], Filter.ByStatus(DeploymentStatus.Failed, DeploymentStatus.Canceled).Values);
        // Building does not throw: the value no status holds is refused when the request is validated (ValidationTests).
        Assert.Equal(["Pending", "DeploymentStatus.Unknown", "DeploymentStatus.77"],
            Filter.ByStatus(DeploymentStatus.Pending, DeploymentStatus.Unknown, (DeploymentStatus)77).Values);
    }
}
