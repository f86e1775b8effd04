namespace FunctionalScoring.Core.Validation;

/// <summary>
/// R28 as this project reads it (docs/readings.md, "R28: units beyond what a sum can hold"): the largest
/// PAU or MAU a usage row may hold. More users than any tenant has, and small enough that every sum the
/// rules make over a partner's pairs (at most int.MaxValue of them, each contributing at most this much)
/// stays exact in int64; a larger value is rejected with its own reason instead of overflowing a sum.
/// </summary>
public static class UnitLimit
{
    /// <summary>4,294,967,295 (<see cref="uint.MaxValue"/>).</summary>
    public const long Max = uint.MaxValue;

    /// <summary>Whether a PAU or MAU lies within the limit (negative values are R28's other check).</summary>
    public static bool Holds(long units) => units <= Max;
}
