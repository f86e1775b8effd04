using FunctionalScoring.Core.Model;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Validation;

/// <summary>
/// What the usage table contributes to a run: the kept cells of used rows, the count of rows per
/// <see cref="RowReason"/> (indexed by the enum's value), the rejected rows in reading order, and
/// the months of the evaluated windows that hold at least one row (R2's warnings).
/// </summary>
public sealed record UsageFacts(UsageIndex Index, long[] CountsByReason, Seq<Rejection> Rejections, Seq<Month> MonthsWithRows);
