using Microsoft.Extensions.Options;

namespace RoboMakerDeploy;

/// <summary>Validates registered options at start-up, with messages that name the option.</summary>
internal sealed class RoboMakerDeployOptionsValidator : IValidateOptions<RoboMakerDeployClientOptions>
{
    public ValidateOptionsResult Validate(string? name, RoboMakerDeployClientOptions options)
    {
        var problems = options.Validate().ToList();
        if (problems.Count == 0)
        {
            try
            {
                _ = ClientSettings.Resolve(options);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
            {
                problems.Add(ex.Message);
            }
        }
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"RoboMakerDeploy client '{(string.IsNullOrEmpty(name) ? "(default)" : name)}': {p}"));
    }
}
