namespace RoboMakerDeploy;

/// <summary>A resolved value and where it came from (<c>option ServiceUrl</c>, <c>environment AWS_MAX_ATTEMPTS</c>, <c>profile 'dev' max_attempts in /home/me/.aws/config</c>, <c>default</c>).</summary>
/// <typeparam name="T">The value's type.</typeparam>
internal readonly record struct Sourced<T>(T Value, string Source);
