using FunctionalScoring.Core.Model;
using LanguageExt;

namespace FunctionalScoring.Core.Validation;

/// <summary>
/// What the usage table contributes to a checked dataset: the index of used rows, the count of
/// rows per <see cref="RowReason"/> (indexed by the enum's value), the rejected rows, and whether
/// any row lies in the baseline month (R2's warning).
/// </summary>
public sealed record UsageFacts(UsageIndex Index, long[] CountsByReason, Seq<Rejection> Rejections, bool HasBaselineRows);
