using RoboMakerDeploy.Models;
using static RoboMakerDeploy.ConstraintViolation;

namespace RoboMakerDeploy;

/// <summary>
/// Checks the members of one structure value against its shape in <see cref="ServiceModelConstraints"/>. A walker
/// calls one method per member, by wire name; each looks the member up in the table (required, length, range,
/// pattern, enum), so no constraint is written by hand. Nested structures and lists of structures are walked with
/// a <see cref="StructureCheck"/> for the nested shape. Paths are relative to the structure: a violation gets the
/// enclosing members' names put in front as it passes out through them (<see cref="ConstraintViolationException.Under"/>),
/// so a valid request builds no path text.
/// </summary>
/// <param name="shape">The structure shape.</param>
internal readonly struct StructureCheck(ShapeConstraint shape)
{
    /// <summary>The structure's shape.</summary>
    public ShapeConstraint Shape => shape;

    /// <summary>A string member.</summary>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="value">The value; null or (when required) empty is absent.</param>
    /// <param name="echo">Whether messages may quote the value.</param>
    public void String(string wireName, string? value, bool echo = true)
    {
        var member = shape[wireName];
        if (IsMissing(member, value is null or "" && member.Required, value is null)) return;
        if (StringProblem(value!, member.Shape, echo) is { } problem) throw Fail(wireName, problem);
    }

    /// <summary>A number member (integer or long).</summary>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="value">The value, or null when absent.</param>
    public void Number(string wireName, long? value)
    {
        var member = shape[wireName];
        if (IsMissing(member, value is null, value is null)) return;
        if (NumberProblem(value!.Value, member.Shape) is { } problem) throw Fail(wireName, problem);
    }

    /// <summary>A member whose only rule is being present (boolean, timestamp).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="value">The value, or null when absent.</param>
    public void Present<T>(string wireName, T? value)
        where T : struct => IsMissing(shape[wireName], value is null, value is null);

    /// <summary>A structure member, walked by <paramref name="walk"/> when present.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="value">The value, or null when absent.</param>
    /// <param name="walk">Checks the members of the value (a static lambda, so nothing is captured).</param>
    public void Structure<T>(string wireName, T? value, Action<StructureCheck, T> walk)
        where T : class
    {
        var member = shape[wireName];
        if (IsMissing(member, value is null, value is null)) return;
        try
        {
            walk(new StructureCheck(member.Shape), value!);
        }
        catch (ConstraintViolationException ex)
        {
            throw ex.Under(wireName);
        }
    }

    /// <summary>A list of structures: its length, no null entry, then each entry walked by <paramref name="walk"/>.</summary>
    /// <typeparam name="T">The entry model type.</typeparam>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="list">The list, or null when absent.</param>
    /// <param name="walk">Checks one entry's members.</param>
    public void List<T>(string wireName, IReadOnlyList<T>? list, Action<StructureCheck, T> walk)
        where T : class
    {
        var member = shape[wireName];
        if (IsMissing(member, list is null, list is null)) return;
        RefuseNullEntries(list!, wireName);
        CheckCount(list!.Count, member.Shape, wireName);
        var entryShape = member.Shape.Member!;
        for (var i = 0; i < list.Count; i++)
        {
            try
            {
                walk(new StructureCheck(entryShape), list[i]);
            }
            catch (ConstraintViolationException ex)
            {
                throw ex.Under($"{wireName}[{i}]");
            }
        }
    }

    /// <summary>A list of strings: its length, no null entry, then each entry against the list's member shape.</summary>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="list">The list, or null when absent.</param>
    /// <param name="documentedMax">The most entries allowed when a documented rule replaces the model's <c>max</c>; null for the model's.</param>
    public void StringList(string wireName, IReadOnlyList<string>? list, long? documentedMax = null)
    {
        var member = shape[wireName];
        if (IsMissing(member, list is null, list is null)) return;
        RefuseNullEntries(list!, wireName);
        CheckCount(list!.Count, member.Shape, wireName, documentedMax);
        var entryShape = member.Shape.Member!;
        for (var i = 0; i < list.Count; i++)
        {
            if (StringProblem(list[i], entryShape) is { } problem) throw Fail($"{wireName}[{i}]", problem);
        }
    }

    /// <summary>
    /// A map of strings: its size, then each key against the map's key shape (the error names the map and quotes
    /// the key) and each value against its value shape (the error names <c>map['key']</c>, without quoting the value).
    /// </summary>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="map">The map, or null when absent.</param>
    public void StringMap(string wireName, IReadOnlyDictionary<string, string>? map)
    {
        var member = shape[wireName];
        if (IsMissing(member, map is null, map is null)) return;
        var mapPath = wireName;
        CheckCount(map!.Count, member.Shape, mapPath);
        // The SDK's own maps are enumerated through their dictionary's struct enumerator (no boxed enumerator).
        if (map is EquatableDictionary own)
        {
            foreach (var entry in own.Items) CheckEntry(entry, member.Shape, mapPath);
        }
        else
        {
            foreach (var entry in map) CheckEntry(entry, member.Shape, mapPath);
        }
    }

    private static void CheckEntry(KeyValuePair<string, string> entry, ShapeConstraint map, string mapPath)
    {
        var (key, value) = entry;
        if (StringProblem(key, map.Key!) is { } problem)
        {
            throw Fail(mapPath, $"has the key {Quote(key)}, which breaks the key rule: it {problem}");
        }
        if (value is null)
        {
            // JSON null is not a string; the service's string maps do not accept it.
            throw Fail($"{mapPath}[{Quote(key)}]", "must not be null.");
        }
        if (StringProblem(value, map.Value!, echo: false) is { } valueProblem) throw Fail($"{mapPath}[{Quote(key)}]", valueProblem);
    }

    private static void RefuseNullEntries<T>(IReadOnlyList<T> list, string listPath)
    {
        // The SDK's lists leave a null entry out when built, which would send fewer entries than the caller gave.
        var index = list is EquatableList<T> own ? own.DroppedNullAt : -1;
        for (var i = 0; index < 0 && i < list.Count; i++)
        {
            if (list[i] is null) index = i;
        }
        if (index >= 0) throw Fail($"{listPath}[{index}]", "must not be null.");
    }

    private bool IsMissing(MemberConstraint member, bool missingWhenRequired, bool absent)
    {
        // An idempotency token left null is filled in by the client before sending.
        if (missingWhenRequired && member.Required && !(absent && member.IdempotencyToken))
        {
            throw Fail(member.Name, "is required.");
        }
        return absent;
    }
}
