using LanguageExt;
using Parquet;

namespace FunctionalScoring.Shell.Parquet;

/// <summary>Opens one part file, turning the library's exceptions into <see cref="ParquetInputError"/> values.</summary>
internal static class PartFile
{
    public static ParquetOptions ReaderOptions() => new()
    {
        UseDateOnlyTypeForDates = true,
        // Writers that omit the UTF8 annotation still mean text.
        TreatByteArrayAsString = true,
    };

    public static async Task<Either<ParquetInputError, ParquetReader>> OpenAsync(SourcePart part, CancellationToken ct)
    {
        FileStream? stream = null;
        try
        {
            stream = new FileStream(part.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            if (stream.Length == 0)
            {
                await stream.DisposeAsync();
                return ParquetInputError.EmptyFile(part.Name);
            }

            return await ParquetReader.CreateAsync(stream, ReaderOptions(), leaveStreamOpen: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The library leaves the stream open when the footer cannot be read.
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            return ParquetInputError.Corrupt(part.Name, e.Message);
        }
    }
}
