using LanguageExt;

namespace FunctionalScoring.Core.Input;

/// <summary>
/// The input tables of §7 exactly as read, before any row check: parallel columns, one entry per
/// decoded row. <c>Sources</c> maps rows back to files and carries the rows a reader skipped
/// unread because their row group lay outside the window (R29).
/// </summary>
public sealed record RawUsage(TextColumn Tenant, TextColumn Workload, DateColumn Month, IntegerColumn Pau, IntegerColumn Mau, Seq<SourceSpan> Sources)
{
    public int Count => Tenant.Codes.Length;
}

/// <summary>The <c>associations</c> table as read.</summary>
public sealed record RawAssociations(TextColumn Partner, TextColumn Tenant, TextColumn Workload, TextColumn Type, DateColumn AssociatedOn, DateColumn EndedOn, Seq<SourceSpan> Sources)
{
    public int Count => Partner.Codes.Length;
}

/// <summary>The <c>certifications</c> table as read.</summary>
public sealed record RawCertifications(TextColumn Partner, TextColumn Person, TextColumn Certification, DateColumn EarnedOn, DateColumn ExpiresOn, Seq<SourceSpan> Sources)
{
    public int Count => Partner.Codes.Length;
}

/// <summary>The optional <c>partners</c> table as read.</summary>
public sealed record RawPartners(TextColumn Partner, TextColumn Name, Seq<SourceSpan> Sources)
{
    public int Count => Partner.Codes.Length;

    public static readonly RawPartners None = new(TextColumn.Of(), TextColumn.Of(), LanguageExt.Seq<SourceSpan>.Empty);
}

/// <summary>A whole dataset as read (§7).</summary>
public sealed record RawDataset(RawAssociations Associations, RawUsage Usage, RawCertifications Certifications, RawPartners Partners);
