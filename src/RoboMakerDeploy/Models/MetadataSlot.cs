namespace RoboMakerDeploy.Models;

/// <summary>
/// Holds a response's <see cref="ResponseMetadata"/> so that it takes no part in the record's value equality
/// (records compare every field: this one always compares equal).
/// </summary>
internal readonly struct MetadataSlot(ResponseMetadata? value) : IEquatable<MetadataSlot>
{
    public ResponseMetadata? Value { get; } = value;

    public bool Equals(MetadataSlot other) => true;

    public override bool Equals(object? obj) => obj is MetadataSlot;

    public override int GetHashCode() => 0;
}
