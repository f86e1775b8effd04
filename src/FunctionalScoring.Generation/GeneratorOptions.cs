using FunctionalScoring.Core.Time;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Generation;

/// <summary>
/// What <see cref="SyntheticDataset"/> generates. The same options always give byte-identical files.
/// <paramref name="RowGroupSize"/>: rows per row group; None sizes each table to about eight row groups (at most
/// <see cref="MaxAutoRowGroupSize"/> rows each). <paramref name="AsOf"/>: the last usage month; None is 2025-06.
/// <paramref name="BadRows"/>: add the R28 rejects (about 0.1% of the rows, and at least one of each kind).
/// </summary>
public sealed record GeneratorOptions(
    int Partners,
    long Seed = 1,
    int Months = 30,
    int TenantsPerPartner = 20,
    int Workloads = 8,
    Option<int> RowGroupSize = default,
    int PartFiles = 1,
    Option<Month> AsOf = default,
    bool BadRows = true)
{
    public const int MaxAutoRowGroupSize = 500_000;

    /// <summary>The default as-of month.</summary>
    public static readonly Month DefaultAsOf = Month.Of(2025, 6);

    /// <summary>The workloads a tenant can have at most: the synthetic vocabulary's size.</summary>
    public static int MaxWorkloads => Vocabulary.Workloads.Length;

    public Month LastMonth => AsOf.IfNone(DefaultAsOf);

    public Month FirstMonth => LastMonth.AddMonths(1 - Months);

    public long Tenants => (long)Partners * TenantsPerPartner;

    /// <summary>Usage rows if every tenant had every month: the planning figure for row-group sizes.</summary>
    public long NominalUsageRows => Tenants * Workloads * Months;

    /// <summary>What is wrong with these options, one sentence each; empty when they can be generated.</summary>
    public Seq<string> Problems() =>
        Seq(
            Check(Partners is >= 1 and <= 1_000_000, "partners must be between 1 and 1,000,000"),
            Check(TenantsPerPartner is >= 1 and <= 100_000, "tenants per partner must be between 1 and 100,000"),
            Check(Tenants <= 20_000_000, "partners × tenants per partner must be at most 20,000,000"),
            Check(Months is >= 1 and <= 600, "months must be between 1 and 600"),
            Check(Workloads >= 1 && Workloads <= MaxWorkloads, $"workloads must be between 1 and {MaxWorkloads}"),
            Check(RowGroupSize.ForAll(r => r >= 1), "the row-group size must be at least 1"),
            Check(PartFiles >= 1 && PartFiles <= Months, "part files must be between 1 and the number of months (each part holds whole months)"),
            Check(FirstMonth.Year >= 1900, "the first usage month must be 1900 or later"))
        .Somes();

    /// <summary>Rows per row group for a table expected to hold about <paramref name="expectedRows"/> rows.</summary>
    public int RowGroupSizeFor(long expectedRows) =>
        RowGroupSize.IfNone(() => (int)Math.Clamp((expectedRows + 7) / 8, 8, MaxAutoRowGroupSize));

    private static Option<string> Check(bool ok, string problem) => ok ? None : Some(problem);
}
