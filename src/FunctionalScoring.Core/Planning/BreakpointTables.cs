using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;

namespace FunctionalScoring.Core.Planning;

/// <summary>The breakpoint tables of every (threshold, maximum) a rule set uses, built once; others are built when asked.</summary>
public sealed class BreakpointTables
{
    private readonly IReadOnlyDictionary<(decimal Threshold, decimal MaxPoints), BreakpointTable> tables;

    private BreakpointTables(IReadOnlyDictionary<(decimal, decimal), BreakpointTable> tables) => this.tables = tables;

    public static BreakpointTables For(RuleSet rules) =>
        Of(rules.Paths.Bind(p => p.Metrics.Values.ToSeq()).Bind(rule =>
            rule.ThresholdByType.IsEmpty ? LanguageExt.Prelude.Seq1((rule.Threshold, rule.MaxPoints)) : rule.ThresholdByType.Values.ToSeq().Map(t => (t, rule.MaxPoints))));

    /// <summary>The tables a path's scores use (its metrics carry their thresholds and maxima).</summary>
    public static BreakpointTables For(PathScore path) =>
        Of(path.Metrics.Bind(m => m.ByType.IsEmpty ? LanguageExt.Prelude.Seq1((m.Threshold, m.MaxPoints)) : m.ByType.Map(t => (t.Threshold, m.MaxPoints))));

    public BreakpointTable Get(decimal threshold, decimal maxPoints) =>
        tables.TryGetValue((threshold, maxPoints), out var table) ? table : BreakpointTable.Of(threshold, maxPoints);

    private static BreakpointTables Of(IEnumerable<(decimal Threshold, decimal MaxPoints)> rules) =>
        new(rules.Distinct().ToDictionary(r => r, r => BreakpointTable.Of(r.Threshold, r.MaxPoints)));
}
