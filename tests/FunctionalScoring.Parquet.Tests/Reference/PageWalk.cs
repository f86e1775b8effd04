using FunctionalScoring.Parquet.Pages;
using FunctionalScoring.Parquet.Thrift;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>
/// Finds column chunks by walking pages from the start of a file, for a file whose footer Parquet.Net
/// cannot read (a FLOAT16 column): a chunk ends when its data pages hold the row group's values, and
/// Arrow C++ writes a copy of the chunk's ColumnMetaData (a Thrift struct) right after it.
/// </summary>
public static class PageWalk
{
    /// <summary>Where each of the first row group's <paramref name="columns"/> chunks of <paramref name="rows"/> values lies, and its data pages' encodings.</summary>
    public static List<(int Start, int Length, HashSet<int> Encodings)> Chunks(byte[] file, int columns, int rows)
    {
        var chunks = new List<(int, int, HashSet<int>)>();
        var at = 4;
        for (var column = 0; column < columns; column++)
        {
            var start = at;
            var encodings = new HashSet<int>();
            for (var values = 0; values < rows;)
            {
                var header = PageHeader.Read(file.AsSpan(at));
                if (header.Type is PageHeader.DataPage or PageHeader.DataPageV2)
                {
                    values += header.NumValues;
                    encodings.Add(header.Encoding);
                }

                at += header.HeaderSize + header.CompressedSize;
            }

            chunks.Add((start, at - start, encodings));
            var metadata = new CompactReader(file.AsSpan(at));
            metadata.SkipStruct();
            at += metadata.Position;
        }

        return chunks;
    }
}
