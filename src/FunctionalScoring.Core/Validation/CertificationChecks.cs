using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;

namespace FunctionalScoring.Core.Validation;

/// <summary>The verdict on every certification row, with the listed certification of each used row.</summary>
public sealed record CertificationVerdicts(RowReason[] Reasons, int[] Certification);

/// <summary>R28: the row checks of the certifications table. A certification on no list is ignored, not an error.</summary>
public static class CertificationChecks
{
    public static CertificationVerdicts Check(RuleSet rules, RawCertifications table)
    {
        var rows = table.Count;
        var reasons = new RowReason[rows];
        var certifications = new int[rows];
        var listed = table.Certification.Values.Select(name => rules.Certification(name).IfNone(-1)).ToArray();

        for (var row = 0; row < rows; row++)
        {
            var code = table.Certification.Codes[row];
            reasons[row] =
                Cells.Unreadable(row, [table.Partner, table.Person, table.Certification], [table.EarnedOn, table.ExpiresOn]) is var unreadable && unreadable != RowReason.None ? unreadable
                : Names.IsEmptyId(table.Partner[row]) ? RowReason.EmptyPartnerId
                : Names.IsEmptyId(table.Person[row]) ? RowReason.EmptyPersonId
                : Names.IsEmptyId(table.Certification[row]) ? RowReason.EmptyCertification
                : table.EarnedOn.DayNumbers[row] == DateColumn.Null ? RowReason.EmptyEarnedOn
                : code < 0 || listed[code] < 0 ? RowReason.CertificationNotListed
                : RowReason.None;
            certifications[row] = reasons[row] == RowReason.None ? listed[code] : -1;
        }

        return new CertificationVerdicts(reasons, certifications);
    }
}
