namespace FunctionalScoring.Core.Evaluation;

/// <summary>R9: the one linear rule that turns every metric's value into points.</summary>
public static class Points
{
    /// <summary>
    /// clamp(value × max / threshold, 0, max), rounded to 2 decimals half away from zero after the
    /// clamp. Exact decimal arithmetic: the rounding sees the true quotient.
    /// </summary>
    /// <remarks>
    /// The clamp is decided before the product is taken: a value at or above the (positive) threshold earns
    /// the maximum and one at or below zero earns nothing, so value × max is only formed for values below
    /// the threshold, where it stays below threshold × max and cannot leave decimal's range.
    /// </remarks>
    public static decimal Of(long value, decimal threshold, decimal maxPoints)
    {
        var clamped = value <= 0 ? 0m
            : value >= threshold ? maxPoints
            : Math.Clamp(value * maxPoints / threshold, 0m, maxPoints);
        return Math.Round(clamped, 2, MidpointRounding.AwayFromZero);
    }
}
