using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;

namespace FunctionalScoring.Core.Validation;

/// <summary>The verdict on every association row, with its type and eligible workload when used.</summary>
public sealed record AssociationVerdicts(RowReason[] Reasons, AssociationType[] Type, int[] Workload);

/// <summary>R28: the row checks of the associations table.</summary>
public static class AssociationChecks
{
    public static AssociationVerdicts Check(RuleSet rules, RawAssociations table)
    {
        var rows = table.Count;
        var reasons = new RowReason[rows];
        var types = new AssociationType[rows];
        var workloads = new int[rows];
        var typeOf = table.Type.Values.Select(name => rules.AssociationType(name)).ToArray();
        var workloadOf = table.Workload.Values.Select(name => Names.IsEmptyId(name) ? Model.Association.TenantWide : rules.Workload(name).IfNone(int.MinValue)).ToArray();

        for (var row = 0; row < rows; row++)
        {
            var type = table.Type.Codes[row];
            var workload = table.Workload.Codes[row] < 0 ? Model.Association.TenantWide : workloadOf[table.Workload.Codes[row]];
            reasons[row] =
                Cells.Unreadable(row, [table.Partner, table.Tenant, table.Workload, table.Type], [table.AssociatedOn, table.EndedOn]) is var unreadable && unreadable != RowReason.None ? unreadable
                : Names.IsEmptyId(table.Partner[row]) ? RowReason.EmptyPartnerId
                : Names.IsEmptyId(table.Tenant[row]) ? RowReason.EmptyTenantId
                : Names.IsEmptyId(table.Type[row]) ? RowReason.EmptyAssociationType
                : table.AssociatedOn.DayNumbers[row] == DateColumn.Null ? RowReason.EmptyAssociatedOn
                : typeOf[type].IsNone ? RowReason.UnknownAssociationType
                : EndedBefore(table, row) ? RowReason.EndedBeforeAssociated
                : workload == int.MinValue ? RowReason.WorkloadNotEligible
                : RowReason.None;
            if (reasons[row] == RowReason.None)
            {
                types[row] = typeOf[type].IfNone(default(AssociationType));
                workloads[row] = workload;
            }
        }

        return new AssociationVerdicts(reasons, types, workloads);
    }

    private static bool EndedBefore(RawAssociations table, int row) =>
        table.EndedOn.DayNumbers[row] != DateColumn.Null && table.EndedOn.DayNumbers[row] < table.AssociatedOn.DayNumbers[row];
}
