using System.Buffers;
using FunctionalScoring.Parquet.Encodings;
using FunctionalScoring.Parquet.Pages;
using Encoding = FunctionalScoring.Parquet.Encodings.Encoding;

namespace FunctionalScoring.Parquet.Values;

/// <summary>
/// INT32, INT64 and INT96 columns into longs or day numbers. Stored values are read as 64-bit
/// integers, then converted by <typeparamref name="TConverter"/>; a dictionary is converted once per
/// chunk, so a dictionary-encoded row costs an index and a copy.
/// </summary>
internal sealed class IntegerValues<TOut, TConverter>(PhysicalType type, TConverter converter, Scratch scratch) : IValueDecoder<TOut>, IDisposable
    where TConverter : struct, IRawConverter<TOut>
{
    private TOut[] dictionary = [];
    private ValueState[] dictionaryStates = [];
    private int dictionaryCount = -1;
    private bool dictionaryRejects;

    public void ReadDictionary(int encoding, ReadOnlySpan<byte> plain, int count)
    {
        if (encoding is not (Encoding.Plain or Encoding.PlainDictionary))
        {
            throw new UnsupportedDataException($"a dictionary page in {Encoding.Name(encoding)}");
        }

        if (count > plain.Length / PlainIntegers.Width(type))
        {
            throw new CorruptDataException($"a dictionary page of {plain.Length} bytes cannot hold {count} {Encoding.TypeName(type)} values");
        }

        var raw = scratch.Raw(count);
        PlainIntegers.Decode(type, plain, raw);
        dictionary = ArrayPool<TOut>.Shared.Rent(count);
        dictionaryStates = ArrayPool<ValueState>.Shared.Rent(count);
        dictionaryCount = count;
        for (var i = 0; i < count; i++)
        {
            dictionaryStates[i] = converter.Convert(raw[i], out dictionary[i]);
            dictionaryRejects |= dictionaryStates[i] != ValueState.Present;
        }
    }

    public int ReadValues(int encoding, ReadOnlySpan<byte> data, Span<TOut> values, Span<ValueState> states)
    {
        if (Encoding.IsDictionary(encoding))
        {
            return FromDictionary(data, values, states);
        }

        var raw = scratch.Raw(values.Length);
        switch (encoding)
        {
            case Encoding.Plain:
                PlainIntegers.Decode(type, data, raw);
                break;
            case Encoding.DeltaBinaryPacked when type is PhysicalType.Int32 or PhysicalType.Int64:
                DeltaBinaryPacked.Decode(data, type == PhysicalType.Int32 ? 32 : 64, raw);
                break;
            case Encoding.ByteStreamSplit when type is PhysicalType.Int32 or PhysicalType.Int64:
                ByteStreamSplit.DecodeIntegers(data, PlainIntegers.Width(type), raw);
                break;
            default:
                throw Encoding.Unsupported(encoding, type);
        }

        var rejected = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var state = converter.Convert(raw[i], out values[i]);
            states[i] = state;
            rejected += state == ValueState.Present ? 0 : 1;
        }

        return rejected;
    }

    public void Dispose()
    {
        if (dictionaryCount >= 0)
        {
            ArrayPool<TOut>.Shared.Return(dictionary);
            ArrayPool<ValueState>.Shared.Return(dictionaryStates);
            dictionaryCount = -1;
        }
    }

    private int FromDictionary(ReadOnlySpan<byte> data, Span<TOut> values, Span<ValueState> states)
    {
        if (dictionaryCount < 0)
        {
            throw new CorruptDataException("a dictionary-encoded page comes without a dictionary page");
        }

        var indices = scratch.Indices(values.Length);
        DictionaryIndices.Decode(data, indices);
        var entries = dictionary.AsSpan(0, dictionaryCount);
        for (var i = 0; i < indices.Length; i++)
        {
            var index = indices[i];
            if ((uint)index >= (uint)entries.Length)
            {
                throw DictionaryIndices.OutOfRange(index, entries.Length);
            }

            values[i] = entries[index];
        }

        if (!dictionaryRejects)
        {
            states.Fill(ValueState.Present);
            return 0;
        }

        var rejected = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            states[i] = dictionaryStates[indices[i]];
            rejected += states[i] == ValueState.Present ? 0 : 1;
        }

        return rejected;
    }
}
