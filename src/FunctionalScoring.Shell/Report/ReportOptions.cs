namespace FunctionalScoring.Shell.Report;

/// <summary>
/// What the report shows beside the run itself: the dataset's name for the header and how many of
/// the partners closest to qualifying to list. No clock: the same run renders the same bytes.
/// </summary>
public sealed record ReportOptions(string DatasetName, int Top = 10);
