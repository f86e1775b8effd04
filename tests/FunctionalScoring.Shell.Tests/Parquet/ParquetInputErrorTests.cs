using FunctionalScoring.Generation;
using FunctionalScoring.Shell.Parquet;
using static FunctionalScoring.Generation.ParquetFixture;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Parquet;

public sealed class ParquetInputErrorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_missing_table_names_both_places_looked_at()
    {
        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"));

        Assert.Equal(ParquetInputError.MissingTable(folder.Path, "usage"), error);
        Assert.Equal($"table 'usage' not found: expected usage.parquet or usage/ in {folder.Path}", error.Message);
        Assert.False(TableLocation.Exists(folder.Path, "usage"));
    }

    [Fact]
    public async Task A_missing_column_names_the_file_the_column_and_the_expected_type()
    {
        Write(folder.File("usage.parquet"), Column("tenant_id", FixtureType.Utf8, "t"));

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"), ColumnSpec.Date("month"));

        Assert.Equal(ParquetInputReason.MissingColumn, error.Reason);
        Assert.Equal("usage.parquet: column 'month' is missing; expected DATE or TIMESTAMP (the file has: tenant_id)", error.Message);
    }

    [Theory]
    [InlineData(FixtureType.Utf8, "month", "BYTE_ARRAY (String)", "DATE or TIMESTAMP")]
    [InlineData(FixtureType.Int64, "month", "INT64", "DATE or TIMESTAMP")]
    [InlineData(FixtureType.Double, "units", "DOUBLE", "INT32 or INT64")]
    [InlineData(FixtureType.Decimal92, "units", "INT32 (DECIMAL(9,2))", "INT32 or INT64")]
    [InlineData(FixtureType.Date, "units", "INT32 (DATE)", "INT32 or INT64")]
    [InlineData(FixtureType.TimestampMicros, "units", "INT64 (TIMESTAMP(MICROS))", "INT32 or INT64")]
    [InlineData(FixtureType.Int32, "tenant_id", "INT32", "BYTE_ARRAY (String)")]
    [InlineData(FixtureType.Boolean, "tenant_id", "BOOLEAN", "BYTE_ARRAY (String)")]
    public async Task A_column_of_the_wrong_type_names_the_expected_and_the_found_type(
        FixtureType written, string column, string found, string expected)
    {
        object? value = written switch
        {
            FixtureType.Utf8 => "2025-06-01",
            FixtureType.Date => new DateOnly(2025, 6, 1),
            FixtureType.TimestampMicros => new DateTime(2025, 6, 1),
            FixtureType.Boolean => true,
            _ => 1,
        };
        Write(folder.File("usage.parquet"), Column(column, written, value));
        var spec = column switch
        {
            "month" => ColumnSpec.Date(column),
            "units" => ColumnSpec.Integer(column),
            _ => ColumnSpec.Text(column),
        };

        var error = await Loaded.ErrorAsync(folder.Path, "usage", spec);

        Assert.Equal(
            new ParquetInputError(ParquetInputReason.WrongType, "usage.parquet", Some(column), Some(expected), Some(found),
                $"usage.parquet: column '{column}' has type {found}; expected {expected}"),
            error);
    }

    [Fact]
    public async Task A_zero_byte_file_is_reported_as_empty()
    {
        File.WriteAllBytes(folder.File("usage.parquet"), []);

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"));

        Assert.Equal(ParquetInputError.EmptyFile("usage.parquet"), error);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1000)]
    public async Task A_truncated_file_is_reported_as_corrupt(int divisor)
    {
        var path = folder.File("usage.parquet");
        Write(path, Column("tenant_id", FixtureType.Utf8, Enumerable.Range(0, 500).Select(i => (object?)$"t{i}").ToArray()));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..Math.Max(1, bytes.Length / divisor)]);

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"));

        Assert.Equal(ParquetInputReason.Corrupt, error.Reason);
        Assert.StartsWith("usage.parquet: not a readable Parquet file (truncated or corrupt): ", error.Message);
    }

    [Fact]
    public async Task A_damaged_data_page_is_reported_as_corrupt_not_thrown()
    {
        var path = folder.File("usage.parquet");
        Write(path, Column("n", FixtureType.Int64, Enumerable.Range(0, 5000).Select(i => (object?)(long)i).ToArray()));
        var bytes = File.ReadAllBytes(path);
        // Past the 4-byte magic, inside the first column chunk: page headers and compressed data.
        System.Array.Fill(bytes, (byte)0xFF, 4, 64);
        File.WriteAllBytes(path, bytes);

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Integer("n"));

        Assert.Equal(ParquetInputReason.Corrupt, error.Reason);
        Assert.Equal("usage.parquet", error.File);
    }

    [Fact]
    public async Task A_folder_without_part_files_says_so()
    {
        Directory.CreateDirectory(folder.File("usage/x"));
        File.WriteAllText(folder.File("usage/readme.txt"), "no parts here");

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"));

        Assert.Equal(ParquetInputError.NoPartFiles("usage/"), error);
        Assert.Equal("usage/: folder has no part files (*.parquet)", error.Message);
    }

    [Fact]
    public async Task A_missing_dataset_folder_is_named_as_such_not_as_a_missing_table()
    {
        var missing = Path.Combine(folder.Path, "nowhere");

        var error = await Loaded.ErrorAsync(missing, "usage", ColumnSpec.Text("tenant_id"));

        Assert.Equal(ParquetInputError.MissingDataFolder(missing), error);
        Assert.Equal($"data folder {missing} does not exist", error.Message);
    }

    [Fact]
    public async Task A_file_given_as_the_dataset_folder_is_named_as_a_file()
    {
        File.WriteAllText(folder.File("usage.parquet"), "x");

        var error = await Loaded.ErrorAsync(folder.File("usage.parquet"), "usage", ColumnSpec.Text("tenant_id"));

        Assert.Equal(ParquetInputError.DataFolderIsAFile(folder.File("usage.parquet")), error);
    }

    [Fact]
    public async Task A_partition_folder_without_Parquet_files_is_just_a_folder()
    {
        Write(folder.File("usage/part-0.parquet"), Column("tenant_id", FixtureType.Utf8, "t"));
        File.WriteAllText(folder.File("usage/notes=old/readme.txt"), "nothing to read");

        var loaded = await Loaded.TableAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"));

        Assert.Equal(["t"], loaded.Texts("tenant_id"));
    }

    [Fact]
    public async Task A_table_file_that_is_a_folder_says_so()
    {
        Write(folder.File("usage.parquet/part-0.parquet"), Column("tenant_id", FixtureType.Utf8, "t"));

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Text("tenant_id"));

        Assert.Equal(ParquetInputError.TableFileIsAFolder("usage.parquet", "usage"), error);
    }

    [Fact]
    public async Task Two_columns_of_the_same_name_are_named_with_their_file()
    {
        OddFiles.UsageWithDuplicateTenantColumn(folder.File("usage.parquet"));

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Text("workload"), ColumnSpec.Text("tenant_id"));

        Assert.Equal(ParquetInputError.DuplicateColumn("usage.parquet", "tenant_id", 2), error);
    }

    [Fact]
    public async Task Part_files_that_disagree_on_a_type_name_the_odd_file()
    {
        Write(folder.File("usage/1.parquet"), Column("month", FixtureType.Date, new DateOnly(2025, 6, 1)));
        Write(folder.File("usage/2.parquet"), Column("month", FixtureType.TimestampMicros, new DateTime(2025, 6, 1)));

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Date("month"));

        Assert.Equal(
            ParquetInputError.SchemaMismatch("usage/2.parquet", "month", "INT64 (TIMESTAMP(MICROS))", "usage/1.parquet", "INT32 (DATE)"),
            error);
    }

    [Fact]
    public async Task A_bad_part_file_is_named_with_its_folder()
    {
        Write(folder.File("usage/1.parquet"), Column("month", FixtureType.Date, new DateOnly(2025, 6, 1)));
        File.WriteAllBytes(folder.File("usage/2.parquet"), []);

        var error = await Loaded.ErrorAsync(folder.Path, "usage", ColumnSpec.Date("month"));

        Assert.Equal(ParquetInputError.EmptyFile("usage/2.parquet"), error);
    }
}
