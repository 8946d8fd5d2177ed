using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.State;

/// <summary>
/// The list operations' maxResults ranges are the API reference's (the model sets none): 1..200 for
/// ListDeploymentJobs, ListFleets and ListRobots, 1..100 for ListRobotApplications; unset, a page holds that many.
/// </summary>
public sealed class ListLimitsTests
{
    [Theory]
    [InlineData("/listDeploymentJobs", 200)]
    [InlineData("/listFleets", 200)]
    [InlineData("/listRobots", 200)]
    [InlineData("/listRobotApplications", 100)]
    public async Task MaxResults_from_1_to_the_documented_limit_is_accepted_and_outside_it_refused(string path, int max)
    {
        await using var emulator = await StartAsync(NewClock(), EmulatorWorldTests.Strict);
        using var api = new WorldApi(emulator.Endpoint);

        await api.PostAsync(path, """{"maxResults":1}""");
        await api.PostAsync(path, $$"""{"maxResults":{{max}}}""");
        var above = await api.FailAsync(path, $$"""{"maxResults":{{max + 1}}}""");
        var zero = await api.FailAsync(path, """{"maxResults":0}""");

        Assert.Equal(("InvalidParameterException", $"maxResults must be between 1 and {max}; it is {max + 1}."), above);
        Assert.Equal(("InvalidParameterException", $"maxResults must be between 1 and {max}; it is 0."), zero);
    }

    [Fact]
    public async Task ListRobots_without_maxResults_pages_at_200()
    {
        await using var emulator = await StartAsync(NewClock(), EmulatorWorldTests.Strict);
        using var api = new WorldApi(emulator.Endpoint);
        for (var i = 0; i < 201; i++) await api.CreateRobotAsync($"r{i}", "X86_64");

        var first = await api.PostAsync("/listRobots", "{}");
        var token = first.GetProperty("nextToken").GetString();
        var second = await api.PostAsync("/listRobots", $$"""{"nextToken":"{{token}}"}""");

        Assert.Equal(200, first.GetProperty("robots").GetArrayLength());
        Assert.Equal("r200", Assert.Single(second.GetProperty("robots").EnumerateArray()).GetProperty("name").GetString());
    }
}
