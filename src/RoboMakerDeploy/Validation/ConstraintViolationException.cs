namespace RoboMakerDeploy;

/// <summary>
/// A broken constraint found while walking a request, with the wire path from the structure being walked. Each
/// enclosing structure or list puts its own segment in front as the exception passes through it, so a valid request
/// builds no path text at all; the client turns the exception into a plain <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> is the full path (<see cref="ToArgumentException"/>).
/// </summary>
/// <param name="path">The wire path, relative to the structure that threw.</param>
/// <param name="problem">The rule broken, as the rest of a sentence that starts with the path.</param>
internal sealed class ConstraintViolationException(string path, string problem) : ArgumentException($"{path} {problem}", path)
{
    /// <summary>The wire path so far (<c>launchConfig.packageName</c>).</summary>
    public string Path => ParamName!;

    /// <summary>The rule broken.</summary>
    public string Problem => problem;

    /// <summary>The same violation seen from the enclosing structure, list entry or map.</summary>
    /// <param name="segment">The enclosing member's wire name, or a list entry (<c>deploymentApplicationConfigs[0]</c>).</param>
    /// <returns>The violation with the longer path.</returns>
    public ConstraintViolationException Under(string segment) =>
        new(Path.StartsWith('[') ? segment + Path : segment + "." + Path, problem);

    /// <summary>The exception callers see: an <see cref="ArgumentException"/> with the same message and path.</summary>
    /// <returns>The exception to throw.</returns>
    public ArgumentException ToArgumentException() => new($"{Path} {problem}", Path);
}
