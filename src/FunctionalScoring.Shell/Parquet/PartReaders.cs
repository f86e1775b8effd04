using LanguageExt;
using Microsoft.Win32.SafeHandles;
using Parquet;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// One open part file: Parquet.Net's reader for its footer, and a handle for positional reads, so the
/// columns of a row group decode in parallel (<see cref="RandomAccess"/> needs no shared position).
/// </summary>
internal sealed class PartReaders : IAsyncDisposable
{
    private readonly ParquetReader? reader;
    private readonly SafeFileHandle? file;
    private readonly string name;
    private readonly int unopenedRowGroups;

    private PartReaders(ParquetReader? reader, Seq<BoundColumn> columns, SafeFileHandle? file, string name, int unopenedRowGroups = 0)
    {
        this.reader = reader;
        this.file = file;
        this.name = name;
        this.unopenedRowGroups = unopenedRowGroups;
        Columns = columns;
    }

    /// <summary>The requested columns bound to this file's schema.</summary>
    public Seq<BoundColumn> Columns { get; }

    public int RowGroupCount => reader?.RowGroupCount ?? unopenedRowGroups;

    /// <summary>Stands for a part whose row groups are all pruned: there is nothing to decode, so no file is opened.</summary>
    public static PartReaders Unopened(int rowGroups) => new(null, default, null, "", unopenedRowGroups: rowGroups);

    public static async Task<Either<ParquetInputError, PartReaders>> OpenAsync(SourcePart part, Seq<ColumnSpec> specs, CancellationToken ct)
    {
        var opened = await TablePlanner.OpenAsync(part, specs, ct);
        if (opened.Case is not (ParquetReader reader, Seq<BoundColumn> columns))
        {
            return (ParquetInputError)opened.Case;
        }

        try
        {
            var file = File.OpenHandle(part.Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
            return new PartReaders(reader, columns, file, part.Name);
        }
        catch (IOException e)
        {
            await reader.DisposeAsync();
            return ParquetInputError.Corrupt(part.Name, e.Message);
        }
    }

    /// <summary>Decodes every column of row group <paramref name="index"/> into <paramref name="targets"/>, one task per column; the first failure wins.</summary>
    public async Task<Option<ParquetInputError>> DecodeAsync(int index, int rows, Seq<BatchColumn> targets, System.Buffers.ArrayPool<byte> chunks, CancellationToken ct)
    {
        var rowGroup = reader!.OpenRowGroupReader(index);
        var tasks = new Task<Option<ParquetInputError>>[Columns.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var (column, target) = (Columns[i], targets[i]);
            target.Reset(rows);
            tasks[i] = column.Partition is { } partition
                ? Task.FromResult(target.Fill(partition))
                : Task.Run(() => ColumnDecoder.Decode(file!, rowGroup, index, column, target, name, chunks), ct);
        }

        var failures = await Task.WhenAll(tasks);
        return failures.Somes().HeadOrNone();
    }

    public async ValueTask DisposeAsync()
    {
        if (reader is not null)
        {
            await reader.DisposeAsync();
        }

        file?.Dispose();
    }
}
