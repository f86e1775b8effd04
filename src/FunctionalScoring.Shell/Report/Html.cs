using System.Globalization;
using System.Net;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// The report's only ways to turn data into markup: every string from the data goes through
/// <see cref="Text"/>, and every number is formatted invariantly, so a partner name can never
/// become markup and the same run renders the same bytes on any machine.
/// </summary>
public static class Html
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Encodes text for an element body or a quoted attribute (&lt; &gt; &amp; " ' all escaped).</summary>
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>Points with two decimals, as R9 rounds them: <c>69.99</c>.</summary>
    public static string Points(decimal points) => points.ToString("0.00", Invariant);

    /// <summary>A number with exactly <paramref name="decimals"/> decimals.</summary>
    public static string Fixed(decimal value, int decimals) => value.ToString("F" + decimals, Invariant);

    /// <summary>A count with thousands separators: <c>12,345</c>.</summary>
    public static string Count(long count) => count.ToString("N0", Invariant);

    /// <summary>A share of a whole as a percentage with one decimal; a dash when the whole is 0.</summary>
    public static string Share(long part, long whole) =>
        whole == 0 ? "–" : (100m * part / whole).ToString("0.0", Invariant) + "%";

    /// <summary>A raw number for an attribute or an SVG coordinate: invariant, no grouping.</summary>
    public static string Number(decimal value) => value.ToString("0.##", Invariant);

    /// <summary>An SVG coordinate with at most two decimals.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", Invariant);
}
