namespace FunctionalScoring.Parquet.Tests.Writing;

/// <summary>Calls the writer cannot honour are refused with a message naming the column, before any byte of it is written.</summary>
public sealed class WriterMisuseTests
{
    private static readonly WriterColumn[] Schema = [new("tenant", WriterType.Text, Optional: false), new("mau", WriterType.Int64, Optional: false)];

    private static readonly Table Values = new(["a", "b"]);

    [Theory]
    [InlineData("null text", "column 'tenant' is required but row 1 is null")]
    [InlineData("unknown code", "column 'tenant': row 0 has code 2; the table holds 2 (Parameter 'codes')")]
    [InlineData("short column", "column 'tenant': 1 values in a row group of 2 rows")]
    [InlineData("null integer", "column 'mau' is required but row 0 is null")]
    [InlineData("presence of another length", "column 'mau': 3 presence flags for 2 values")]
    public void A_column_that_does_not_fit_its_schema_is_refused(string misuse, string message)
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), Schema);
        var group = writer.StartRowGroup(2);

        var refused = Assert.ThrowsAny<ArgumentException>(() =>
        {
            switch (misuse)
            {
                case "null text": group.WriteText([0, -1], Values); break;
                case "unknown code": group.WriteText([2, 0], Values); break;
                case "short column": group.WriteText([0], Values); break;
                case "null integer": group.WriteText([0, 1], Values); group.WriteInt64([1, 2], [false, true]); break;
                default: group.WriteText([0, 1], Values); group.WriteInt64([1, 2], [true, true, true]); break;
            }
        });

        Assert.Equal(message, refused.Message);
    }

    [Theory]
    [InlineData("wrong type", "column 'tenant' is Text, not Int64")]
    [InlineData("unfinished group", "the row group has 1 of its 2 columns; column 'mau' is next")]
    [InlineData("complete while open", "a row group is still open: finish it first")]
    [InlineData("write after finish", "this row group is finished")]
    public void Calls_out_of_order_are_refused(string misuse, string message)
    {
        using var writer = new ParquetFileWriter(new MemoryStream(), Schema);
        var group = writer.StartRowGroup(1);

        var refused = Assert.Throws<InvalidOperationException>(() =>
        {
            switch (misuse)
            {
                case "wrong type": group.WriteInt64([1]); break;
                case "unfinished group": group.WriteText([0], Values); group.Finish(); break;
                case "complete while open": writer.Complete(); break;
                default: group.WriteText([0], Values); group.WriteInt64([1]); group.Finish(); group.WriteText([0], Values); break;
            }
        });

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void A_refused_column_leaves_the_file_as_if_it_had_never_been_asked()
    {
        static byte[] Write(bool refuseFirst)
        {
            using var stream = new MemoryStream();
            using (var writer = new ParquetFileWriter(stream, Schema))
            {
                var group = writer.StartRowGroup(2);
                if (refuseFirst)
                {
                    Assert.Throws<ArgumentException>(() => group.WriteText([0, -1], Values));
                }

                group.WriteText([0, 1], Values);
                group.WriteInt64([5, 6]);
                group.Finish();
                writer.Complete();
            }

            return stream.ToArray();
        }

        Assert.Equal(Write(refuseFirst: false), Write(refuseFirst: true));
    }

    private sealed class Table(string[] values) : IUtf8Table
    {
        public int Count => values.Length;

        public ReadOnlySpan<byte> Bytes(int code) => System.Text.Encoding.UTF8.GetBytes(values[code]);
    }
}
