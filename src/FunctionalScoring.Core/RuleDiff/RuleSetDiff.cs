using System.Globalization;
using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Rules;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.RuleDiff;

/// <summary>
/// A structural diff of two <see cref="RuleSet"/> records (R25): thresholds, maximum points,
/// bands, association types, eligible workloads and aliases, certification lists and levels, the
/// spellings a catalog derives (program prefixes), and the parameters. Identity (id, title,
/// effective date, hash) is not a rule and is left out, so a set compared with itself — or with a
/// renamed copy — differs in nothing.
/// </summary>
public static class RuleSetDiff
{
    public static Seq<RuleChange> Of(RuleSet a, RuleSet b) =>
        Catalog("workloads", a.Workloads, b.Workloads, _ => "", _ => "")
        + Catalog("associationTypes", a.AssociationTypes, b.AssociationTypes, _ => "", _ => "")
        + Catalog("certifications", a.Certifications, b.Certifications, i => a.LevelOf(i).ToString(), i => b.LevelOf(i).ToString())
        + a.Paths.Map(p => p.Path).Concat(b.Paths.Map(p => p.Path)).Distinct().ToSeq().Bind(name => Path(name, a, b))
        + Parameters(a.Parameters, b.Parameters);

    private static Seq<RuleChange> Catalog(string field, NameCatalog a, NameCatalog b, Func<int, string> levelA, Func<int, string> levelB)
    {
        var byKeyA = Entries(a);
        var byKeyB = Entries(b);
        var keys = byKeyA.Map(e => e.Key).Concat(byKeyB.Map(e => e.Key)).Distinct().ToSeq();
        return keys.Bind(key =>
        {
            var x = byKeyA.Find(e => e.Key == key);
            var y = byKeyB.Find(e => e.Key == key);
            return x.Match(
                Some: l => y.Match(
                    Some: r =>
                        Change($"{field}[{l.Entry.Name}].name", l.Entry.Name, r.Entry.Name)
                        + Change($"{field}[{l.Entry.Name}].aliases", Aliases(l.Entry), Aliases(r.Entry))
                        + Change($"{field}[{l.Entry.Name}].level", levelA(l.Index), levelB(r.Index)),
                    None: () => Seq1(new RuleChange($"{field}[{l.Entry.Name}]", Describe(l.Entry, levelA(l.Index)), ""))),
                None: () => y.Map(r => new RuleChange($"{field}[{r.Entry.Name}]", "", Describe(r.Entry, levelB(r.Index)))).ToSeq());
        }) + DerivedSpellings(field, a, b);
    }

    /// <summary>
    /// Spellings a catalog matches beyond its names and aliases (program prefixes stripped, §6):
    /// where they lead, when that differs and no entry added or removed already says so.
    /// </summary>
    private static Seq<RuleChange> DerivedSpellings(string field, NameCatalog a, NameCatalog b)
    {
        var x = Derived(a);
        var y = Derived(b);
        var inA = a.Entries.Map(e => Names.Key(e.Name)).ToHashSet();
        var inB = b.Entries.Map(e => Names.Key(e.Name)).ToHashSet();
        bool Explained(string before, string after) =>
            (before.Length > 0 && !inB.Contains(Names.Key(before))) || (after.Length > 0 && !inA.Contains(Names.Key(after)));
        return x.Keys.Concat(y.Keys).Distinct().Order(StringComparer.Ordinal).ToSeq()
            .Map(key => (key, Before: x.Find(key).IfNone(""), After: y.Find(key).IfNone("")))
            .Filter(s => s.Before != s.After && !Explained(s.Before, s.After))
            .Map(s => new RuleChange($"{field}.spellings[{s.key}]", s.Before, s.After));
    }

    private static Map<string, string> Derived(NameCatalog catalog)
    {
        var explicitKeys = catalog.Entries.Bind(e => e.Aliases.Add(e.Name)).Map(Names.Key).ToHashSet();
        return catalog.IndexByKey.Filter((key, _) => !explicitKeys.Contains(key)).Map((_, index) => catalog.NameOf(index));
    }

    private static Seq<(string Key, NamedEntry Entry, int Index)> Entries(NameCatalog catalog) =>
        catalog.Entries.Select((entry, i) => (Names.Key(entry.Name), entry, i)).ToSeq();

    private static Seq<RuleChange> Path(PathName name, RuleSet a, RuleSet b)
    {
        var rule = $"paths[{name}]";
        var x = a.Paths.Find(p => p.Path == name);
        var y = b.Paths.Find(p => p.Path == name);
        return x.Match(
            Some: l => y.Match(
                Some: r =>
                    Change($"{rule}.band", l.Band.ToString(), r.Band.ToString())
                    + Change($"{rule}.associationTypes", string.Join(", ", l.AssociationTypes), string.Join(", ", r.AssociationTypes))
                    + Metrics.All.Bind(metric => Metric($"{rule}.metrics.{JsonName(metric)}", l.Rule(metric), r.Rule(metric))),
                None: () => Seq1(new RuleChange(rule, l.Band.ToString(), ""))),
            None: () => y.Map(r => new RuleChange(rule, "", r.Band.ToString())).ToSeq());
    }

    private static Seq<RuleChange> Metric(string rule, MetricRule a, MetricRule b) =>
        Change($"{rule}.maxPoints", Number(a.MaxPoints), Number(b.MaxPoints))
        + (a.ThresholdByType.IsEmpty && b.ThresholdByType.IsEmpty
            ? Change($"{rule}.threshold", Number(a.Threshold), Number(b.Threshold))
            : a.ThresholdByType.Keys.Concat(b.ThresholdByType.Keys).Distinct().Order().ToSeq().Bind(type => Change(
                $"{rule}.thresholds.{type}",
                a.ThresholdByType.Find(type).Map(Number).IfNone(""),
                b.ThresholdByType.Find(type).Map(Number).IfNone(""))));

    private static Seq<RuleChange> Parameters(Parameters a, Parameters b) =>
        Change("parameters.lostPairs", a.LostPairs.ToString(), b.LostPairs.ToString())
        + Change("parameters.deploymentRatio", Number(a.DeploymentRatio), Number(b.DeploymentRatio))
        + Change("parameters.deploymentComparison", a.DeploymentComparison.ToString(), b.DeploymentComparison.ToString())
        + Change("parameters.minPointsPerMetric", Number(a.MinPointsPerMetric), Number(b.MinPointsPerMetric))
        + Change("parameters.qualifyingTotal", Number(a.QualifyingTotal), Number(b.QualifyingTotal))
        + Change("parameters.qualificationWindowMonths", Number(a.QualificationWindowMonths), Number(b.QualificationWindowMonths));

    private static Seq<RuleChange> Change(string rule, string before, string after) =>
        before == after ? LanguageExt.Seq<RuleChange>.Empty : Seq1(new RuleChange(rule, before, after));

    private static string Aliases(NamedEntry entry) =>
        string.Join(", ", entry.Aliases.Map(Names.Key).Distinct().Order(StringComparer.Ordinal).Select(key => entry.Aliases.Find(a => Names.Key(a) == key).IfNone(key)));

    private static string Describe(NamedEntry entry, string level) =>
        (level.Length > 0 ? $"{level}: " : "") + (entry.Aliases.IsEmpty ? entry.Name : $"{entry.Name} [{string.Join(", ", entry.Aliases)}]");

    private static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string JsonName(Metric metric) => char.ToLowerInvariant(metric.ToString()[0]) + metric.ToString()[1..];
}
