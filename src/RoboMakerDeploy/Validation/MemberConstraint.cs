namespace RoboMakerDeploy;

/// <summary>One member of a structure shape in the service model.</summary>
/// <param name="Name">The member name: the JSON property name on the wire for body members.</param>
/// <param name="Shape">The member's shape, which holds its length, range, pattern and enum.</param>
/// <param name="Required">Whether the structure lists the member under <c>required</c>.</param>
/// <param name="IdempotencyToken">Whether the member is an <c>idempotencyToken</c> (the SDK fills it in when it is null).</param>
/// <param name="Location">Where the member travels when not in the JSON body (<c>uri</c>, <c>querystring</c>, <c>header</c>), or null.</param>
/// <param name="LocationName">The member's name in that location, or null.</param>
internal sealed record MemberConstraint(
    string Name,
    ShapeConstraint Shape,
    bool Required = false,
    bool IdempotencyToken = false,
    string? Location = null,
    string? LocationName = null)
{
    /// <summary>The name the member has on the wire: <see cref="LocationName"/> when set, otherwise <see cref="Name"/>.</summary>
    public string WireName => LocationName ?? Name;

    /// <summary>Keeps the record's generated ToString from walking the whole shape graph.</summary>
    public override string ToString() => $"{Name}: {Shape.Name}{(Required ? " (required)" : string.Empty)}";
}
