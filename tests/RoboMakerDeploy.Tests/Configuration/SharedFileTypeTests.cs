using System.Diagnostics;

namespace RoboMakerDeploy.Tests.Configuration;

/// <summary>
/// A shared credentials or config file path (<c>AWS_SHARED_CREDENTIALS_FILE</c>, <c>AWS_CONFIG_FILE</c>) that names
/// something other than a regular file is refused before it is opened, naming the file and the setting. Before: a
/// named pipe blocked the first call for ever, a directory was silently taken as no file, /dev/zero was read to the
/// size bound.
/// </summary>
public sealed class SharedFileTypeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rmd-filetype-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [UnixOnlyFact]
    public async Task A_named_pipe_as_the_config_file_is_refused_before_it_is_opened_not_waited_on()
    {
        var fifo = MakeFifo("config-pipe");
        using var bed = new ConfigurationTestBed();
        bed.Variables["AWS_CONFIG_FILE"] = fifo;

        // On a thread of its own: if the pipe were opened, the read would block until a writer comes.
        var resolve = Task.Run(() => Assert.Throws<AwsConfigurationException>(() => bed.Resolve()));
        AwsConfigurationException ex;
        try
        {
            ex = await resolve.WaitAsync(TimeSpan.FromSeconds(30)); // a guard for the old behaviour, not a wait
        }
        catch (TimeoutException)
        {
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Write)) { } // lets the blocked reader go
            throw new Xunit.Sdk.XunitException("Reading the configuration blocked on the named pipe.");
        }

        Assert.Contains($"The shared AWS config file '{fifo}' (setting AWS_CONFIG_FILE; ~/.aws/config when it is not set) is a named pipe (FIFO), not a regular file; it is not opened.", ex.Message, StringComparison.Ordinal);
    }

    [UnixOnlyFact]
    public async Task A_named_pipe_as_the_credentials_file_is_refused_by_the_credential_chain()
    {
        var fifo = MakeFifo("credentials-pipe");
        var env = new Dictionary<string, string> { ["AWS_SHARED_CREDENTIALS_FILE"] = fifo };
        var environment = new AwsEnvironment(name => env.TryGetValue(name, out var v) ? v : null, _folder);

        var call = Task.Run(() => DefaultCredentialsProvider.Create(null, TimeProvider.System, environment).GetCredentialsAsync().AsTask());
        AwsConfigurationException ex;
        try
        {
            ex = await Assert.ThrowsAsync<AwsConfigurationException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        catch (TimeoutException)
        {
            await using (new FileStream(fifo, FileMode.Open, FileAccess.Write)) { }
            throw new Xunit.Sdk.XunitException("The credential chain blocked on the named pipe.");
        }

        Assert.Contains($"The shared AWS credentials file '{fifo}' (setting AWS_SHARED_CREDENTIALS_FILE;", ex.Message, StringComparison.Ordinal);
        Assert.Contains("is a named pipe (FIFO), not a regular file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_as_the_config_file_is_refused_not_taken_as_no_file()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "config.d")).FullName;

        var ex = Assert.Throws<AwsConfigurationException>(() => SharedConfigFiles.Read(folder, isConfigFile: true));

        Assert.Contains($"The shared AWS config file '{folder}' (setting AWS_CONFIG_FILE;", ex.Message, StringComparison.Ordinal);
        Assert.Contains("is a directory, not a regular file; it is not opened. Point AWS_CONFIG_FILE at a regular file", ex.Message, StringComparison.Ordinal);
    }

    [UnixOnlyFact]
    public void A_device_as_the_credentials_file_is_refused_before_it_is_read()
    {
        var ex = Assert.Throws<AwsConfigurationException>(() => SharedConfigFiles.Read("/dev/zero", isConfigFile: false));

        Assert.Contains("The shared AWS credentials file '/dev/zero' (setting AWS_SHARED_CREDENTIALS_FILE;", ex.Message, StringComparison.Ordinal);
        Assert.Contains("is a character device, not a regular file", ex.Message, StringComparison.Ordinal);
    }

    [UnixOnlyFact]
    public void A_symbolic_link_to_a_regular_file_is_read_and_one_to_a_named_pipe_is_refused()
    {
        var target = Path.Combine(_folder, "real-config");
        File.WriteAllText(target, "[profile linked]\nregion = eu-west-1\n");
        var link = Path.Combine(_folder, "config-link");
        File.CreateSymbolicLink(link, target);
        var pipeLink = Path.Combine(_folder, "pipe-link");
        File.CreateSymbolicLink(pipeLink, MakeFifo("linked-pipe"));

        Assert.Equal("eu-west-1", SharedConfigFiles.Read(link, isConfigFile: true)!.Profiles["linked"]["region"]);
        var ex = Assert.Throws<AwsConfigurationException>(() => SharedConfigFiles.Read(pipeLink, isConfigFile: true));
        Assert.Contains("is a named pipe (FIFO)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_a_link_to_nothing_is_no_file()
    {
        var missing = Path.Combine(_folder, "absent");
        Assert.Null(SharedConfigFiles.Read(missing, isConfigFile: true));
        if (OperatingSystem.IsWindows()) return; // creating a symbolic link needs a privilege there

        var dangling = Path.Combine(_folder, "dangling");
        File.CreateSymbolicLink(dangling, missing);
        Assert.Null(SharedConfigFiles.Read(dangling, isConfigFile: false));
    }

    [UnixOnlyFact]
    public void FileKinds_tells_each_type_apart_without_opening_it()
    {
        var file = Path.Combine(_folder, "plain");
        File.WriteAllText(file, "x");

        Assert.Equal(FileKind.Regular, FileKinds.Of(file));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_folder));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(MakeFifo("kind-pipe")));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(_folder, "none")));
    }

    [Theory]
    [InlineData(0x81A4, "Regular")]       // -rw-r--r--
    [InlineData(0x41ED, "Directory")]     // drwxr-xr-x
    [InlineData(0x11A4, "Fifo")]
    [InlineData(0x21B6, "CharacterDevice")]
    [InlineData(0x61B0, "BlockDevice")]
    [InlineData(0xC1ED, "Socket")]
    [InlineData(0xA1FF, "Unknown")]       // a link itself (never seen: links are followed)
    public void A_mode_maps_to_its_kind(int mode, string kind) => Assert.Equal(kind, FileKinds.FromMode(mode).ToString());

    /// <summary>Makes a named pipe with the system's mkfifo (coreutils on every Linux and macOS).</summary>
    private string MakeFifo(string name)
    {
        var path = Path.Combine(_folder, name);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo did not start.");
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path} failed with exit code {mkfifo.ExitCode}.");
        return path;
    }
}
