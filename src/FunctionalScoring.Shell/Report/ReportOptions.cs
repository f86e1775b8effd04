using FunctionalScoring.Core.Planning;
using LanguageExt;

namespace FunctionalScoring.Shell.Report;

/// <summary>
/// What the report shows beside the run itself: the dataset's name for the header, how many of
/// the partners closest to qualifying to list, and the unit costs their cheapest plans use
/// (None: 1 each, as <c>plan</c> defaults). No clock: the same run renders the same bytes.
/// </summary>
public sealed record ReportOptions(string DatasetName, int Top = 10, Option<Costs> Costs = default)
{
    public Costs UnitCosts => Costs.IfNone(Core.Planning.Costs.Default);
}
