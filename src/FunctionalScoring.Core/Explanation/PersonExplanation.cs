using FunctionalScoring.Core.Domain;
using FunctionalScoring.Core.Input;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using LanguageExt;

namespace FunctionalScoring.Core.Explanation;

/// <summary>Partner Center's skilling check, for one person: every certification row and whether it counts in M (R5, R12).</summary>
public sealed record PersonExplanation(string PartnerId, string PersonId, Seq<string> Rows, bool CountsIntermediate, bool CountsAdvanced);

/// <summary>Reads the raw certification rows of one person, so ignored and rejected rows are explained too.</summary>
public static class PersonExplainer
{
    public static PersonExplanation Explain(RuleSet rules, RawCertifications table, Month asOf, string partner, string person)
    {
        var rows = Enumerable.Range(0, table.Count).Where(r => table.Partner[r] == partner && table.Person[r] == person).ToSeq();
        var verdicts = rows.Map(r => Verdict(rules, table, asOf, r));
        return new PersonExplanation(
            partner,
            person,
            verdicts.Map(v => v.Sentence),
            verdicts.Exists(v => v.Counts == Prelude.Some(CertificationLevel.Intermediate)),
            verdicts.Exists(v => v.Counts == Prelude.Some(CertificationLevel.Advanced)));
    }

    private static (string Sentence, Option<CertificationLevel> Counts) Verdict(RuleSet rules, RawCertifications t, Month asOf, int row)
    {
        var name = t.Certification[row];
        var earned = t.EarnedOn[row];
        var expires = t.ExpiresOn[row];
        var listed = rules.Certification(name);
        var dates = $"earned {earned:yyyy-MM-dd}{(expires is { } e ? $", expires {e:yyyy-MM-dd}" : "")}";
        if (Names.IsEmptyId(name) || earned is null)
        {
            return ($"'{name}' ({dates}): rejected — empty certification or earned_on (R28).", Prelude.None);
        }

        return listed.Match(
            Some: index =>
            {
                var level = rules.LevelOf(index);
                var canonical = rules.Certifications.NameOf(index);
                var held = Time.EvaluationWindow.InForce(earned.Value, Prelude.Optional(expires), asOf);
                return held
                    ? ($"'{name}' is {canonical} ({level}); {dates}: held on {asOf.LastDay:yyyy-MM-dd} — counts (R5, R12).", Prelude.Some(level))
                    : ($"'{name}' is {canonical} ({level}); {dates}: not held on {asOf.LastDay:yyyy-MM-dd} (R5) — does not count.", Option<CertificationLevel>.None);
            },
            None: () => ($"'{name}' ({dates}): not on the {rules.Id} lists — ignored.", Option<CertificationLevel>.None));
    }
}
