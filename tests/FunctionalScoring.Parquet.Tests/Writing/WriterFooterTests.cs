using Parquet.Meta;
using PS = ParquetSharp;
using Type = Parquet.Meta.Type;

namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>The footer: schema annotations, chunk encodings, statistics readers trust, and files at the edges of the format.</summary>
public sealed class WriterFooterTests
{
    private static readonly WriterColumn[] EveryType =
    [
        new("text", WriterType.Text), new("count", WriterType.Int64, Optional: false), new("month", WriterType.Date),
        new("flag", WriterType.Boolean, Optional: false), new("share", WriterType.Double),
    ];

    [Fact]
    public void Each_column_carries_its_physical_logical_and_converted_type_and_its_nullability()
    {
        var footer = ParquetNetReading.Footer(Write(EveryType, [["a", 1L, new DateOnly(2025, 6, 1), true, 0.5]]));

        var described = footer.Schema.Select(e => (e.Name, e.Type, e.RepetitionType, e.ConvertedType, Logical: Describe(e.LogicalType), e.NumChildren)).ToArray();
        (string, Type?, FieldRepetitionType?, ConvertedType?, string, int?)[] expected =
        [
            ("root", null, null, null, "", 5),
            ("text", Type.BYTE_ARRAY, FieldRepetitionType.OPTIONAL, ConvertedType.UTF8, "STRING", null),
            ("count", Type.INT64, FieldRepetitionType.REQUIRED, ConvertedType.INT_64, "INT(64, signed)", null),
            ("month", Type.INT32, FieldRepetitionType.OPTIONAL, ConvertedType.DATE, "DATE", null),
            ("flag", Type.BOOLEAN, FieldRepetitionType.REQUIRED, null, "", null),
            ("share", Type.DOUBLE, FieldRepetitionType.OPTIONAL, null, "", null),
        ];
        Assert.Equal(expected, described);
        Assert.Equal(5, footer.ColumnOrders!.Count(o => o.TYPEORDER is not null));
    }

    [Fact]
    public void The_footer_names_the_writer_and_keeps_the_key_value_metadata_in_order()
    {
        var options = new WriterOptions(CreatedBy: "tests version 1.2.3", Metadata: [new("b", "2"), new("a", "é")]);
        var file = Write([new("x", WriterType.Int64)], [[1L]], options);

        using var reader = new PS.ParquetFileReader(new MemoryStream(file));
        Assert.Equal("tests version 1.2.3", reader.FileMetaData.CreatedBy);
        Assert.Equal([new("b", "2"), new("a", "é")], reader.FileMetaData.KeyValueMetadata.ToArray());
        Assert.StartsWith("FunctionalScoring.Parquet version ", ParquetNetReading.Footer(Write([new("x", WriterType.Int64)], [[1L]])).CreatedBy);
    }

    [Theory]
    [InlineData(8 << 20, "PLAIN RLE RLE_DICTIONARY", true)]
    [InlineData(10, "PLAIN RLE", false)]
    public void A_text_chunk_is_dictionary_encoded_unless_its_dictionary_passes_the_limit(int limit, string encodings, bool dictionaryPage)
    {
        object?[][] rows = [.. Enumerable.Range(0, 100).Select(i => new object?[] { i % 3 == 0 ? null : $"tenant-{i % 4}" })];

        var chunk = ParquetNetReading.Footer(Write([new("t", WriterType.Text)], rows, new WriterOptions(DictionaryPageBytes: limit))).RowGroups[0].Columns[0].MetaData!;

        Assert.Equal((encodings, dictionaryPage), (string.Join(" ", chunk.Encodings), chunk.DictionaryPageOffset is not null));
    }

    [Fact]
    public void Nearly_all_distinct_text_is_written_plain_where_a_dictionary_would_not_be_smaller()
    {
        object?[][] rows = [.. Enumerable.Range(0, 100).Select(i => new object?[] { $"person-{i}" })];

        var chunk = ParquetNetReading.Footer(Write([new("t", WriterType.Text, Optional: false)], rows)).RowGroups[0].Columns[0].MetaData!;

        Assert.Equal([Encoding.PLAIN], chunk.Encodings);
    }

    [Fact]
    public void Arrow_and_DuckDB_read_the_bounds_of_dates_and_integers_from_the_statistics()
    {
        object?[][] rows = [[new DateOnly(2024, 6, 1), 5L], [null, -7L], [new DateOnly(2025, 6, 1), 12L], [new DateOnly(2021, 1, 1), null]];
        var file = Write([new("month", WriterType.Date), new("mau", WriterType.Int64)], rows);

        using var reader = new PS.ParquetFileReader(new MemoryStream(file));
        using var group = reader.RowGroup(0);
        using var months = (PS.Statistics<int>)group.MetaData.GetColumnChunkMetaData(0).Statistics!;
        using var maus = (PS.Statistics<long>)group.MetaData.GetColumnChunkMetaData(1).Statistics!;
        var unixDay = new DateOnly(1970, 1, 1).DayNumber;
        Assert.Equal((true, 1L, new DateOnly(2021, 1, 1), new DateOnly(2025, 6, 1)), (months.HasMinMax, months.NullCount, DateOnly.FromDayNumber(unixDay + months.Min), DateOnly.FromDayNumber(unixDay + months.Max)));
        Assert.Equal((true, 1L, -7L, 12L), (maus.HasMinMax, maus.NullCount, maus.Min, maus.Max));

        var duck = DuckDbReading.Query(file, 4, "SELECT path_in_schema, stats_min_value, stats_max_value, stats_null_count FROM parquet_metadata('{0}') ORDER BY column_id");
        Assert.Equal([["month", "mau"], ["2021-01-01", "-7"], ["2025-06-01", "12"], [1L, 1L]], duck);
    }

    [Fact]
    public void A_file_with_no_row_group_holds_its_schema_and_no_rows()
    {
        var table = new TableCase(EveryType, [.. EveryType.Select(_ => Array.Empty<object?>())], [], new WriterOptions());
        var file = TableFile.Write(table);

        Assert.Equal(
            (0, 0, 0, 5),
            (ParquetNetReading.Read(file, table).Sum(c => c.Length), ArrowReading.Read(file, table).Sum(c => c.Length),
             DuckDbReading.Query(file, 1, "SELECT count(*)::INTEGER FROM '{0}'")[0].Cast<int>().Single(), ParquetNetReading.Footer(file).Schema.Count - 1));
    }

    [Fact]
    public void A_wide_table_of_many_row_groups_reads_back_with_every_reader()
    {
        // Lists of 15 or more elements take a longer header in Thrift's compact protocol: schema, row groups, column orders.
        var columns = Enumerable.Range(0, 40).Select(i => new WriterColumn($"c{i}", (WriterType)(i % 5), i % 2 == 0)).ToArray();
        var values = columns.Select((c, i) => Enumerable.Range(0, 170).Select(r => (r + i) % 7 == 0 && c.Optional ? null : Value(c.Type, r)).ToArray()).ToArray();
        var table = new TableCase(columns, values, [.. Enumerable.Repeat(10, 17)], new WriterOptions());
        var file = TableFile.Write(table);

        Assert.Equal(
            [null, null, null, null],
            new[] { ParquetNetReading.Read(file, table), ArrowReading.Read(file, table), DuckDbReading.Read(file, table), DecoderReading.Read(file, table) }
                .Select(read => Same.FirstDifference(table, read)));
    }

    private static object Value(WriterType type, int row) => type switch
    {
        WriterType.Text => $"v{row % 13}",
        WriterType.Int64 => (long)row * 1_000_003,
        WriterType.Date => new DateOnly(2020, 1, 1).AddDays(row),
        WriterType.Boolean => row % 3 == 0,
        _ => row / 7.0,
    };

    private static byte[] Write(WriterColumn[] columns, object?[][] rows, WriterOptions? options = null) =>
        TableFile.Write(new TableCase(columns, [.. columns.Select((_, c) => rows.Select(r => r[c]).ToArray())], [rows.Length], options ?? new WriterOptions()));

    private static string Describe(LogicalType? logical) => logical switch
    {
        { STRING: not null } => "STRING",
        { DATE: not null } => "DATE",
        { INTEGER: { } i } => $"INT({i.BitWidth}, {(i.IsSigned ? "signed" : "unsigned")})",
        null => "",
        _ => "other",
    };
}
