using FsCheck;
using FsCheck.Fluent;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using LanguageExt;

namespace FunctionalScoring.Core.Tests;

/// <summary>A generated dataset and its rows in another order (shuffled table by table).</summary>
public sealed record Shuffled(Scenario Original, Scenario Reordered);

/// <summary>A generated dataset with two free numbers to pick a row and an amount with.</summary>
public sealed record Picked(Scenario Scenario, int Pick, int Amount);

/// <summary>
/// A generated dataset whose usage table also holds twins of some rows (same key, another spelling of the
/// workload, some with their own defect), and the usage rows' split into batches (part files): each entry of
/// <see cref="Cuts"/> is the size of one batch.
/// </summary>
public sealed record Split(Scenario Scenario, Seq<int> Cuts);

/// <summary>A PAU near the band edges 10/11 and 300/301 (R7), and the built-in rule set to read the bands from.</summary>
public sealed record PauNearEdge(string RuleSetId, long Pau);

/// <summary>R21: five metric points (in Metric order) of a path, with the metric maxima of the built-in sets.</summary>
public sealed record PathPoints(Seq<decimal> Points);

/// <summary>A threshold and maximum of a built-in metric (R9) and a value around it.</summary>
public sealed record ThresholdCase(decimal Threshold, decimal MaxPoints, long Value);

/// <summary>R23: the scored metrics of one path, built from real built-in metric rules and random values.</summary>
public sealed record GapCase(Parameters Parameters, PathScore Path);

/// <summary>R14: per-type scores in a path's order, ties likely.</summary>
public sealed record TypeScores(Seq<TypeScore> Scores);

/// <summary>
/// Small random datasets around the fixed window (M = 2025-06, B = 2024-06): a few partners and
/// tenants, eligible and other workloads, months inside and around [B, M], PAU at the band edges,
/// MAU around 40%, CSP/CPOR/DPOR rows tenant-wide and per workload, claims before and inside the
/// window, ended rows, listed / aliased / expired certifications, and a sprinkle of bad rows.
/// </summary>
public static class Generators
{
    public static readonly string[] Partners = ["P1", "P2", "P3"];
    private static readonly string[] Tenants = ["T1", "T2", "T3"];
    private static readonly string[] UsageWorkloads = ["Teams", "Exchange", "Microsoft 365 Apps", " intune ", "Dynamics 365", "Viva Insights"];
    private static readonly string?[] AssociationWorkloads = [null, null, null, "", " ", "Teams", "teams", "Exchange", "ProPlus", "Intune\u00A0", "Dynamics 365"];

    /// <summary>Months of a usage history, each with the chance (in %) that the pair has a row then: M and B most often.</summary>
    private static readonly (string Month, int Percent)[] UsageMonths =
        [("2024-05-01", 15), ("2024-06-01", 60), ("2024-10-01", 40), ("2025-02-01", 40), ("2025-06-01", 85), ("2025-07-01", 15)];

    private static readonly long[] Paus = [0, 9, 10, 11, 12, 50, 150, 150, 299, 300, 301, 302, 1000];
    private static readonly string[] Types = ["CSP", "CPOR", "DPOR", "CPOR", "csp tier 2", " CPOR\u00A0", "CSP_T1", "dpor"];
    private static readonly string[] AssociatedOn = ["2023-01-15", "2023-01-15", "2024-06-30", "2024-10-15", "2025-02-01", "2025-06-30", "2025-08-01"];
    private static readonly string?[] EndedOn = [null, null, null, null, "2024-12-31", "2025-06-30", "2025-07-01"];
    private static readonly string[] Persons = ["A", "B", "C"];
    public static readonly string[] ListedCertifications =
        ["MS-700", "Microsoft 365 Certified: Messaging Administrator Associate", "microsoft 365 fundamentals", "Microsoft 365 Certified: Enterprise Administrator Expert", " Enterprise Administrator Expert "];
    private static readonly string[] Certifications = [.. ListedCertifications, "AZ-900"];
    private static readonly string[] EarnedOn = ["2020-01-01", "2025-06-30", "2025-07-01"];
    private static readonly string?[] ExpiresOn = [null, null, "2025-06-30", "2025-07-01", "2019-01-01"];

    private static readonly UsageRow[] BadUsage =
    [
        Row.Usage(null, "Teams", "2025-06-01", 20, 5),
        Row.Usage(" ", "Teams", "2025-06-01", 20, 5),
        Row.Usage("T1", null, "2025-06-01", 20, 5),
        Row.Usage("T1", "Teams", null, 20, 5),
        Row.Usage("T2", "Teams", "2025-03-15", 20, 5),
        Row.Usage("T2", "Exchange", "2025-06-01", -5, 3),
        Row.Usage("T3", "Teams", "2024-06-01", 20, null),
        Row.Usage("T3", "Dynamics 365", "2025-03-15", 1, 1),
        Row.Usage("T4", "Teams", "2024-05-20", -1, null),
    ];

    private static readonly AssociationRow[] BadAssociations =
    [
        Row.Association("", "T1", null, "CPOR", "2023-01-15"),
        Row.Association("P1", null, null, "CPOR", "2023-01-15"),
        Row.Association("P9", "T1", null, "VAR", "2023-01-15"),
        Row.Association("P1", "T1", null, " ", "2023-01-15"),
        Row.Association("P2", "T2", "Teams", "CPOR", null),
        Row.Association("P2", "T2", "Teams", "CSP", "2025-01-01", "2024-12-31"),
    ];

    private static readonly CertificationRow[] BadCertifications =
    [
        Row.Certification("P1", null, "MS-700", "2020-01-01"),
        Row.Certification("P1", "A", " ", "2020-01-01"),
        Row.Certification("P2", "A", "MS-700", null),
        Row.Certification(" ", "A", "MS-700", "2020-01-01"),
    ];

    private static readonly PartnerRow[] PartnerRows = [Row.Partner("P1", "Contoso"), Row.Partner("P4", "Fabrikam"), Row.Partner("", "Nobody")];

    public static Arbitrary<Scenario> Scenarios() => ScenarioGen.ToArbitrary();

    public static Arbitrary<Shuffled> ShuffledScenarios() =>
        (from scenario in ScenarioGen
         from associations in Gen.Shuffle(scenario.Associations.ToArray())
         from usage in Gen.Shuffle(scenario.Usage.ToArray())
         from certifications in Gen.Shuffle(scenario.Certifications.ToArray())
         from partners in Gen.Shuffle(scenario.Partners.ToArray())
         select new Shuffled(scenario, new Scenario(associations.ToSeq(), usage.ToSeq(), certifications.ToSeq(), partners.ToSeq())))
        .ToArbitrary();

    public static Arbitrary<Split> SplitScenarios() =>
        (from scenario in ScenarioGen
         from twins in Gen.ListOf(TwinOf(scenario.Usage.ToArray())).Resize(4)
         let withTwins = scenario with { Usage = scenario.Usage + Prelude.toSeq(twins.Somes()) }
         from shuffled in Gen.Shuffle(withTwins.Usage.ToArray())
         from cuts in Cuts(shuffled.Length)
         select new Split(withTwins with { Usage = shuffled.ToSeq() }, cuts))
        .ToArbitrary();

    /// <summary>A copy of a usage row under its key, spelled differently, sometimes negative: R28's duplicate rule meets it.</summary>
    private static Gen<Option<UsageRow>> TwinOf(UsageRow[] rows) =>
        rows.Length == 0
            ? Gen.Constant(Option<UsageRow>.None)
            : from row in Gen.Elements(rows)
              from spelling in Gen.Elements(row.Workload, row.Workload?.ToUpperInvariant(), $" {row.Workload}\t")
              from pau in Gen.Elements(row.PaidAvailableUnits, row.PaidAvailableUnits, -7L)
              select Prelude.Some(row with { Workload = spelling, PaidAvailableUnits = pau });

    /// <summary>Batch sizes that add up to <paramref name="rows"/>: one batch, one row each, or anything between.</summary>
    private static Gen<Seq<int>> Cuts(int rows) =>
        rows == 0
            ? Gen.Constant(Prelude.Seq1(0))
            : Gen.Choose(1, rows).SelectMany(first => first == rows ? Gen.Constant(Prelude.Seq1(rows)) : Cuts(rows - first).Select(rest => first.Cons(rest)));

    public static Arbitrary<Picked> PickedScenarios() =>
        (from scenario in ScenarioGen
         from pick in Gen.Choose(0, 999)
         from amount in Gen.Choose(1, 200)
         select new Picked(scenario, pick, amount))
        .ToArbitrary();

    public static Arbitrary<PauNearEdge> PausNearEdges() =>
        (from id in Gen.Elements(BuiltInRuleSets.Ids.ToArray())
         from pau in Gen.OneOf(Gen.Elements(9L, 10L, 11L, 12L, 299L, 300L, 301L, 302L), Gen.Choose(0, 2000).Select(p => (long)p))
         select new PauNearEdge(id, pau))
        .ToArbitrary();

    /// <summary>Five points in cents: each at least 1.00, at most its maximum, summing to exactly 70.00.</summary>
    public static Arbitrary<PathPoints> PointsSummingToSeventy() =>
        Gen.ArrayOf(Gen.Choose(0, 3000), 5).Select(wishes => new PathPoints(Fill(wishes, 7000))).ToArbitrary();

    public static Arbitrary<ThresholdCase> ThresholdCases() =>
        (from rule in Gen.Elements(AllMetricRules.ToArray())
         from offset in Gen.OneOf(Gen.Elements(-1, 0, 1), Gen.Choose(-5000, 5000))
         select new ThresholdCase(rule.Threshold, rule.MaxPoints, (long)rule.Threshold + offset))
        .ToArbitrary();

    public static Arbitrary<GapCase> GapCases() =>
        (from id in Gen.Elements(BuiltInRuleSets.Ids.ToArray())
         from pathName in Gen.Elements(PathName.Enterprise, PathName.SMB)
         let rules = TestRuleSets.Find(id)
         let path = rules.Path(pathName)
         from metrics in Gen.CollectToArray(Metrics.All, metric => MetricGen(path, path.Rule(metric)))
         select new GapCase(rules.Parameters, Qualification.PathScore(rules.Parameters, pathName, metrics.ToSeq())))
        .ToArbitrary();

    public static Arbitrary<TypeScores> TypeScoreLists() =>
        (from types in Gen.Elements<AssociationType[]>([AssociationType.CPOR, AssociationType.DPOR], [AssociationType.CPOR, AssociationType.CSP], [AssociationType.CSP, AssociationType.CPOR, AssociationType.DPOR])
         from points in Gen.ArrayOf(Gen.Elements(0m, 0m, 1.5m, 3.75m, 22.5m, 30m), types.Length)
         select new TypeScores(types.Zip(points, (type, p) => new TypeScore(type, (long)(p * 100), 100m, p)).ToSeq()))
        .ToArbitrary();

    private static Seq<MetricRule> AllMetricRules =>
        BuiltInRuleSets.Ids.Bind(id => TestRuleSets.Find(id).Paths).Bind(p => p.Metrics.Values.ToSeq())
            .Bind(rule => rule.ThresholdByType.IsEmpty ? Prelude.Seq1(rule) : rule.ThresholdByType.Values.ToSeq().Map(t => rule with { Threshold = t }));

    private static Gen<MetricScore> MetricGen(PathRules path, MetricRule rule) =>
        rule.ThresholdByType.IsEmpty
            ? ValueNear(rule.Threshold).Select(value => MetricScores.Single(rule, value))
            : Gen.CollectToArray(path.AssociationTypes, type => ValueNear(rule.ThresholdFor(type)).Select(value => MetricScores.OfType(rule, type, value)))
                .Select(scores => MetricScores.BestOf(rule, scores.ToSeq()));

    /// <summary>Mostly a large share of the threshold, so paths often sit near the qualifying total.</summary>
    private static Gen<long> ValueNear(decimal threshold) =>
        Gen.Frequency(
            (1, Gen.Choose(-(int)threshold, 0).Select(v => (long)v)),
            (12, Gen.Choose((int)Math.Ceiling(threshold / 3), (int)threshold).Select(v => (long)v)),
            (1, Gen.Choose(0, 2 * (int)threshold).Select(v => (long)v)));

    /// <summary>Distributes <paramref name="totalCents"/> over the five metrics of a built-in path, each from 1.00 up to its maximum.</summary>
    private static Seq<decimal> Fill(int[] wishes, int totalCents)
    {
        int[] maxima = [2000, 1000, 1500, 3000, 2500];
        var cents = maxima.Map(_ => 100).ToArray();
        var remaining = totalCents - cents.Sum();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < cents.Length; i++)
            {
                var add = Math.Min(Math.Min(pass == 0 ? wishes[i] : int.MaxValue, maxima[i] - cents[i]), remaining);
                cents[i] += add;
                remaining -= add;
            }
        }

        return cents.Map(c => c / 100m).ToSeq();
    }

    private static Gen<Scenario> ScenarioGen =>
        from usage in UsageGen
        from associations in Gen.Choose(0, 9).SelectMany(n => Gen.ArrayOf(AssociationGen, n))
        from certifications in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(CertificationGen, n))
        from partners in Gen.SubListOf(PartnerRows)
        from badUsage in Sprinkle(BadUsage)
        from duplicates in Sprinkle(usage.Take(2).Select(r => r with { MonthlyActiveUsers = r.MonthlyActiveUsers + 1 }).ToArray())
        from badAssociations in Sprinkle(BadAssociations)
        from badCertifications in Sprinkle(BadCertifications)
        select new Scenario(
            associations.Concat(badAssociations).ToSeq(),
            usage.Concat(badUsage).Concat(duplicates).ToSeq(),
            certifications.Concat(badCertifications).ToSeq(),
            partners.ToSeq());

    /// <summary>Bad rows (or copies of a usage key) in one case out of three, a few at a time.</summary>
    private static Gen<T[]> Sprinkle<T>(T[] rows) =>
        Gen.Frequency((2, Gen.Constant(Array.Empty<T>())), (1, Gen.SubListOf(rows).Select(r => r.Take(3).ToArray())));

    /// <summary>A usage history: a few (tenant, workload) pairs, each with rows in a few months; keys unique.</summary>
    private static Gen<UsageRow[]> UsageGen =>
        from pairCount in Gen.Choose(0, 7)
        from pairs in Gen.ArrayOf(Gen.Zip(Gen.Elements(Tenants), Gen.Elements(UsageWorkloads)), pairCount)
        from rows in Gen.CollectToArray(pairs.Distinct(), pair => HistoryOf(pair.Item1, pair.Item2))
        select rows.SelectMany(r => r).ToArray();

    private static Gen<UsageRow[]> HistoryOf(string tenant, string workload) =>
        from present in Gen.CollectToArray(UsageMonths, m => Gen.Choose(1, 100).Select(roll => roll <= m.Percent))
        let months = UsageMonths.Where((_, i) => present[i]).Select(m => m.Month)
        from rows in Gen.CollectToArray(months, month =>
            from pau in Gen.Elements(Paus)
            from mau in MauAround(pau)
            select Row.Usage(tenant, workload, month, pau, mau))
        select rows;

    /// <summary>MAU of 0, exactly 40% (rounded down), one either side of it, or anything up to a bit above PAU.</summary>
    private static Gen<long> MauAround(long pau) =>
        Gen.OneOf(
            Gen.Constant(0L),
            Gen.Constant(pau * 2 / 5),
            Gen.Constant(pau * 2 / 5 + 1),
            Gen.Constant(Math.Max(0, pau * 2 / 5 - 1)),
            Gen.Choose(0, (int)pau + 50).Select(m => (long)m));

    private static Gen<AssociationRow> AssociationGen =>
        from partner in Gen.Frequency((3, Gen.Constant(Partners[0])), (2, Gen.Elements(Partners)))
        from tenant in Gen.Frequency((8, Gen.Elements(Tenants)), (1, Gen.Constant("T5")))
        from workload in Gen.Elements(AssociationWorkloads)
        from type in Gen.Elements(Types)
        from associatedOn in Gen.Elements(AssociatedOn)
        from endedOn in Gen.Elements(EndedOn)
        select Row.Association(partner, tenant, workload, type, associatedOn, endedOn);

    private static Gen<CertificationRow> CertificationGen =>
        from partner in Gen.Elements(Partners)
        from person in Gen.Elements(Persons)
        from certification in Gen.Elements(Certifications)
        from earnedOn in Gen.Elements(EarnedOn)
        from expiresOn in Gen.Elements(ExpiresOn)
        select Row.Certification(partner, person, certification, earnedOn, expiresOn);
}
