namespace FunctionalScoring.Core.Rules;

/// <summary>R15: what a pair credited at B but not at M contributes.</summary>
public enum LostPairs
{
    /// <summary>−MAU(B): the default.</summary>
    Subtract,

    /// <summary>Nothing.</summary>
    Ignore,
}

/// <summary>R17: how MAU is compared to ratio × PAU.</summary>
public enum DeploymentComparison
{
    /// <summary>MAU &gt; ratio × PAU: the 2022 text and the default.</summary>
    Greater,

    /// <summary>MAU ≥ ratio × PAU.</summary>
    AtLeast,
}

/// <summary>The named parameters of docs/rules.md, each with its documented default.</summary>
public sealed record Parameters(
    LostPairs LostPairs,
    decimal DeploymentRatio,
    DeploymentComparison DeploymentComparison,
    decimal MinPointsPerMetric,
    decimal QualifyingTotal,
    int QualificationWindowMonths = 1)
{
    public static readonly Parameters Default = new(LostPairs.Subtract, 0.40m, DeploymentComparison.Greater, 1m, 70m, 1);

    /// <summary>R17: PAU = 0 is never deployed.</summary>
    public bool IsDeployed(long pau, long mau) =>
        pau > 0 && DeploymentComparison switch
        {
            DeploymentComparison.Greater => mau > DeploymentRatio * pau,
            _ => mau >= DeploymentRatio * pau,
        };
}
