namespace FunctionalScoring.Parquet;

/// <summary>Parquet's physical types, numbered as in <c>parquet.thrift</c>.</summary>
public enum PhysicalType
{
    /// <summary>One bit per value.</summary>
    Boolean = 0,

    /// <summary>32-bit signed integer (also DATE, INT(8/16/32), unsigned ones as their bit pattern).</summary>
    Int32 = 1,

    /// <summary>64-bit signed integer (also TIMESTAMP, INT(64)).</summary>
    Int64 = 2,

    /// <summary>Legacy 96-bit timestamp: nanoseconds of the day, then the Julian day.</summary>
    Int96 = 3,

    /// <summary>IEEE 32-bit float.</summary>
    Float = 4,

    /// <summary>IEEE 64-bit float.</summary>
    Double = 5,

    /// <summary>Bytes of any length (strings).</summary>
    ByteArray = 6,

    /// <summary>Bytes of the column's fixed length.</summary>
    FixedLenByteArray = 7,
}
