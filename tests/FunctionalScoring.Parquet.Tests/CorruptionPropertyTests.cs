using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FunctionalScoring.Parquet.Tests.Reference;
using PS = ParquetSharp;

namespace FunctionalScoring.Parquet.Tests;

/// <summary>
/// Damaged chunks (a byte flipped, or the chunk cut short) never make the decoder throw; a cut chunk
/// is reported corrupt; and when both the decoder and Arrow read a flipped chunk, they read the same rows.
/// </summary>
public sealed class CorruptionPropertyTests
{
    [Property(MaxTest = 300)]
    public Property A_flipped_byte_never_throws_and_decodes_as_arrow_reads_it_when_both_read_it() =>
        Prop.ForAll(Damage().ToArbitrary(), damage =>
        {
            var (c, at, mask) = damage;
            var file = ReferenceFile.Write(c.Shape, c.Settings, c.Rows);
            var (start, length) = ChunkRange(file);
            file[start + (at % length)] ^= (byte)mask;

            var decoded = Component.Decode(file, ReferenceFile.Column, c.Shape.Target);
            var reference = ReadOrNull(file, c.Settings.Checksums);
            var expected = reference?.Select(raw => Expected.Of(c.Shape.Physical, c.Shape.Meaning, raw, TextRendering.Hex)).ToList();
            return (decoded.Error is not null || expected is null || decoded.Rows.SequenceEqual(expected))
                .Label($"{decoded.Error?.Message} expected {string.Join(",", expected?.Take(20) ?? [])} got {string.Join(",", decoded.Rows.Take(20))}")
                .Classify(decoded.Error is CorruptChunk, "reported corrupt")
                .Classify(decoded.Error is UnsupportedChunk, "reported unsupported")
                .Classify(decoded.Error is null && expected is not null, "both read it");
        });

    [Property(MaxTest = 150)]
    public Property A_chunk_cut_short_is_reported_corrupt_and_never_throws() =>
        Prop.ForAll(Damage().ToArbitrary(), damage =>
        {
            var (c, at, _) = damage;
            var file = ReferenceFile.Write(c.Shape, c.Settings, c.Rows);
            var (field, chunks) = Component.Footer(file, ReferenceFile.Column);
            Assert.True(ParquetNetChunks.TryDescribe(field, chunks[0], out var descriptor, out _));
            var cut = file.AsSpan((int)descriptor.Start, at % (int)descriptor.Length);

            var (result, _) = Component.DecodeChunk(cut, descriptor, c.Shape.Target, TextRendering.Hex);
            return (result is CorruptChunk).Label($"{result}");
        });

    private static Gen<(Case Case, int At, int Mask)> Damage() =>
        from encoding in Gen.Elements(Enum.GetValues<WriteEncoding>())
        from version in Gen.Elements(PS.ParquetDataPageVersion.V1, PS.ParquetDataPageVersion.V2)
        from c in Generators.Case(encoding, version)
        from at in Gen.Choose(0, int.MaxValue)
        from mask in Gen.Choose(1, 255)
        select (c, at, mask);

    private static (int Start, int Length) ChunkRange(byte[] file)
    {
        var (field, chunks) = Component.Footer(file, ReferenceFile.Column);
        Assert.True(ParquetNetChunks.TryDescribe(field, chunks[0], out var descriptor, out _));
        return ((int)descriptor.Start, (int)descriptor.Length);
    }

    private static List<byte[]?>? ReadOrNull(byte[] file, bool checksums)
    {
        try
        {
            return ReferenceReader.Read(file, 0, checksums);
        }
        catch (Exception)
        {
            // Arrow refusing the damaged file is an answer too: only the decoder must never throw.
            return null;
        }
    }
}
