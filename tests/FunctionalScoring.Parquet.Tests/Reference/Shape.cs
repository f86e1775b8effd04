using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>What the decoder reads a column as.</summary>
public enum Target
{
    Integers,
    Dates,
    Text,
}

/// <summary>How a test asks ParquetSharp to encode a column.</summary>
public enum WriteEncoding
{
    Plain,
    Dictionary,
    DeltaBinaryPacked,
    DeltaLengthByteArray,
    DeltaByteArray,
    ByteStreamSplit,
}

/// <summary>
/// A column the tests write with ParquetSharp: its physical and logical type, what the footer factory
/// must make of it (<see cref="Meaning"/>), and the target it is decoded into.
/// </summary>
public sealed record Shape(string Name, PhysicalType Physical, int TypeLength, Func<PS.LogicalType> Logical, ValueMeaning Meaning, Target Target)
{
    public static readonly Shape Int32 = new("int32", PhysicalType.Int32, 0, PS.LogicalType.None, new ValueMeaning.Integer(32, true), Target.Integers);
    public static readonly Shape Int8 = new("int8", PhysicalType.Int32, 0, () => PS.LogicalType.Int(8, true), new ValueMeaning.Integer(8, true), Target.Integers);
    public static readonly Shape UInt16 = new("uint16", PhysicalType.Int32, 0, () => PS.LogicalType.Int(16, false), new ValueMeaning.Integer(16, false), Target.Integers);
    public static readonly Shape UInt32 = new("uint32", PhysicalType.Int32, 0, () => PS.LogicalType.Int(32, false), new ValueMeaning.Integer(32, false), Target.Integers);
    public static readonly Shape Int64 = new("int64", PhysicalType.Int64, 0, PS.LogicalType.None, new ValueMeaning.Integer(64, true), Target.Integers);
    public static readonly Shape UInt64 = new("uint64", PhysicalType.Int64, 0, () => PS.LogicalType.Int(64, false), new ValueMeaning.Integer(64, false), Target.Integers);
    public static readonly Shape Date = new("date", PhysicalType.Int32, 0, PS.LogicalType.Date, new ValueMeaning.Date(), Target.Dates);
    public static readonly Shape Millis = new("timestamp-millis-utc", PhysicalType.Int64, 0, () => PS.LogicalType.Timestamp(true, PS.TimeUnit.Millis), new ValueMeaning.Timestamp(TimeUnit.Millis), Target.Dates);
    public static readonly Shape Micros = new("timestamp-micros-local", PhysicalType.Int64, 0, () => PS.LogicalType.Timestamp(false, PS.TimeUnit.Micros), new ValueMeaning.Timestamp(TimeUnit.Micros), Target.Dates);
    public static readonly Shape Nanos = new("timestamp-nanos-utc", PhysicalType.Int64, 0, () => PS.LogicalType.Timestamp(true, PS.TimeUnit.Nanos), new ValueMeaning.Timestamp(TimeUnit.Nanos), Target.Dates);
    public static readonly Shape Int96 = new("int96", PhysicalType.Int96, 0, PS.LogicalType.None, new ValueMeaning.Timestamp(TimeUnit.Nanos), Target.Dates);
    public static readonly Shape Text = new("string", PhysicalType.ByteArray, 0, PS.LogicalType.String, new ValueMeaning.Text(), Target.Text);
    public static readonly Shape Fixed = new("fixed3", PhysicalType.FixedLenByteArray, 3, PS.LogicalType.None, new ValueMeaning.Text(), Target.Text);

    public static readonly Shape[] All = [Int32, Int8, UInt16, UInt32, Int64, UInt64, Date, Millis, Micros, Nanos, Int96, Text, Fixed];

    /// <summary>The encodings the Parquet format defines for the physical type (dictionary included).</summary>
    public WriteEncoding[] Encodings => Physical switch
    {
        PhysicalType.Int32 or PhysicalType.Int64 =>
            [WriteEncoding.Plain, WriteEncoding.Dictionary, WriteEncoding.DeltaBinaryPacked, WriteEncoding.ByteStreamSplit],
        PhysicalType.Int96 => [WriteEncoding.Plain, WriteEncoding.Dictionary],
        PhysicalType.ByteArray =>
            [WriteEncoding.Plain, WriteEncoding.Dictionary, WriteEncoding.DeltaLengthByteArray, WriteEncoding.DeltaByteArray],
        _ => [WriteEncoding.Plain, WriteEncoding.Dictionary, WriteEncoding.DeltaByteArray, WriteEncoding.ByteStreamSplit],
    };

    public override string ToString() => Name;
}

/// <summary>The writer settings of one reference file.</summary>
public sealed record Settings(
    WriteEncoding Encoding,
    PS.ParquetDataPageVersion PageVersion,
    PS.Compression Codec,
    bool Optional,
    bool Checksums = false,
    int RowGroupRows = 1000,
    bool FormatOne = false,
    long DictionaryLimit = 1 << 20)
{
    public override string ToString() =>
        $"{Encoding} {PageVersion} {Codec} {(Optional ? "optional" : "required")}{(Checksums ? " crc" : "")}{(FormatOne ? " format-1.0" : "")} groups of {RowGroupRows}{(DictionaryLimit < 1 << 20 ? $" dictionary limit {DictionaryLimit}" : "")}";
}
