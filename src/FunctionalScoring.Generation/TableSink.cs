using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using Parquet;
using Parquet.Schema;

namespace FunctionalScoring.Generation;

/// <summary>
/// Streams one table into Parquet files, one row group at a time: while one buffer is written on the thread
/// pool, the caller fills the other, so memory stays at two row groups whatever the table's size. Text columns
/// are dictionary-encoded and integers delta-encoded (both Parquet.Net opt-ins); dates are DATE, whose
/// statistics readers trust to skip row groups (R29). Each file is written as <c>.partial</c> and renamed.
/// </summary>
internal sealed class TableSink : IAsyncDisposable
{
    private readonly string table;
    private readonly DataField[] fields;
    private readonly ParquetOptions options = new();
    private readonly List<string> files = [];
    private RowBuffer filling;
    private RowBuffer spare;
    private Task pending = Task.CompletedTask;
    private (FileStream Stream, ParquetWriter Writer, string Path)? open;
    private long rows;
    private long rowGroups;
    private long bytes;

    public TableSink(string table, Seq<ColumnSpec> columns, int rowGroupSize)
    {
        this.table = table;
        fields = [.. columns.Map(Field)];
        foreach (var (spec, field) in columns.Zip(fields))
        {
            options.ColumnEncodingHints[field.Path.ToString()] = spec.Kind switch
            {
                ColumnKind.Text => EncodingHint.Dictionary,
                ColumnKind.Integer => EncodingHint.DeltaBinaryPacked,
                _ => EncodingHint.Default,
            };
        }

        filling = new RowBuffer(columns, rowGroupSize);
        spare = new RowBuffer(columns, rowGroupSize);
    }

    /// <summary>The row being filled.</summary>
    public RowBuffer Row => filling;

    /// <summary>Rows flagged defective by the caller (R28 rejects on purpose).</summary>
    public long DefectiveRows { get; set; }

    /// <summary>Ends the current file, if any, and starts <paramref name="path"/>; rows go there from now on.</summary>
    public async Task StartFileAsync(string path, CancellationToken ct)
    {
        await EndFileAsync(ct);
        var partial = path + ".partial";
        var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
        open = (stream, await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, options, false, ct), path);
    }

    /// <summary>Completes the current row; when the buffer is full it goes to the writer.</summary>
    public ValueTask EndRowAsync(CancellationToken ct)
    {
        filling.EndRow();
        return filling.IsFull ? new ValueTask(FlushAsync(ct)) : ValueTask.CompletedTask;
    }

    /// <summary>Writes what is left and closes the last file.</summary>
    public async Task<GeneratedTable> CompleteAsync(CancellationToken ct)
    {
        await EndFileAsync(ct);
        return new GeneratedTable(table, files.ToSeq().Strict(), rows, rowGroups, bytes, DefectiveRows);
    }

    /// <summary>Abandons an unfinished file (after a failure or a cancellation): no <c>.partial</c> is left behind.</summary>
    public async ValueTask DisposeAsync()
    {
        await pending.ContinueWith(_ => { }, TaskScheduler.Default);
        if (open is not var (stream, writer, path))
        {
            return;
        }

        open = null;
        try
        {
            await writer.DisposeAsync();
        }
        finally
        {
            await stream.DisposeAsync();
            File.Delete(path + ".partial");
        }
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        await pending;
        if (filling.Count == 0)
        {
            return;
        }

        var (full, writer) = (filling, open?.Writer ?? throw new InvalidOperationException("no file started"));
        (filling, spare) = (spare, filling);
        rows += full.Count;
        rowGroups++;
        pending = Task.Run(async () =>
        {
            await full.WriteAsync(writer, fields, ct);
            full.Clear();
        }, ct);
    }

    private async Task EndFileAsync(CancellationToken ct)
    {
        await FlushAsync(ct);
        await pending;
        if (open is not var (stream, writer, path))
        {
            return;
        }

        await writer.DisposeAsync();
        await stream.DisposeAsync();
        open = null;
        File.Move(path + ".partial", path, overwrite: true);
        bytes += new FileInfo(path).Length;
        files.Add(path);
    }

    private static DataField Field(ColumnSpec column) => column.Kind switch
    {
        ColumnKind.Text => new DataField<string>(column.Name, true),
        ColumnKind.Integer => new DataField<long?>(column.Name),
        _ => new DataField<DateOnly?>(column.Name),
    };
}
