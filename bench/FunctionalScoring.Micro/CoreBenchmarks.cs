using BenchmarkDotNet.Attributes;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Usage;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Micro;

/// <summary>
/// The core's hot paths on a synthetic dataset held in memory: the usage fold over every row, the whole check (index build included), and scoring every partner, with and without the
/// evidence rows.
/// </summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    private static readonly EvaluationWindow Window = new(Month.Of(2025, 6));
    private static readonly EvaluationMonths Months = EvaluationMonths.Single(Window.AsOf);
    private RuleSet rules = BuiltInRuleSets.Default;
    private RawDataset raw = null!;
    private CheckedDataset facts = null!;
    private CheckedSmallTables small = null!;

    [Params(200)]
    public int Partners { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        rules = BuiltInRuleSets.Default;
        raw = Build(Partners);
        facts = DatasetChecks.Check(rules, Window, raw);
        small = DatasetChecks.CheckSmallTables(rules, raw);
    }

    /// <summary>R2's window, R28 and R29 over every usage row: the usage fold (the cell plan included).</summary>
    [Benchmark]
    public UsageFacts Usage_fold_over_every_row() =>
        DatasetChecks.FoldWhole(UsageFold.Start(rules, Months, DatasetChecks.PlanCells(rules, small, Months)), raw.Usage);

    [Benchmark]
    public CheckedDataset Whole_dataset_checks() => DatasetChecks.Check(rules, Window, raw);

    [Benchmark]
    public int Score_every_partner() => Scorer.Evaluate(rules, facts.Dataset).Count;

    /// <summary>Scores and the evidence rows behind them, as <c>score --out</c> makes them.</summary>
    [Benchmark]
    public int Score_every_partner_with_evidence() =>
        facts.Dataset.PartnerIds.Sum(id => Scorer.ScorePartnerWithEvidence(rules, facts.Dataset, id).Evidence.Count);

    [Benchmark]
    public decimal Points_of_a_value() => Points.Of(617, 1000m, 30m);

    /// <summary>Partners × 10 tenants × 4 workloads × 30 months of usage, with CPOR and CSP associations.</summary>
    private static RawDataset Build(int partners)
    {
        var workloads = new[] { "Teams", "Exchange", "SharePoint", "Intune" };
        var associations = new List<AssociationRow>();
        var usage = new List<UsageRow>();
        var certifications = new List<CertificationRow>();
        for (var p = 0; p < partners; p++)
        {
            var partner = $"P{p:D5}";
            certifications.Add(new CertificationRow(partner, $"{partner}-E1", "MS-700", new DateOnly(2024, 1, 1)));
            for (var t = 0; t < 10; t++)
            {
                var tenant = $"T{p:D5}-{t:D2}";
                associations.Add(new AssociationRow(partner, tenant, null, t % 2 == 0 ? "CPOR" : "CSP", new DateOnly(2024, 1 + (t % 12), 5)));
                foreach (var (workload, w) in workloads.Select((x, i) => (x, i)))
                {
                    for (var m = 0; m < 30; m++)
                    {
                        var month = Month.Of(2023, 1).AddMonths(m).FirstDay;
                        var pau = 50L + (t * 40) + (w * 7);
                        usage.Add(new UsageRow(tenant, workload, month, pau, (pau * (m + 10)) / 60));
                    }
                }
            }
        }

        return RawRows.ToRaw(associations.ToSeq(), usage.ToSeq(), certifications.ToSeq(), Seq<PartnerRow>());
    }
}
