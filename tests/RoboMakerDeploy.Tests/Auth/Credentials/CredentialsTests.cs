using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace RoboMakerDeploy.Tests.Auth;

/// <summary>Providers, their precedence and failure messages, against temporary files and an injected environment.</summary>
public sealed class CredentialsTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private readonly string _home = Directory.CreateTempSubdirectory("rmd-auth-").FullName;
    private readonly Dictionary<string, string> _env = new(StringComparer.Ordinal);
    private readonly FakeTimeProvider _time = new(Start);

    public CredentialsTests() => Directory.CreateDirectory(Path.Combine(_home, ".aws"));

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private AwsEnvironment Environment => new(name => _env.TryGetValue(name, out var v) ? v : null, _home);

    private string CredentialsFile => Path.Combine(_home, ".aws", "credentials");

    private string ConfigFile => Path.Combine(_home, ".aws", "config");

    private IAwsCredentialsProvider Chain(string? profile = null) => DefaultCredentialsProvider.Create(profile, _time, Environment);

    [Fact]
    public async Task Environment_variables_give_keys_and_session_token()
    {
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _env["AWS_SESSION_TOKEN"] = "env-token";

        var credentials = await new EnvironmentCredentialsProvider(Environment).GetCredentialsAsync();

        Assert.Equal(new AwsCredentials("AKIDENV", "env-secret", "env-token"), credentials);
    }

    [Fact]
    public async Task A_half_set_environment_says_which_variable_is_missing()
    {
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        var ex = await Assert.ThrowsAsync<AwsCredentialsNotFoundException>(() => new EnvironmentCredentialsProvider(Environment).GetCredentialsAsync().AsTask());
        Assert.Contains("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_wins_over_the_shared_files()
    {
        File.WriteAllText(CredentialsFile, "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n");
        _env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env["AWS_SECRET_ACCESS_KEY"] = "env-secret";

        Assert.Equal("AKIDENV", (await Chain().GetCredentialsAsync()).AccessKeyId);
        _env.Clear();
        Assert.Equal("AKIDFILE", (await Chain().GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task The_credentials_file_is_read_with_comments_whitespace_and_case_as_the_cli_accepts()
    {
        File.WriteAllText(CredentialsFile, """
            # a comment
            ; another comment
            [other]
            aws_access_key_id=AKIDOTHER
            aws_secret_access_key=other-secret

              [ default ]   
            AWS_Access_Key_ID   =   AKIDFILE   
            aws_secret_access_key: file/secret+key
            aws_session_token = file-token
            """.Replace("\n", "\r\n", StringComparison.Ordinal));

        var credentials = await Chain().GetCredentialsAsync();

        Assert.Equal(new AwsCredentials("AKIDFILE", "file/secret+key", "file-token"), credentials);
    }

    [Fact]
    public async Task A_named_profile_comes_from_the_option_else_AWS_PROFILE_and_config_uses_profile_sections()
    {
        File.WriteAllText(ConfigFile, """
            [default]
            aws_access_key_id = AKIDDEFAULT
            aws_secret_access_key = default-secret
            [profile dev]
            aws_access_key_id = AKIDDEV
            aws_secret_access_key = dev-secret
            [dev]
            aws_access_key_id = AKIDNOTAPROFILE
            aws_secret_access_key = wrong
            [profile   prod  ]
            aws_access_key_id = AKIDPROD
            aws_secret_access_key = prod-secret
            """);

        Assert.Equal("AKIDDEFAULT", (await Chain().GetCredentialsAsync()).AccessKeyId);
        Assert.Equal("AKIDDEV", (await Chain("dev").GetCredentialsAsync()).AccessKeyId);
        _env["AWS_PROFILE"] = "prod";
        Assert.Equal("AKIDPROD", (await Chain().GetCredentialsAsync()).AccessKeyId);
        Assert.Equal("AKIDDEV", (await Chain("dev").GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task The_credentials_file_wins_over_the_config_file()
    {
        File.WriteAllText(CredentialsFile, "[dev]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = creds-secret\n");
        File.WriteAllText(ConfigFile, "[profile dev]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = config-secret\nregion = eu-west-1\n");
        Assert.Equal("AKIDCREDS", (await Chain("dev").GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task File_locations_come_from_AWS_SHARED_CREDENTIALS_FILE_and_AWS_CONFIG_FILE()
    {
        var elsewhere = Path.Combine(_home, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(CredentialsFile, "[default]\naws_access_key_id = AKIDHOME\naws_secret_access_key = home-secret\n");
        File.WriteAllText(Path.Combine(elsewhere, "creds"), "[default]\naws_access_key_id = AKIDMOVED\naws_secret_access_key = moved-secret\n");
        File.WriteAllText(Path.Combine(elsewhere, "conf"), "[profile x]\naws_access_key_id = AKIDCONF\naws_secret_access_key = conf-secret\n");
        _env["AWS_SHARED_CREDENTIALS_FILE"] = "~/elsewhere/creds";
        _env["AWS_CONFIG_FILE"] = Path.Combine(elsewhere, "conf");

        Assert.Equal("AKIDMOVED", (await Chain().GetCredentialsAsync()).AccessKeyId);
        Assert.Equal("AKIDCONF", (await Chain("x").GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task A_rewritten_credentials_file_is_picked_up_by_the_same_provider()
    {
        File.WriteAllText(CredentialsFile, "[default]\naws_access_key_id = AKIDOLD\naws_secret_access_key = old-secret\n");
        var provider = Chain();
        Assert.Equal("AKIDOLD", (await provider.GetCredentialsAsync()).AccessKeyId);

        File.WriteAllText(CredentialsFile, "[default]\naws_access_key_id = AKIDROTATED\naws_secret_access_key = rotated-secret-longer\n");
        File.SetLastWriteTimeUtc(CredentialsFile, DateTime.UtcNow.AddMinutes(1));

        // The files are looked at once a second at most.
        Assert.Equal("AKIDOLD", (await provider.GetCredentialsAsync()).AccessKeyId);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("AKIDROTATED", (await provider.GetCredentialsAsync()).AccessKeyId);
    }

    [Fact]
    public async Task A_profile_with_a_key_but_no_secret_is_a_clear_error_without_secrets()
    {
        File.WriteAllText(CredentialsFile, "[default]\naws_access_key_id = AKIDHALF\n");
        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => Chain().GetCredentialsAsync().AsTask());
        Assert.Contains("has aws_access_key_id but no aws_secret_access_key", ex.Message, StringComparison.Ordinal);
        Assert.Contains(CredentialsFile, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_nothing_yields_credentials_the_error_lists_every_source_and_why()
    {
        File.WriteAllText(ConfigFile, "[profile other]\nregion = us-west-2\n");

        var ex = await Assert.ThrowsAsync<AwsCredentialsNotFoundException>(() => Chain().GetCredentialsAsync().AsTask());

        Assert.StartsWith("No AWS credentials were found. Sources tried, in order:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1. environment variables: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set.", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"2. shared files (profile 'default'): shared credentials file '{CredentialsFile}' not found", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"shared config file '{ConfigFile}' has no profile 'default'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("profile 'default' has no credential_process", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profiles_that_need_unsupported_sources_say_so()
    {
        File.WriteAllText(ConfigFile, "[profile assumed]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = default\n");
        var ex = await Assert.ThrowsAsync<AwsCredentialsNotFoundException>(() => Chain("assumed").GetCredentialsAsync().AsTask());
        Assert.Contains("uses role_arn, source_profile, which this SDK does not support", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_process_output_is_parsed_and_cached_until_shortly_before_expiry()
    {
        var counter = Path.Combine(_home, "runs");
        var expiration = Start.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var script = WriteScript($$"""
            echo run >> '{{counter}}'
            echo '{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "proc-secret", "SessionToken": "proc-token", "Expiration": "{{expiration}}"}'
            """);
        File.WriteAllText(ConfigFile, $"[profile proc]\ncredential_process = {script} --some-arg\n");
        var provider = Chain("proc");

        var first = await provider.GetCredentialsAsync();
        var second = await provider.GetCredentialsAsync();
        _time.Advance(TimeSpan.FromMinutes(50));
        await provider.GetCredentialsAsync();
        Assert.Single(File.ReadAllLines(counter));

        _time.Advance(TimeSpan.FromMinutes(6)); // within 5 minutes of expiry: refreshed ahead of it
        await provider.GetCredentialsAsync();

        Assert.Equal(new AwsCredentials("ASIAPROC", "proc-secret", "proc-token", Start.AddHours(1)), first);
        Assert.Same(first, second);
        Assert.Equal(2, File.ReadAllLines(counter).Length);
    }

    [Fact]
    public async Task A_failing_credential_process_gives_its_exit_code_and_error_output_but_not_its_output()
    {
        var script = WriteScript("""
            echo '{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "leaked-secret"}'
            echo 'token expired, run login' >&2
            exit 3
            """);
        File.WriteAllText(ConfigFile, $"[default]\ncredential_process = {script}\n");

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => Chain().GetCredentialsAsync().AsTask());

        Assert.Contains("credential_process of profile 'default'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("exit code 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("token expired, run login", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("leaked-secret", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "s3cr3t"}""", "Version 2")]
    [InlineData("""{"Version": 1, "SecretAccessKey": "s3cr3t"}""", "no AccessKeyId")]
    [InlineData("""{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s3cr3t", "Expiration": "soon"}""", "not an ISO 8601 time")]
    [InlineData("""not json s3cr3t""", "did not print valid JSON")]
    public async Task Bad_credential_process_output_is_a_clear_error(string output, string expected)
    {
        var script = WriteScript($"cat <<'EOF'\n{output}\nEOF\n");
        File.WriteAllText(ConfigFile, $"[default]\ncredential_process = {script}\n");

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => Chain().GetCredentialsAsync().AsTask());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_fetch()
    {
        var provider = new GatedProvider(_time);
        var calls = Enumerable.Range(0, 20).Select(_ => provider.GetCredentialsAsync().AsTask()).ToList();
        provider.Release.SetResult();
        var results = await Task.WhenAll(calls);

        Assert.Equal(1, provider.Fetches);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task A_failed_refresh_ahead_of_expiry_keeps_serving_the_still_valid_credentials()
    {
        var provider = new GatedProvider(_time) { ExpiresAfter = TimeSpan.FromMinutes(30) };
        provider.Release.SetResult();
        var first = await provider.GetCredentialsAsync();
        provider.FailNext = true;
        _time.Advance(TimeSpan.FromMinutes(27));

        Assert.Same(first, await provider.GetCredentialsAsync());
        Assert.Equal(2, provider.Fetches);

        _time.Advance(TimeSpan.FromMinutes(4)); // expired now: the failure surfaces
        provider.FailNext = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetCredentialsAsync().AsTask());
    }

    [Fact]
    public void Providers_and_credentials_never_show_secrets()
    {
        var credentials = new AwsCredentials("AKIDX", "the-secret", "the-token");
        foreach (var text in new[] { credentials.ToString(), new StaticCredentialsProvider(credentials).ToString(), new CredentialProcessCredentialsProvider("/bin/tool --secret the-secret", _time).ToString() })
        {
            Assert.DoesNotContain("the-secret", text, StringComparison.Ordinal);
            Assert.DoesNotContain("the-token", text, StringComparison.Ordinal);
        }
    }

    private string WriteScript(string body)
    {
        var path = Path.Combine(_home, $"process-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private sealed class GatedProvider(TimeProvider time) : CachingCredentialsProvider(time)
    {
        private int _fetches;

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TimeSpan? ExpiresAfter { get; init; }

        public bool FailNext { get; set; }

        public int Fetches => _fetches;

        protected override async ValueTask<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _fetches);
            await Release.Task;
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("source down");
            }
            return new AwsCredentials("AKIDGATED", "gated-secret", null, TimeProvider.GetUtcNow() + ExpiresAfter);
        }
    }
}
