using FunctionalScoring.Core.Input;
using FunctionalScoring.Shell.Loading;
using LanguageExt;
using Microsoft.Data.Analysis;

namespace FunctionalScoring.Shell.Frames;

/// <summary>
/// A dataset (§7) as DataFrames of real values — strings, dates as <see cref="DateTime"/> (UTC dates),
/// integers as longs, nulls as nulls — the tabular boundary for notebooks: read a folder into them,
/// look, edit, and score them with <see cref="ToRaw"/> and <c>Scoring.Run</c>. The CLI streams
/// Parquet row groups into the core's columns instead and never builds these frames.
/// </summary>
public sealed record InputFrames(DataFrame Associations, DataFrame Usage, DataFrame Certifications, Option<DataFrame> Partners)
{
    /// <summary>Reads every table of a dataset folder into frames.</summary>
    public static async Task<Either<string, InputFrames>> ReadAsync(string dataDirectory, CancellationToken ct = default) =>
        (await DatasetLoader.LoadAsync(dataDirectory, ct: ct)).Map(loaded => FromRaw(loaded.Raw)).MapLeft(e => e.Message);

    /// <summary>The core's raw tables as frames of values.</summary>
    public static InputFrames FromRaw(RawDataset raw) => new(
        new DataFrame(
            FrameColumns.Text("partner_id", raw.Associations.Partner), FrameColumns.Text("tenant_id", raw.Associations.Tenant),
            FrameColumns.Text("workload", raw.Associations.Workload), FrameColumns.Text("association_type", raw.Associations.Type),
            FrameColumns.Date("associated_on", raw.Associations.AssociatedOn), FrameColumns.Date("ended_on", raw.Associations.EndedOn)),
        new DataFrame(
            FrameColumns.Text("tenant_id", raw.Usage.Tenant), FrameColumns.Text("workload", raw.Usage.Workload), FrameColumns.Date("month", raw.Usage.Month),
            FrameColumns.Integer("paid_available_units", raw.Usage.Pau), FrameColumns.Integer("monthly_active_users", raw.Usage.Mau)),
        new DataFrame(
            FrameColumns.Text("partner_id", raw.Certifications.Partner), FrameColumns.Text("person_id", raw.Certifications.Person),
            FrameColumns.Text("certification", raw.Certifications.Certification),
            FrameColumns.Date("earned_on", raw.Certifications.EarnedOn), FrameColumns.Date("expires_on", raw.Certifications.ExpiresOn)),
        raw.Partners.Count == 0
            ? Option<DataFrame>.None
            : new DataFrame(FrameColumns.Text("partner_id", raw.Partners.Partner), FrameColumns.Text("partner_name", raw.Partners.Name)));

    /// <summary>
    /// The frames as the core's raw tables, checked like a Parquet file is (R27): a missing column or
    /// one of the wrong type is an error naming the table, the column, the expected and found type.
    /// </summary>
    public Either<string, RawDataset> ToRaw() =>
        from associations in FrameColumns.Table("associations", Associations, t => new RawAssociations(
            t.Text("partner_id"), t.Text("tenant_id"), t.Text("workload"), t.Text("association_type"), t.Date("associated_on"), t.Date("ended_on"), t.Sources))
        from usage in FrameColumns.Table("usage", Usage, t => new RawUsage(
            t.Text("tenant_id"), t.Text("workload"), t.Date("month"), t.Integer("paid_available_units"), t.Integer("monthly_active_users"), t.Sources))
        from certifications in FrameColumns.Table("certifications", Certifications, t => new RawCertifications(
            t.Text("partner_id"), t.Text("person_id"), t.Text("certification"), t.Date("earned_on"), t.Date("expires_on"), t.Sources))
        from partners in Partners.Match(
            frame => FrameColumns.Table("partners", frame, t => new RawPartners(t.Text("partner_id"), t.Text("partner_name"), t.Sources)),
            () => RawPartners.None)
        select new RawDataset(associations, usage, certifications, partners);
}
