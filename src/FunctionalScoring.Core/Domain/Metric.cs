namespace FunctionalScoring.Core.Domain;

/// <summary>§1: the five scored areas, in the order Partner Center lists them.</summary>
public enum Metric
{
    NetCustomerAdds,
    IntermediateCertifications,
    AdvancedCertifications,
    UsageGrowth,
    Deployments,
}

/// <summary>Facts about metrics that do not depend on a rule set.</summary>
public static class Metrics
{
    /// <summary>Every metric, in reporting order.</summary>
    public static readonly LanguageExt.Seq<Metric> All = LanguageExt.Prelude.toSeq(Enum.GetValues<Metric>());

    /// <summary>R14/R19: metrics computed per association type, best type wins.</summary>
    public static bool IsPerAssociationType(this Metric metric) =>
        metric is Metric.UsageGrowth or Metric.Deployments;
}
