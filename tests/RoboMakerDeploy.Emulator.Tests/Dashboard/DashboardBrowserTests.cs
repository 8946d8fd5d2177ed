using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using Xunit.Abstractions;

namespace RoboMakerDeploy.Emulator.Tests.Dashboard;

/// <summary>
/// The dashboard in a real headless browser (Debian's chromium): a fleet and a deployment made through the API,
/// the page opened mid-deployment, and the robots seen reaching InSync live, on the emulator's fake clock.
/// </summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    /// <summary>The hard limit on each wait for the page; the page normally changes within milliseconds.</summary>
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan JobDuration = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_dashboard_shows_the_fleet_s_robots_and_their_deployment_reaching_InSync_live()
    {
        if (HeadlessChromium.MaySkip)
        {
            output.WriteLine($"chromium is not installed and {HeadlessChromium.SkipVariable}=1: the browser test is skipped.");
            return;
        }

        var clock = EmulatorHarness.NewClock();
        await using var emulator = await EmulatorHarness.StartAsync(clock, options =>
        {
            options.JobDuration = JobDuration;
            options.WorldMode = EmulatorWorldMode.Strict;
            // The world is built with plain unsigned calls (the SDK covers deployment jobs only); the SDK still signs.
            options.RequireSignatures = false;
        });
        using var world = new WorldApi(emulator.Endpoint);
        var fleet = await world.CreateFleetAsync("warehouse");
        string[] robots = ["picker-x86", "sorter-arm64", "scanner-armhf"];
        foreach (var (name, architecture) in robots.Zip(["X86_64", "ARM64", "ARMHF"]))
        {
            await world.RegisterAsync(fleet, await world.CreateRobotAsync(name, architecture));
        }
        var application = await world.CreateApplicationWithVersionAsync("navigation", "X86_64", "ARM64", "ARMHF");

        using var client = EmulatorHarness.Client(emulator, clock);
        var created = await client.CreateDeploymentJobAsync(EmulatorHarness.NewJob(fleet) with
        {
            DeploymentApplicationConfigs = [EmulatorHarness.NewJob(fleet).DeploymentApplicationConfigs[0] with { Application = application }],
        });
        var jobId = created.Arn![(created.Arn!.LastIndexOf('/') + 1)..];

        // A second fleet whose only robot the application has no source for: its job fails with a code the page explains.
        var dock = await world.CreateFleetAsync("dock");
        await world.RegisterAsync(dock, await world.CreateRobotAsync("lifter-armhf", "ARMHF"));
        var vision = await world.CreateApplicationWithVersionAsync("vision", "X86_64");
        var failing = await client.CreateDeploymentJobAsync(EmulatorHarness.NewJob(dock) with
        {
            DeploymentApplicationConfigs = [EmulatorHarness.NewJob(dock).DeploymentApplicationConfigs[0] with { Application = vision }],
        });
        var failingId = failing.Arn![(failing.Arn!.LastIndexOf('/') + 1)..];

        // Mid-deployment: past Pending and Preparing, the robots are in their steps.
        clock.Advance(JobDuration * 0.5);

        await using var browser = await HeadlessChromium.StartAsync();
        await browser.NavigateAsync(new Uri(emulator.Endpoint, "/_emulator/"));

        var job = $"document.querySelector('[data-job=\"{jobId}\"]')";
        Assert.True(await browser.WaitForAsync(
            $"{job} && {job}.dataset.status === 'InProgress' && document.querySelectorAll('[data-fleet=\"warehouse\"] [data-robot]').length === 3",
            PageTimeout), "The page never showed the fleet's three robots and the job in progress:\n" + await BodyTextAsync(browser));
        foreach (var name in robots)
        {
            Assert.Equal("Deploying", (await browser.EvaluateAsync($"document.querySelector('[data-fleet=\"warehouse\"] [data-robot=\"{name}\"]').dataset.status")).GetString());
            var progress = (await browser.EvaluateAsync($"Number({job}.querySelector('[data-job-robot=\"{name}\"] [role=progressbar]').getAttribute('aria-valuenow'))")).GetDouble();
            Assert.InRange(progress, 1, 99);
        }
        var architectures = await browser.EvaluateAsync("[...document.querySelectorAll('[data-fleet=\"warehouse\"] [data-robot] td:nth-child(2)')].map(td => td.textContent).join(',')");
        Assert.Equal("X86_64,ARM64,ARMHF", architectures.GetString());
        Assert.Equal(1, (await browser.EvaluateAsync("document.querySelectorAll('[data-application=\"navigation\"] [data-version=\"1\"]').length")).GetInt32());
        Assert.Equal(24, (await browser.EvaluateAsync("document.querySelectorAll('#failure-codes tbody tr').length")).GetInt32());
        await browser.ScreenshotAsync(ScreenshotPath("dashboard-in-progress.png"));

        // The job ends on the emulator's clock; the page, never reloaded, follows over its event stream.
        clock.Advance(JobDuration);
        var described = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = created.Arn });
        Assert.Equal(DeploymentStatus.Succeeded, described.Status);
        Assert.True(await browser.WaitForAsync(
            $"{job}.dataset.status === 'Succeeded' && [...document.querySelectorAll('[data-fleet=\"warehouse\"] [data-robot]')].every(r => r.dataset.status === 'InSync')",
            PageTimeout), "The page never showed the job Succeeded with every robot InSync:\n" + await BodyTextAsync(browser));
        foreach (var name in robots)
        {
            Assert.Equal("InSync", (await browser.EvaluateAsync($"{job}.querySelector('[data-job-robot=\"{name}\"]').dataset.status")).GetString());
            Assert.Equal(100, (await browser.EvaluateAsync($"Number({job}.querySelector('[data-job-robot=\"{name}\"] [role=progressbar]').getAttribute('aria-valuenow'))")).GetDouble());
        }
        Assert.Equal("live", (await browser.EvaluateAsync("document.getElementById('connection').textContent")).GetString());
        Assert.Equal("Succeeded", (await browser.EvaluateAsync("document.querySelector('[data-fleet=\"warehouse\"] h3 .badge').dataset.status")).GetString());

        // The failed job: its robot's failure code with the meaning the API docs give it.
        var failed = $"document.querySelector('[data-job=\"{failingId}\"]')";
        Assert.Equal("Failed", (await browser.EvaluateAsync($"{failed}.dataset.status")).GetString());
        var robotFailure = $"{failed}.querySelector('[data-job-robot=\"lifter-armhf\"] [data-failure-code]')";
        Assert.Equal("MissingRobotApplicationArchitecture", (await browser.EvaluateAsync($"{robotFailure}.dataset.failureCode")).GetString());
        Assert.Equal(
            "The robot application does not have a source that matches the architecture of the robot.",
            (await browser.EvaluateAsync($"{robotFailure}.querySelector('.meaning').textContent")).GetString());
        Assert.Equal("MissingRobotApplicationArchitecture", (await browser.EvaluateAsync($"{failed}.querySelector(':scope > [data-failure-code]').dataset.failureCode")).GetString());
        Assert.Equal("Failed", (await browser.EvaluateAsync("document.querySelector('[data-fleet=\"dock\"] [data-robot=\"lifter-armhf\"]').dataset.status")).GetString());

        var screenshot = ScreenshotPath("dashboard.png");
        await browser.ScreenshotAsync(screenshot);
        output.WriteLine("Screenshot: " + screenshot);
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    /// <summary>Where the screenshots are kept: TestResults/dashboard/ beside the test assembly.</summary>
    private static string ScreenshotPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard", name);

    private static async Task<string> BodyTextAsync(HeadlessChromium browser) =>
        (await browser.EvaluateAsync("document.body.innerText")).GetString() ?? string.Empty;
}
