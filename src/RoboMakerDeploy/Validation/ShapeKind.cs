namespace RoboMakerDeploy;

/// <summary>The type of a service-model shape (<c>"type"</c> in service-2.json).</summary>
internal enum ShapeKind
{
    /// <summary><c>string</c>: Min/Max bound the length in UTF-16 code units (Java's <c>String.length()</c>).</summary>
    String,

    /// <summary><c>integer</c>: Min/Max bound the value.</summary>
    Integer,

    /// <summary><c>long</c>: Min/Max bound the value.</summary>
    Long,

    /// <summary><c>float</c>: Min/Max bound the value.</summary>
    Float,

    /// <summary><c>double</c>: Min/Max bound the value.</summary>
    Double,

    /// <summary><c>boolean</c>.</summary>
    Boolean,

    /// <summary><c>timestamp</c>.</summary>
    Timestamp,

    /// <summary><c>blob</c>: Min/Max bound the length in bytes.</summary>
    Blob,

    /// <summary><c>list</c>: Min/Max bound the number of entries.</summary>
    List,

    /// <summary><c>map</c>: Min/Max bound the number of entries.</summary>
    Map,

    /// <summary><c>structure</c>.</summary>
    Structure,
}
