using System.Text;
using System.Text.Json;

namespace RoboMakerDeploy.TestUtils;

/// <summary>One case of the official SigV4 test suite, loaded from its folder.</summary>
internal sealed class SigV4TestCase
{
    private string _folder = string.Empty;
    private readonly List<string> _headerLines = [];

    public string Method { get; private set; } = string.Empty;

    public string Path { get; private set; } = string.Empty;

    public string? Query { get; private set; }

    public string RequestLine { get; private set; } = string.Empty;

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public byte[] Body { get; private set; } = [];

    public AwsCredentials Credentials { get; private set; } = null!;

    public string Region { get; private set; } = string.Empty;

    public string Service { get; private set; } = string.Empty;

    public DateTimeOffset Time { get; private set; }

    public bool Normalize { get; private set; }

    public bool SignBody { get; private set; }

    public bool OmitSessionToken { get; private set; }

    public static SigV4TestCase Load(string folder)
    {
        var c = new SigV4TestCase { _folder = folder };
        using (var context = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "context.json"))))
        {
            var root = context.RootElement;
            var creds = root.GetProperty("credentials");
            c.Credentials = new AwsCredentials(
                creds.GetProperty("access_key_id").GetString()!,
                creds.GetProperty("secret_access_key").GetString()!,
                creds.TryGetProperty("token", out var token) ? token.GetString() : null);
            c.Region = root.GetProperty("region").GetString()!;
            c.Service = root.GetProperty("service").GetString()!;
            c.Time = DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            c.Normalize = root.GetProperty("normalize").GetBoolean();
            c.SignBody = root.GetProperty("sign_body").GetBoolean();
            c.OmitSessionToken = root.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean();
        }

        var text = File.ReadAllText(System.IO.Path.Combine(folder, "request.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = blank >= 0 ? text[..blank] : text.TrimEnd('\n');
        c.Body = blank >= 0 ? Encoding.UTF8.GetBytes(text[(blank + 2)..]) : [];
        var lines = head.Split('\n');
        c.RequestLine = lines[0];
        var firstSpace = lines[0].IndexOf(' ', StringComparison.Ordinal);
        var protocol = lines[0].LastIndexOf(" HTTP/", StringComparison.Ordinal);
        c.Method = lines[0][..firstSpace];
        var target = lines[0][(firstSpace + 1)..protocol];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        c.Path = question >= 0 ? target[..question] : target;
        c.Query = question >= 0 ? target[(question + 1)..] : null;
        foreach (var line in lines.Skip(1))
        {
            c._headerLines.Add(line);
            if (line.Length > 0 && char.IsWhiteSpace(line[0]))
            {
                var last = c.Headers[^1];
                c.Headers[^1] = new(last.Key, last.Value + "\n" + line);
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            c.Headers.Add(new(line[..colon], line[(colon + 1)..]));
        }
        return c;
    }

    public SigV4Signature Sign() => SigV4Signer.Sign(
        Method, Path, Query, Headers, Body, Credentials, Region, Service, Time,
        new SigV4SigningOptions { NormalizePath = Normalize, SignPayloadHashHeader = SignBody, OmitSessionTokenFromSignature = OmitSessionToken });

    public string Expected(string file) => File.ReadAllText(System.IO.Path.Combine(_folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal);

    public string SignedRequest(SigV4Signature signature)
    {
        var sb = new StringBuilder();
        sb.Append(RequestLine).Append('\n');
        foreach (var line in _headerLines) sb.Append(line).Append('\n');
        foreach (var header in signature.Headers) sb.Append(header.Key).Append(':').Append(header.Value).Append('\n');
        sb.Append('\n');
        sb.Append(Encoding.UTF8.GetString(Body));
        return sb.ToString();
    }
}
