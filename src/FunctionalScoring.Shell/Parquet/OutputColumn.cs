namespace FunctionalScoring.Shell.Parquet;

/// <summary>The Parquet type an output column is written as; every output column is OPTIONAL (nullable).</summary>
public enum OutputType
{
    /// <summary>BYTE_ARRAY (String), from a <c>StringDataFrameColumn</c>.</summary>
    String,

    /// <summary>INT64, from a <c>PrimitiveDataFrameColumn&lt;long&gt;</c> (or <c>&lt;int&gt;</c>).</summary>
    Int64,

    /// <summary>
    /// INT32 (DATE), from a <c>PrimitiveDataFrameColumn&lt;DateOnly&gt;</c> or a <c>PrimitiveDataFrameColumn&lt;int&gt;</c>
    /// of <see cref="DateOnly.DayNumber"/>, as the reader produces.
    /// </summary>
    Date,

    /// <summary>BOOLEAN, from a <c>PrimitiveDataFrameColumn&lt;bool&gt;</c>.</summary>
    Boolean,

    /// <summary>DOUBLE, from a <c>PrimitiveDataFrameColumn&lt;double&gt;</c>: a ratio for people to read, never a score (scores are exact decimals).</summary>
    Double,

    /// <summary>INT32 (DECIMAL(9,2)), from a <c>PrimitiveDataFrameColumn&lt;decimal&gt;</c>; other values are refused, never rounded.</summary>
    Decimal92,
}

/// <summary>One column of an output file: the frame column of that name, written as <see cref="Type"/>.</summary>
public sealed record OutputColumn(string Name, OutputType Type);
