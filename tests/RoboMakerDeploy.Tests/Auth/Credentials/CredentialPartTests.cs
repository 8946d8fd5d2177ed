
namespace RoboMakerDeploy.Tests.Auth;

/// <summary>
/// Issue 13 §4: credential parts read with a trailing CR or LF (a CRLF file, an environment variable set
/// from one) are trimmed by every provider; a control character left inside is refused with an error that
/// names the source and the part, never the value.
/// </summary>
public sealed class CredentialPartTests : IDisposable
{
    private readonly CredentialsSandbox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public async Task Environment_values_with_a_trailing_CR_or_LF_are_trimmed()
    {
        _box.Env["AWS_ACCESS_KEY_ID"] = "AKIDENV\r";
        _box.Env["AWS_SECRET_ACCESS_KEY"] = " env-secret\r\n";
        _box.Env["AWS_SESSION_TOKEN"] = "env-token\r";

        var credentials = await new EnvironmentCredentialsProvider(_box.Environment).GetCredentialsAsync();

        Assert.Equal("AKIDENV", credentials.AccessKeyId);
        Assert.Equal("env-secret", credentials.SecretAccessKey);
        Assert.Equal("env-token", credentials.SessionToken);
    }

    [Fact]
    public async Task An_environment_value_with_a_line_break_inside_names_the_variable_not_the_value()
    {
        _box.Env["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _box.Env["AWS_SECRET_ACCESS_KEY"] = "env-secret";
        _box.Env["AWS_SESSION_TOKEN"] = "token-first-half\r\ntoken-second-half";

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => _box.Chain().GetCredentialsAsync().AsTask());

        Assert.Contains("environment variables: AWS_SESSION_TOKEN contains a control character (U+000D)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token-", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_file_key_with_a_control_character_inside_names_file_profile_and_key()
    {
        File.WriteAllText(_box.CredentialsFile, "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\naws_session_token = file\u0001token\n");

        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => _box.Chain().GetCredentialsAsync().AsTask());

        Assert.Contains($"shared credentials file '{_box.CredentialsFile}': profile 'default': aws_session_token contains a control character (U+0001)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("file\u0001token", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_process_parts_are_trimmed_and_a_line_break_inside_is_refused()
    {
        File.WriteAllText(_box.ConfigFile, $"[default]\ncredential_process = {_box.PrintingScript("""{"Version": 1, "AccessKeyId": "ASIAPROC\r\n", "SecretAccessKey": "proc-secret\n", "SessionToken": "proc-token\r"}""")}\n");
        var trimmed = await _box.Chain().GetCredentialsAsync();
        Assert.Equal(new AwsCredentials("ASIAPROC", "proc-secret", "proc-token"), trimmed);
        Assert.Equal("proc-token", trimmed.SessionToken);

        File.WriteAllText(_box.ConfigFile, $"[default]\ncredential_process = {_box.PrintingScript("""{"Version": 1, "AccessKeyId": "ASIAPROC", "SecretAccessKey": "proc-secret", "SessionToken": "proc\r\ntoken"}""")}\n");
        _box.Time.Advance(TimeSpan.FromSeconds(2)); // the files are looked at again at most once a second
        var ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => _box.Chain().GetCredentialsAsync().AsTask());
        Assert.Contains("credential_process of profile 'default': credential_process '", ex.Message, StringComparison.Ordinal);
        Assert.Contains("output: SessionToken contains a control character (U+000D)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("proc\r\ntoken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_credentials_are_trimmed_and_a_control_character_inside_names_the_parameter()
    {
        var credentials = await new StaticCredentialsProvider(" AKIDSTATIC ", "static-secret\r\n", "static-token\n").GetCredentialsAsync();
        Assert.Equal(new AwsCredentials("AKIDSTATIC", "static-secret", "static-token"), credentials);

        var ex = Assert.Throws<ArgumentException>(() => new StaticCredentialsProvider("AKIDSTATIC", "static\nsecret"));
        Assert.Equal("secretAccessKey", ex.ParamName);
        Assert.Contains("control character (U+000A)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("static\nsecret", ex.Message, StringComparison.Ordinal);

        Assert.Equal("sessionToken", Assert.Throws<ArgumentException>(() => new AwsCredentials("AKID", "secret", "to\0ken")).ParamName);
        Assert.Null(new AwsCredentials("AKID", "secret", "\r\n").SessionToken);
    }
}
