using System.Collections.Frozen;

namespace RoboMakerDeploy.Models;

/// <summary>
/// Maps the service's enum strings to and from the SDK's enums. Member names equal the wire strings,
/// so one generic table per enum serves all of them; <c>Unknown</c> (value 0) is never a wire string.
/// </summary>
internal static class WireEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByWireString = Enum.GetValues<TEnum>()
        .Where(static value => !IsUnknown(value))
        .ToFrozenDictionary(static value => Enum.GetName(value)!, StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> ByValue = ByWireString
        .ToFrozenDictionary(static pair => pair.Value, static pair => pair.Key);

    /// <summary>Every known wire string, in declaration order.</summary>
    public static IReadOnlyList<string> WireStrings { get; } = [.. Enum.GetValues<TEnum>().Where(static v => !IsUnknown(v)).Select(static v => Enum.GetName(v)!)];

    /// <summary>Parses a wire string: null stays null, a value this SDK does not know becomes <c>Unknown</c>.</summary>
    public static TEnum? Parse(string? wire) =>
        wire is null ? null : ByWireString.TryGetValue(wire, out var value) ? value : default(TEnum);

    /// <summary>The wire string of a known member; null for null.</summary>
    public static string? ToWire(TEnum? value, string memberName)
    {
        if (value is not { } known) return null;
        if (ByValue.TryGetValue(known, out var wire)) return wire;
        throw new ArgumentException(
            $"{typeof(TEnum).Name}.{known} has no wire string; to send a value this SDK does not know, set the Raw{memberName} property instead.",
            memberName);
    }

    /// <summary>
    /// The wire string of a request member's value, for members that request validation checks against their enum:
    /// null for null, the wire string of a known member, and for <c>Unknown</c> or a value outside the enum
    /// (<c>(Architecture)77</c>) a text no wire enum holds (<c>Architecture.77</c>), so that validation refuses it
    /// before anything is sent with the member's wire path (<c>robotSoftwareSuite.name</c>) and the allowed values,
    /// instead of the setter throwing with the C# property name while the object is built.
    /// </summary>
    public static string? ToWireOrRefusedValue(TEnum? value)
    {
        if (value is not { } known) return null;
        return ByValue.TryGetValue(known, out var wire) ? wire : string.Concat(typeof(TEnum).Name, ".", known.ToString());
    }

    /// <summary>The wire string of a known member.</summary>
    public static bool TryToWire(TEnum value, out string? wire) => ByValue.TryGetValue(value, out wire);

    private static bool IsUnknown(TEnum value) => EqualityComparer<TEnum>.Default.Equals(value, default);
}
