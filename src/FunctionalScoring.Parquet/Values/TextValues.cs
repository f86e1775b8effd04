using System.Buffers;
using FunctionalScoring.Parquet.Encodings;
using FunctionalScoring.Parquet.Pages;
using Encoding = FunctionalScoring.Parquet.Encodings.Encoding;

namespace FunctionalScoring.Parquet.Values;

/// <summary>
/// BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY columns into codes from an <see cref="IByteArrayInterner"/>.
/// A dictionary entry is interned on its first use in the chunk, once; other encodings intern each
/// value's bytes where they lie in the page (DELTA_BYTE_ARRAY rebuilds each value in one buffer).
/// </summary>
internal sealed class TextValues(PhysicalType type, int typeLength, IByteArrayInterner interner, Scratch scratch) : IValueDecoder<int>, IDisposable
{
    private const int Unassigned = int.MinValue;

    private byte[] entryBytes = [];
    private int[] entryStarts = [];
    private int[] entryLengths = [];
    private int[] entryCodes = [];
    private int dictionaryCount = -1;

    public void ReadDictionary(int encoding, ReadOnlySpan<byte> plain, int count)
    {
        if (encoding is not (Encoding.Plain or Encoding.PlainDictionary))
        {
            throw new UnsupportedDataException($"a dictionary page in {Encoding.Name(encoding)}");
        }

        if (count > plain.Length / (type == PhysicalType.ByteArray ? 4 : typeLength))
        {
            throw new CorruptDataException($"a dictionary page of {plain.Length} bytes cannot hold {count} values");
        }

        entryBytes = ArrayPool<byte>.Shared.Rent(plain.Length);
        plain.CopyTo(entryBytes);
        entryStarts = ArrayPool<int>.Shared.Rent(count);
        entryLengths = ArrayPool<int>.Shared.Rent(count);
        entryCodes = ArrayPool<int>.Shared.Rent(count);
        dictionaryCount = count;
        var reader = new PlainByteArrays(plain, type, typeLength);
        for (var i = 0; i < count; i++)
        {
            (entryStarts[i], entryLengths[i]) = reader.Next();
        }

        entryCodes.AsSpan(0, count).Fill(Unassigned);
    }

    public int ReadValues(int encoding, ReadOnlySpan<byte> data, Span<int> values, Span<ValueState> states)
    {
        var sink = new TextSink(interner, values, states);
        switch (encoding)
        {
            case Encoding.PlainDictionary or Encoding.RleDictionary:
                FromDictionary(data, ref sink);
                break;
            case Encoding.Plain:
                var reader = new PlainByteArrays(data, type, typeLength);
                for (var i = 0; i < values.Length; i++)
                {
                    var (start, length) = reader.Next();
                    sink.InternInPlace(i, data.Slice(start, length));
                }

                break;
            case Encoding.DeltaLengthByteArray when type == PhysicalType.ByteArray:
                DeltaLengths(data, ref sink);
                break;
            case Encoding.DeltaByteArray:
                DeltaStrings.Decode(data, type == PhysicalType.ByteArray ? -1 : typeLength, scratch, ref sink);
                break;
            case Encoding.ByteStreamSplit when type == PhysicalType.FixedLenByteArray:
                var stride = ByteStreamSplit.Stride(data, typeLength, values.Length);
                var value = scratch.Value(typeLength, keep: false).AsSpan(0, typeLength);
                for (var i = 0; i < values.Length; i++)
                {
                    ByteStreamSplit.Gather(data, stride, i, value);
                    sink.Intern(i, value);
                }

                break;
            default:
                throw Encoding.Unsupported(encoding, type);
        }

        return sink.Rejected;
    }

    public void Dispose()
    {
        if (dictionaryCount >= 0)
        {
            ArrayPool<byte>.Shared.Return(entryBytes);
            ArrayPool<int>.Shared.Return(entryStarts);
            ArrayPool<int>.Shared.Return(entryLengths);
            ArrayPool<int>.Shared.Return(entryCodes);
            dictionaryCount = -1;
        }
    }

    private void FromDictionary(ReadOnlySpan<byte> data, ref TextSink sink)
    {
        if (dictionaryCount < 0)
        {
            throw new CorruptDataException("a dictionary-encoded page comes without a dictionary page");
        }

        var indices = scratch.Indices(sink.Count);
        DictionaryIndices.Decode(data, indices);
        var codes = entryCodes.AsSpan(0, dictionaryCount);
        for (var i = 0; i < indices.Length; i++)
        {
            var index = indices[i];
            if ((uint)index >= (uint)codes.Length)
            {
                throw DictionaryIndices.OutOfRange(index, codes.Length);
            }

            var code = codes[index];
            if (code == Unassigned)
            {
                code = codes[index] = interner.Intern(entryBytes.AsSpan(entryStarts[index], entryLengths[index]));
            }

            sink.Store(i, code);
        }
    }

    /// <summary>DELTA_LENGTH_BYTE_ARRAY: every length (DELTA_BINARY_PACKED), then every value's bytes back to back.</summary>
    private void DeltaLengths(ReadOnlySpan<byte> data, ref TextSink sink)
    {
        var lengths = scratch.Lengths(DeltaStrings.CountOf(data, sink.Count, "lengths"));
        var position = DeltaBinaryPacked.Decode(data, 32, lengths);

        for (var i = 0; i < sink.Count; i++)
        {
            var length = lengths[i];
            if (length < 0 || length > data.Length - position)
            {
                throw new CorruptDataException($"a DELTA_LENGTH_BYTE_ARRAY value of {length} bytes where {data.Length - position} remain");
            }

            sink.InternInPlace(i, data.Slice(position, (int)length));
            position += (int)length;
        }
    }
}
