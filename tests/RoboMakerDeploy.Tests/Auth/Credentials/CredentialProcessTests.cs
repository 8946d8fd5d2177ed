using System.Globalization;

namespace RoboMakerDeploy.Tests.Auth;

/// <summary>
/// Issue 13 §2 and §4: <c>credential_process</c> against hostile output. Errors quote what went wrong with
/// every secret masked; an Expiration already past is refused.
/// </summary>
public sealed class CredentialProcessTests : IDisposable
{
    private readonly CredentialsSandbox _box = new();

    public void Dispose() => _box.Dispose();

    public static TheoryData<string, string> HostileErrorOutput => new()
    {
        { "aws_secret_access_key=HOSTILE-SECRET-ONE rejected by vault", "aws_secret_access_key=*** rejected by vault" },
        { "export AWS_SESSION_TOKEN = \"HOSTILE TOKEN TWO\"; login failed", "AWS_SESSION_TOKEN = ***; login failed" },
        { "Aws_Security_Token:HOSTILE-TOKEN-THREE", "Aws_Security_Token:***" },
        { """{"SecretAccessKey": "HOSTILE-SECRET-FOUR", "sessiontoken":"HOSTILE-TOKEN-FIVE", "Error": "MFA required"}""", "\"Error\": \"MFA required\"" },
        { """cache: {\"Token\":\"HOSTILE-TOKEN-SIX\"} is stale""", "is stale" },
        { "secret_access_key: 'HOSTILE-SECRET-SEVEN'\ntoken=HOSTILE-TOKEN-EIGHT\nsession expired", "session expired" },
    };

    [Theory]
    [MemberData(nameof(HostileErrorOutput))]
    public async Task A_failing_process_error_output_is_quoted_with_secrets_masked(string stderr, string kept)
    {
        File.WriteAllText(_box.ConfigFile, $"[default]\ncredential_process = {_box.PrintingScript("{}", stderr, exitCode: 2)}\n");

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => _box.Chain().GetCredentialsAsync().AsTask());

        Assert.Contains("exit code 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains(kept, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("HOSTILE", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> EchoedSecrets => new()
    {
        // Error output in forms the old "name=value" rule missed.
        { "{}", "SecretAccessKey HOSTILE-SECRET-A rejected\n\"SessionToken\" \"HOSTILE-TOKEN-B\"", "rejected" },
        { "{}", "vault replied: {\"Credentials\": {\"SessionToken\": \"HOSTILE-TOKEN-C", "vault replied:" },
        { "{}", "signing with wJalrXUtnFEMI/K7MDENG/bPxRfiCYHOSTILEKEY failed", "failed" },
        // A secret printed on standard output (complete, or cut off mid-value), echoed on the error output without a name.
        { """{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "HOSTILE-STDOUT-D", "SessionToken": "HOSTILE-STDOUT-E"}""",
            "role refused HOSTILE-STDOUT-D / HOSTILE-STDOUT-E (revoked)", "(revoked)" },
        { """{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "HOSTILE-STDOUT-F""", "could not finish: HOSTILE-STDOUT-F expired", "expired" },
        { """{"Version": 1, "SessionToken": "HOSTILE\/STDOUT\/G"}""", "token was HOSTILE/STDOUT/G", "token was ***" },
    };

    [Theory]
    [MemberData(nameof(EchoedSecrets))]
    public async Task A_failing_process_never_quotes_a_secret_in_its_message_ToString_or_inner_exceptions(string stdout, string stderr, string kept)
    {
        File.WriteAllText(_box.ConfigFile, $"[default]\ncredential_process = {_box.PrintingScript(stdout, stderr, exitCode: 1)}\n");

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => _box.Chain().GetCredentialsAsync().AsTask());

        Assert.Contains(kept, ex.Message, StringComparison.Ordinal);
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain("HOSTILE", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("HOSTILE", e.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{\"SecretAccessKey\": \"HOSTILE-SECRET-NINE\"}""")] // a JSON document where the time should be
    [InlineData("HOSTILE-SECRET-VALUE-TEN")] // the secret itself, in the wrong field
    [InlineData("HOSTILE-TOKEN-VALUE-ELEVEN")]
    public async Task An_unparsable_Expiration_is_quoted_with_secrets_masked(string expiration)
    {
        var output = $$"""{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "HOSTILE-SECRET-VALUE-TEN", "SessionToken": "HOSTILE-TOKEN-VALUE-ELEVEN", "Expiration": "{{expiration}}"}""";
        File.WriteAllText(_box.ConfigFile, $"[default]\ncredential_process = {_box.PrintingScript(output)}\n");

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => _box.Chain().GetCredentialsAsync().AsTask());

        Assert.Contains("printed an Expiration that is not an ISO 8601 time: '", ex.Message, StringComparison.Ordinal);
        Assert.Contains("***", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("HOSTILE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_that_prints_without_end_is_stopped_at_the_output_bound_not_read_until_the_timeout()
    {
        // Before: the whole output was read into one string until the 1-minute timeout (gigabytes from `yes`).
        var script = _box.WriteScript("yes '{\"Version\": 1, \"AccessKeyId\": \"ASIAPROC\"}'");
        var provider = new CredentialProcessCredentialsProvider(script, _box.Time, "profile 'spew'", TimeSpan.FromSeconds(30));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => provider.GetCredentialsAsync().AsTask());

        Assert.Contains($"printed more than {CredentialProcessCredentialsProvider.MaxOutputChars} characters", ex.Message, StringComparison.Ordinal);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(20), "stopped at the bound, long before the timeout");
    }

    [Fact]
    public async Task Error_output_past_its_bound_is_read_and_dropped_so_the_process_finishes_and_its_credentials_are_used()
    {
        // 4 MB on standard error, then the credentials: the error pipe is drained, never left full.
        var script = _box.WriteScript("""
            head -c 4000000 /dev/zero | tr '\0' 'x' >&2
            echo '{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "proc-secret"}'
            """);
        var provider = new CredentialProcessCredentialsProvider(script, _box.Time, "profile 'noisy'", TimeSpan.FromSeconds(30));

        var credentials = await provider.GetCredentialsAsync();

        Assert.Equal("ASIAPROC", credentials.AccessKeyId);
    }

    [Fact]
    public async Task An_Expiration_already_past_is_refused_and_the_process_is_not_rerun_in_a_loop()
    {
        var counter = Path.Combine(_box.Home, "runs");
        var expired = CredentialsSandbox.Start.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var script = _box.WriteScript($$"""
            echo run >> '{{counter}}'
            echo '{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "proc-secret", "SessionToken": "proc-token", "Expiration": "{{expired}}"}'
            """);
        var provider = new CredentialProcessCredentialsProvider(script, _box.Time, "profile 'old'");

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => provider.GetCredentialsAsync().AsTask());

        Assert.Contains("profile 'old': credential_process", ex.Message, StringComparison.Ordinal);
        Assert.Contains("printed credentials that expired at 2026-01-15T11:59:00Z (now 2026-01-15T12:00:00Z)", ex.Message, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(counter));
    }

    [Fact]
    public async Task Ten_concurrent_callers_run_a_short_lived_process_once_and_reuse_it_until_shortly_before_expiry()
    {
        // Lives 4 minutes, shorter than the 5-minute refresh window: used for 3 of them (a quarter ahead).
        var counter = Path.Combine(_box.Home, "runs");
        var expiration = CredentialsSandbox.Start.AddMinutes(4).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var script = _box.WriteScript($$"""
            echo run >> '{{counter}}'
            echo '{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "proc-secret", "SessionToken": "proc-token", "Expiration": "{{expiration}}"}'
            """);
        var provider = new CredentialProcessCredentialsProvider(script, _box.Time);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => provider.GetCredentialsAsync().AsTask()));
        Assert.Single(File.ReadAllLines(counter));
        Assert.All(results, r => Assert.Same(results[0], r));

        _box.Time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(59));
        Assert.Same(results[0], await provider.GetCredentialsAsync());
        Assert.Same(results[0], await provider.GetCredentialsAsync());
        Assert.Single(File.ReadAllLines(counter));

        _box.Time.Advance(TimeSpan.FromSeconds(1)); // 3 minutes in: one minute before expiry, fetched again
        await provider.GetCredentialsAsync();
        Assert.Equal(2, File.ReadAllLines(counter).Length);
    }
}
