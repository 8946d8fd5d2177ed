namespace RoboMakerDeploy;

/// <summary>One setting a client resolved, its value and where it came from; what <c>robomaker-deploy config</c> prints.</summary>
/// <param name="Name">The setting's name in the shared config file (<c>region</c>, <c>endpoint_url</c>, <c>max_attempts</c>...).</param>
/// <param name="Value">The value as text; secrets are masked (an access key id shows its last four characters, a secret key only whether it is set).</param>
/// <param name="Source">Where it came from: <c>option X</c> (code or configuration section), <c>environment NAME</c>, <c>profile 'p' key in path</c>, <c>[services s] ...</c>, or <c>default</c>.</param>
public sealed record ResolvedSetting(string Name, string Value, string Source);
