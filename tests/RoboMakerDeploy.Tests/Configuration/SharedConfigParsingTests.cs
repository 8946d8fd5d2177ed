
namespace RoboMakerDeploy.Tests.Configuration;

public sealed class SharedConfigParsingTests
{
    [Fact]
    public void A_shared_file_past_the_bound_is_refused_not_read_until_memory_runs_out()
    {
        // Before: File.ReadAllText grew until an OutOfMemoryException on something without end. A device such as
        // /dev/zero is now refused before it is opened (SharedFileTypeTests); the bound still holds for a regular file.
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, new string('#', SharedConfigFiles.MaxFileChars + 1));

            var ex = Assert.Throws<AwsConfigurationException>(() => SharedConfigFiles.Read(path, isConfigFile: true));

            Assert.Contains($"The shared AWS file '{path}' is longer than {SharedConfigFiles.MaxFileChars} characters", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_shared_file_up_to_the_bound_is_read_whole()
    {
        var path = Path.GetTempFileName();
        try
        {
            var padding = new string('#', SharedConfigFiles.MaxFileChars - 40) + "\n";
            File.WriteAllText(path, padding + "[profile big]\nregion = us-west-2\n");

            var file = SharedConfigFiles.Read(path, isConfigFile: true);

            Assert.NotNull(file);
            Assert.Equal("us-west-2", file.Profiles["big"]["region"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Inline_comments_need_whitespace_before_them_and_header_comments_are_dropped()
    {
        var profiles = SharedConfigFiles.Parse("""
            [profile a] # the a profile
            region = us-west-2 # Oregon
            endpoint_url = http://host/#fragment
            aws_secret_access_key = abc;def#ghi
            retry_mode = adaptive	; tab before the comment
            """, isConfigFile: true);
        var a = profiles["a"];
        Assert.Equal("us-west-2", a["region"]);
        Assert.Equal("http://host/#fragment", a["endpoint_url"]);
        Assert.Equal("abc;def#ghi", a["aws_secret_access_key"]);
        Assert.Equal("adaptive", a["retry_mode"]);
    }

    [Theory]
    [InlineData("[default]\nregion = us-east-1\n[profile default]\nregion = us-west-2\n")]
    [InlineData("[profile default]\nregion = us-west-2\n[default]\nregion = us-east-1\nmax_attempts = 9\n")]
    public void Profile_default_wins_over_default_in_the_config_file_whatever_the_order(string text)
    {
        var profiles = SharedConfigFiles.Parse(text, isConfigFile: true);
        Assert.Equal("us-west-2", profiles["default"]["region"]);
        Assert.False(profiles["default"].ContainsKey("max_attempts"));
    }

    [Fact]
    public void Default_alone_is_the_default_profile_and_the_credentials_file_takes_names_as_written()
    {
        Assert.Equal("us-east-1", SharedConfigFiles.Parse("[default]\nregion = us-east-1\n", isConfigFile: true)["default"]["region"]);
        var credentials = SharedConfigFiles.Parse("[profile default]\naws_access_key_id = A\n[dev]\naws_access_key_id = B\n", isConfigFile: false);
        Assert.False(credentials.ContainsKey("default"));
        Assert.Equal("B", credentials["dev"]["aws_access_key_id"]);
    }

    [Fact]
    public void Services_sections_keep_their_sub_settings_and_profiles_skip_theirs()
    {
        var services = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var profiles = SharedConfigFiles.Parse("""
            [profile dev]
            services = local
            s3 =
              max_concurrent_requests = 5
            region = eu-west-1

            [services local]
            robomaker =
              endpoint_url = http://127.0.0.1:4566 # the emulator
            """, isConfigFile: true, services);
        Assert.Equal("local", profiles["dev"]["services"]);
        Assert.Equal("eu-west-1", profiles["dev"]["region"]);
        Assert.False(profiles["dev"].ContainsKey("max_concurrent_requests"));
        Assert.Equal("http://127.0.0.1:4566", services["local"]["robomaker.endpoint_url"]);
        Assert.False(profiles.ContainsKey("services local"));
    }

    [Fact]
    public void AWS_DEFAULT_PROFILE_is_not_read()
    {
        var env = new AwsEnvironment(name => name == "AWS_DEFAULT_PROFILE" ? "other" : null, "/nonexistent");
        Assert.Equal("default", SharedConfigFiles.ProfileName(null, env));
    }
}
