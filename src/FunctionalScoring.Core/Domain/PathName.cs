namespace FunctionalScoring.Core.Domain;

/// <summary>§1: the two ways to qualify; both are always evaluated.</summary>
public enum PathName
{
    Enterprise,
    SMB,
}
