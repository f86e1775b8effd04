using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Tests.Support;
using FunctionalScoring.Core.WhatIf;
using Xunit.Sdk;
using Facts = FunctionalScoring.Core.Tests.Support.Scenario;
using Scenario = FunctionalScoring.Core.WhatIf.Scenario;

namespace FunctionalScoring.Core.Tests.WhatIf;

/// <summary>A what-if on a test dataset as of the fixed M, under the default rule set; a refused scenario fails the test.</summary>
public static class Simulations
{
    /// <summary>The default rule set, parsed once.</summary>
    public static readonly RuleSet Rules = BuiltInRuleSets.Default;

    public static Comparison Of(Facts facts, string partner, Scenario scenario) =>
        Simulator.Simulate(Rules, facts.Raw, partner, scenario, TestWindow.M)
            .Match(c => c, e => throw new XunitException(e.Message));
}
