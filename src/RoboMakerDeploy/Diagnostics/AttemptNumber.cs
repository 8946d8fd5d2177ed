namespace RoboMakerDeploy.Diagnostics;

/// <summary>
/// The attempt number a request message carries in its options: the retry pipeline re-sends the same
/// message, so the number travels with it. Boxed values are shared, so writing it allocates nothing.
/// </summary>
internal static class AttemptNumber
{
    public static readonly HttpRequestOptionsKey<int> Key = new("RoboMakerDeploy.Attempt");

    private static readonly object[] Boxed = Enumerable.Range(0, 16).Select(static n => (object)n).ToArray();

    /// <summary>The number of the last attempt made with <paramref name="request"/>, or 0 when none is recorded.</summary>
    public static int Last(HttpRequestMessage request) => request.Options.TryGetValue(Key, out var last) ? last : 0;

    /// <summary>Records <paramref name="attempt"/> as the last attempt made (the entry <see cref="HttpRequestOptions.Set{TValue}"/> writes).</summary>
    public static void Record(HttpRequestMessage request, int attempt) =>
        ((IDictionary<string, object?>)request.Options)[Key.Key] = (uint)attempt < (uint)Boxed.Length ? Boxed[attempt] : attempt;
}
