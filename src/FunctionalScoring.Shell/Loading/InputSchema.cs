using FunctionalScoring.Shell.Parquet;
using LanguageExt;
using static FunctionalScoring.Shell.Parquet.ColumnSpec;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Loading;

/// <summary>§7: the input tables and the columns read from each (and only those).</summary>
public static class InputSchema
{
    public static readonly Seq<ColumnSpec> Associations = Seq(
        Text("partner_id"), Text("tenant_id"), Text("workload", mayBeEmpty: true), Text("association_type"),
        Date("associated_on"), Date("ended_on", mayBeEmpty: true));

    public static readonly Seq<ColumnSpec> Usage = Seq(
        Text("tenant_id"), Text("workload"), Date("month"), Integer("paid_available_units"), Integer("monthly_active_users"));

    public static readonly Seq<ColumnSpec> Certifications = Seq(
        Text("partner_id"), Text("person_id"), Text("certification"), Date("earned_on"), Date("expires_on", mayBeEmpty: true));

    public static readonly Seq<ColumnSpec> Partners = Seq(Text("partner_id"), Text("partner_name"));
}
