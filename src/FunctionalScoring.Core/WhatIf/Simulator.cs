using FunctionalScoring.Core.Evaluation;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Results;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Core.Validation;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.WhatIf;

/// <summary>What-if: one partner's score before and after a scenario. Pure: data, rules and scenario in, comparison out.</summary>
public static class Simulator
{
    /// <summary>
    /// Scores <paramref name="partner"/> as of <paramref name="asOf"/> (R2's default when None)
    /// under <paramref name="rules"/>, then again after the scenario; a scenario naming another
    /// rule set must name a built-in one here (the shell resolves files and calls the other overload).
    /// </summary>
    public static Either<WhatIfError, Comparison> Simulate(RuleSet rules, RawDataset raw, string partner, Scenario scenario, Option<Month> asOf = default) =>
        scenario.Rules
            .Map(id => BuiltInRuleSets.Find(id).ToEither<WhatIfError>(new WhatIfError.UnknownRuleSet(id)))
            .IfNone(Right<WhatIfError, RuleSet>(rules))
            .Bind(after => Simulate(rules, after, raw, partner, scenario, asOf));

    /// <summary>The same with the rule set after the scenario given (the scenario's <c>rules</c> is then not read).</summary>
    public static Either<WhatIfError, Comparison> Simulate(RuleSet before, RuleSet after, RawDataset raw, string partner, Scenario scenario, Option<Month> asOf = default) =>
        AsOfMonth.Resolve(asOf, raw.Usage.Month).MapLeft<WhatIfError>(e => new WhatIfError.CannotRun(e)).Bind(month =>
        {
            var target = new ScenarioTarget(partner, after, scenario.AsOf.IfNone(month));
            var slice = PartnerSlice.Of(raw, partner, TenantsNamed(scenario));
            return ScenarioChecks.Check(scenario, target, slice).Match(
                Succ: _ =>
                {
                    var changed = ScenarioApplication.Apply(scenario, target, slice);
                    return Right<WhatIfError, Comparison>(Comparison.Of(ScoreOne(before, slice, month, partner), ScoreOne(after, changed, target.AsOf, partner)));
                },
                Fail: errors => Left<WhatIfError, Comparison>(new WhatIfError.InvalidScenario(errors)));
        });

    /// <summary>The raw dataset after the scenario, for one partner as of a month: the scenario's facts as rows.</summary>
    public static RawDataset Apply(Scenario scenario, ScenarioTarget target, RawDataset raw) =>
        ScenarioApplication.Apply(scenario, target, raw);

    /// <summary>One partner's score as of a known month: R28/R29 checks, then R8–R23.</summary>
    public static PartnerScore ScoreOne(RuleSet rules, RawDataset raw, Month asOf, string partner) =>
        Scorer.ScorePartner(rules, DatasetChecks.Check(rules, new EvaluationWindow(asOf), raw).Dataset, partner);

    /// <summary>Tenants a scenario links to or edits, whose usage the partner's slice must carry.</summary>
    public static IEnumerable<string> TenantsNamed(Scenario scenario) =>
        scenario.AddAssociations.Map(a => a.TenantId).Concat(scenario.SetUsage.Map(u => u.TenantId)).Concat(scenario.AddTenants.Map(t => t.TenantId));
}
