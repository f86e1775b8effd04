namespace FunctionalScoring.Core.Evaluation;

/// <summary>R9: the one linear rule that turns every metric's value into points.</summary>
public static class Points
{
    /// <summary>
    /// clamp(value × max / threshold, 0, max), rounded to 2 decimals half away from zero after the
    /// clamp. Exact decimal arithmetic: the rounding sees the true quotient.
    /// </summary>
    public static decimal Of(long value, decimal threshold, decimal maxPoints)
    {
        var raw = value * maxPoints / threshold;
        var clamped = Math.Clamp(raw, 0m, maxPoints);
        return Math.Round(clamped, 2, MidpointRounding.AwayFromZero);
    }
}
