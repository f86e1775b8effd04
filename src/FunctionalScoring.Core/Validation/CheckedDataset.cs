using FunctionalScoring.Core.Model;
using LanguageExt;

namespace FunctionalScoring.Core.Validation;

/// <summary>What the checks make of a raw dataset: the facts to score, and the account of every row.</summary>
public sealed record CheckedDataset(Dataset Dataset, Accounting Accounting, Seq<Rejection> Rejections, Seq<string> Warnings);
