using System.Collections.Frozen;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>
/// The dashboard's static files (Dashboard/ in the source, embedded as <c>RoboMakerDeploy.Emulator.Dashboard.&lt;file&gt;</c>):
/// plain HTML, CSS and JavaScript with no CDN and no build step, plus the failure-code table the page reads.
/// </summary>
internal static class DashboardFiles
{
    private const string Root = "/_emulator/";

    /// <summary>The files by request path; <c>/_emulator/</c> is the page.</summary>
    private static readonly FrozenDictionary<string, DashboardFile> Files = Load();

    /// <summary>The file served at that path, or null.</summary>
    public static DashboardFile? Find(string path) => Files.GetValueOrDefault(path);

    private static FrozenDictionary<string, DashboardFile> Load()
    {
        var files = new Dictionary<string, DashboardFile>(StringComparer.Ordinal);
        foreach (var (name, contentType) in new[]
        {
            ("index.html", "text/html; charset=utf-8"),
            ("dashboard.css", "text/css; charset=utf-8"),
            ("dashboard.js", "text/javascript; charset=utf-8"),
            ("failure-codes.json", "application/json; charset=utf-8"),
        })
        {
            using var stream = typeof(DashboardFiles).Assembly.GetManifestResourceStream("RoboMakerDeploy.Emulator.Dashboard." + name)
                ?? throw new InvalidOperationException($"The dashboard file {name} is not embedded in the emulator's assembly.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[Root + name] = new DashboardFile(contentType, buffer.ToArray());
        }
        files[Root] = files[Root + "index.html"];
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>A static file of the dashboard: its content type and bytes.</summary>
internal sealed record DashboardFile(string ContentType, byte[] Content);
