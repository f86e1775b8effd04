using System.Text.Json;
using System.Text.Json.Serialization;

namespace FunctionalScoring.WriterMatrix;

/// <summary>
/// What a fixture's footers must show for its setting to have been applied (null: not checked): the
/// data page version ("v1", "v2"), the codec of every chunk, a data-page encoding present in every
/// string, integer and date column (with <paramref name="Partly"/>, in some column of each kind: for writers
/// that choose an encoding per column, as DuckDB does), the dates' Parquet type, and an encoding some
/// column falls back to from its dictionary (data pages of both in one column).
/// </summary>
public sealed record Expect(
    string? Pages = null, string? Codec = null, string? Strings = null, string? Integers = null, string? Dates = null, string? DateType = null,
    string? Fallback = null, bool Partly = false);

/// <summary>
/// <c>fixture.json</c>, beside a fixture's tables: who wrote it and how, which base dataset it re-writes
/// ("base" or "base-unicode"), its layout ("files", or "hive" partition folders), and what to check.
/// </summary>
public sealed record FixtureMark(string Writer, string Version, string Setting, string Description, string Base, string Layout, Expect Expect)
{
    public const string FileName = "fixture.json";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");

    public static FixtureMark Read(string folder) =>
        JsonSerializer.Deserialize<FixtureMark>(File.ReadAllText(Path.Combine(folder, FileName)), Json)
        ?? throw new InvalidDataException($"{folder}: empty {FileName}");
}
