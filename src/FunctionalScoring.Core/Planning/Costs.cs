using FunctionalScoring.Core.Domain;

namespace FunctionalScoring.Core.Planning;

/// <summary>
/// What one unit of each kind of addition costs, in any currency or effort unit: a net new tenant,
/// a certified person (intermediate or advanced), one more active user of growth, one more
/// deployed tenant. Default 1 each, so a plan's cost is its number of units.
/// </summary>
public sealed record Costs(decimal Tenant, decimal Person, decimal User, decimal Deployment)
{
    public static readonly Costs Default = new(1m, 1m, 1m, 1m);

    /// <summary>The cost of one unit of a metric's value (R11 tenants, R12 persons, R15 users, R19 deployed tenants).</summary>
    public decimal Of(Metric metric) => metric switch
    {
        Metric.NetCustomerAdds => Tenant,
        Metric.IntermediateCertifications or Metric.AdvancedCertifications => Person,
        Metric.UsageGrowth => User,
        Metric.Deployments => Deployment,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>The word for a metric's unit, for plans people read.</summary>
    public static string UnitName(Metric metric, long units) => metric switch
    {
        Metric.NetCustomerAdds => units == 1 ? "new tenant" : "new tenants",
        Metric.IntermediateCertifications => units == 1 ? "intermediate-certified person" : "intermediate-certified persons",
        Metric.AdvancedCertifications => units == 1 ? "advanced-certified person" : "advanced-certified persons",
        Metric.UsageGrowth => units == 1 ? "active user of growth" : "active users of growth",
        _ => units == 1 ? "deployed tenant" : "deployed tenants",
    };
}
