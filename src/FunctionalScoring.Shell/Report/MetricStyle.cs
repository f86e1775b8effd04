using FunctionalScoring.Core.Domain;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// How each metric looks in the report: a readable name, a short column name, the unit of its
/// value (R11–R19), and a colour from the Okabe–Ito palette, which stays distinguishable under the
/// common colour-vision deficiencies.
/// </summary>
public static class MetricStyle
{
    /// <summary>The reference lines (the qualifying total): vermillion, apart from every metric colour.</summary>
    public const string ThresholdColour = "#D55E00";

    public const string QualifiedColour = "#0072B2";

    public const string NotQualifiedColour = "#AEB8C2";

    /// <summary>Paths get colours of their own (Paul Tol's indigo and teal), never a metric's.</summary>
    public static string PathColour(PathName path) => path switch
    {
        PathName.Enterprise => "#332288",
        _ => "#44AA99",
    };

    public static string Name(Metric metric) => metric switch
    {
        Metric.NetCustomerAdds => "Net customer adds",
        Metric.IntermediateCertifications => "Intermediate certifications",
        Metric.AdvancedCertifications => "Advanced certifications",
        Metric.UsageGrowth => "Usage growth",
        Metric.Deployments => "Deployments",
        _ => metric.ToString(),
    };

    public static string Short(Metric metric) => metric switch
    {
        Metric.NetCustomerAdds => "Adds",
        Metric.IntermediateCertifications => "Interm.",
        Metric.AdvancedCertifications => "Adv.",
        Metric.UsageGrowth => "Usage",
        Metric.Deployments => "Deploy.",
        _ => metric.ToString(),
    };

    public static string Colour(Metric metric) => metric switch
    {
        Metric.NetCustomerAdds => "#0072B2",
        Metric.IntermediateCertifications => "#56B4E9",
        Metric.AdvancedCertifications => "#009E73",
        Metric.UsageGrowth => "#E69F00",
        Metric.Deployments => "#CC79A7",
        _ => "#999999",
    };

    /// <summary>Label colour on a segment of <see cref="Colour"/>: white only where it keeps enough contrast.</summary>
    public static string LabelColour(Metric metric) => metric switch
    {
        Metric.NetCustomerAdds or Metric.AdvancedCertifications => "#FFFFFF",
        _ => "#1B1F24",
    };

    /// <summary>R23's Δ in the metric's own unit: "+3 tenants", "+1 person", "+1,250 users".</summary>
    public static string Extra(Metric metric, long delta)
    {
        var (one, many) = metric switch
        {
            Metric.NetCustomerAdds => ("tenant", "tenants"),
            Metric.IntermediateCertifications or Metric.AdvancedCertifications => ("person", "persons"),
            Metric.UsageGrowth => ("user", "users"),
            Metric.Deployments => ("deployment", "deployments"),
            _ => ("", ""),
        };
        return $"+{Html.Count(delta)} {(delta == 1 ? one : many)}";
    }

    /// <summary>An HTML legend of swatches, one per metric, in reporting order.</summary>
    public static string Legend() => Legend(Metrics.All.Map(m => (Name(m), Colour(m))));

    /// <summary>An HTML legend of swatches, one per path.</summary>
    public static string PathLegend() => Legend(Prelude.toSeq(Enum.GetValues<PathName>()).Map(p => (p.ToString(), PathColour(p))));

    /// <summary>An HTML legend: a swatch and a label per entry.</summary>
    public static string Legend(Seq<(string Label, string Colour)> entries) =>
        "<ul class=\"legend\">" + string.Concat(entries.Map(e =>
            $"<li><span class=\"swatch\" style=\"background:{e.Colour}\"></span>{Html.Text(e.Label)}</li>")) + "</ul>";
}
