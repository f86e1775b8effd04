using LanguageExt;
using Microsoft.Win32.SafeHandles;
using Parquet;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>
/// One open reader per requested column of a part file, so that the columns of a row group decode in parallel:
/// a reader owns one file position, and the library decodes synchronously while it reads.
/// </summary>
internal sealed class PartReaders : IAsyncDisposable
{
    private readonly List<ParquetReader> readers;
    private readonly SafeFileHandle? file;
    private readonly int unopenedRowGroups;

    private PartReaders(List<ParquetReader> readers, Seq<BoundColumn> columns, SafeFileHandle? file = null, int unopenedRowGroups = 0)
    {
        this.readers = readers;
        this.file = file;
        this.unopenedRowGroups = unopenedRowGroups;
        Columns = columns;
    }

    /// <summary>Column <c>i</c> bound to the schema of reader <c>i</c>.</summary>
    public Seq<BoundColumn> Columns { get; }

    public int RowGroupCount => readers.Count > 0 ? readers[0].RowGroupCount : unopenedRowGroups;

    /// <summary>Stands for a part whose row groups are all pruned: there is nothing to decode, so no file is opened.</summary>
    public static PartReaders Unopened(int rowGroups) => new([], default, unopenedRowGroups: rowGroups);

    public static async Task<Either<ParquetInputError, PartReaders>> OpenAsync(SourcePart part, Seq<ColumnSpec> specs, CancellationToken ct)
    {
        var readers = new List<ParquetReader>(specs.Count);
        var columns = new List<BoundColumn>(specs.Count);
        for (var i = 0; i < Math.Max(1, specs.Count); i++)
        {
            var opened = await TablePlanner.OpenAsync(part, specs, ct);
            if (opened.Case is ParquetInputError error)
            {
                await new PartReaders(readers, default).DisposeAsync();
                return error;
            }

            var (reader, bound) = ((ParquetReader, Seq<BoundColumn>))opened.Case;
            readers.Add(reader);
            columns.AddRange(bound.Skip(i).Take(1));
        }

        // Positional reads for the fast text path; safe to share between the column tasks.
        var file = File.OpenHandle(part.Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        return new PartReaders(readers, columns.ToSeq().Strict(), file);
    }

    /// <summary>Decodes every column of row group <paramref name="index"/> into <paramref name="targets"/>, one task per column.</summary>
    public Task DecodeAsync(int index, int rows, Seq<BatchColumn> targets, CancellationToken ct)
    {
        var tasks = new Task[Columns.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var (rowGroup, column, target) = (readers[i].OpenRowGroupReader(index), Columns[i], targets[i]);
            target.Reset(rows);
            tasks[i] = Task.Run(
                async () =>
                {
                    await ColumnDecoder.DecodeAsync(rowGroup, file, column, target, ct);
                    target.MarkNulls();
                }, ct);
        }

        return Task.WhenAll(tasks);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in readers)
        {
            await reader.DisposeAsync();
        }

        file?.Dispose();
    }
}
