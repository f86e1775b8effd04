using System.Globalization;

namespace FunctionalScoring.Parquet.Tests.Reference;

/// <summary>One decoded row, comparable whole: its state and, when present, its value as text (dates as yyyy-MM-dd).</summary>
public sealed record Row(ValueState State, string Value)
{
    public static readonly Row Null = new(ValueState.Null, "");
    public static readonly Row OutOfRange = new(ValueState.OutOfRange, "");
    public static readonly Row InvalidText = new(ValueState.InvalidText, "");

    public static Row Integer(long value) => new(ValueState.Present, value.ToString(CultureInfo.InvariantCulture));

    public static Row Day(int dayNumber) => new(ValueState.Present, DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static Row Text(string text) => new(ValueState.Present, text);

    public override string ToString() => State == ValueState.Present ? Value : State.ToString();
}
