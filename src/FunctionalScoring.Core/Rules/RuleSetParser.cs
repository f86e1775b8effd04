using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FunctionalScoring.Core.Domain;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Core.Rules;

/// <summary>R25: parses a rule-set JSON document; every problem found is reported with the field it is in.</summary>
public static class RuleSetParser
{
    public static Validation<RuleSetError, RuleSet> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return Fail<RuleSetError, RuleSet>(RuleSetError.NotJson(e.Message));
        }

        using (document)
        {
            var root = new JsonField(document.RootElement, "");
            return (
                root.Property("id").Bind(f => f.String()),
                root.Property("title").Bind(f => f.String()),
                root.Property("effectiveDate").Bind(f => f.Date()),
                root.Property("workloads").Bind(f => f.Each(Entry)),
                root.Property("associationTypes").Bind(AssociationTypes),
                root.Property("certifications").Bind(Certifications),
                root.Property("paths").Bind(Paths),
                root.OptionalProperty("parameters").Match(ParseParameters, () => Success<RuleSetError, Parameters>(Parameters.Default)))
                .Apply((id, title, effective, workloads, types, certifications, paths, parameters) => new RuleSet(
                    id, title, effective,
                    NameCatalog.From(workloads),
                    NameCatalog.From(types),
                    certifications.Catalog,
                    certifications.Levels,
                    paths,
                    parameters,
                    Hash(json)));
        }
    }

    /// <summary>R26: the content hash recorded with every output (SHA-256 of the document, line endings normalised).</summary>
    public static string Hash(string json) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n"))));

    private static Validation<RuleSetError, NamedEntry> Entry(JsonField field) =>
        (field.Property("name").Bind(f => f.String()),
         field.OptionalProperty("aliases").Match(a => a.Each(f => f.String(), nonEmpty: false), () => Success<RuleSetError, Seq<string>>(Empty)))
        .Apply((name, aliases) => new NamedEntry(name, aliases));

    private static Validation<RuleSetError, Seq<NamedEntry>> AssociationTypes(JsonField field) =>
        field.Each(entry => Entry(entry).Bind(e => Enum.TryParse<AssociationType>(e.Name, ignoreCase: false, out _)
            ? Success<RuleSetError, NamedEntry>(e)
            : Fail<RuleSetError, NamedEntry>(RuleSetError.Unknown($"{entry.Path}.name", e.Name, "CSP, CPOR, DPOR"))));

    private static Validation<RuleSetError, (NameCatalog Catalog, Seq<CertificationLevel> Levels)> Certifications(JsonField field) =>
        (field.OptionalProperty("prefixes").Match(a => a.Each(f => f.String(), nonEmpty: false), () => Success<RuleSetError, Seq<string>>(Empty)),
         field.Property("intermediate").Bind(f => f.Each(Entry)),
         field.Property("advanced").Bind(f => f.Each(Entry)))
        .Apply((prefixes, intermediate, advanced) =>
        {
            var levels = intermediate.Map(_ => CertificationLevel.Intermediate) + advanced.Map(_ => CertificationLevel.Advanced);
            return (NameCatalog.From(intermediate + advanced, name => WithoutPrefixes(name, prefixes)), levels);
        });

    /// <summary>§6: each certification name also matches without its program prefix.</summary>
    private static Seq<string> WithoutPrefixes(string name, Seq<string> prefixes) =>
        Seq1(name) + prefixes
            .Filter(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Map(prefix => name[prefix.Length..]);

    private static Validation<RuleSetError, Seq<PathRules>> Paths(JsonField field) =>
        field.Each(PathRulesParser.Parse).Bind(paths =>
            paths.Map(p => p.Path).Distinct().Count() == paths.Count && paths.Count == Enum.GetValues<PathName>().Length
                ? Success<RuleSetError, Seq<PathRules>>(paths)
                : Fail<RuleSetError, Seq<PathRules>>(RuleSetError.WrongKind(field.Path, "one entry for each of Enterprise and SMB")))
            .Bind(paths => Overlaps(field.Path, paths) is var overlaps && overlaps.IsEmpty
                ? Success<RuleSetError, Seq<PathRules>>(paths)
                : Fail<RuleSetError, Seq<PathRules>>(overlaps));

    /// <summary>R7: a PAU places a pair in at most one path's band; a band overlapping an earlier path's is named with both.</summary>
    private static Seq<RuleSetError> Overlaps(string field, Seq<PathRules> paths) =>
        toSeq(paths.Select((path, j) => (path, j)))
            .Bind(later => toSeq(paths.Take(later.j).Select((earlier, i) => (earlier, i)))
                .Filter(e => e.earlier.Band.Overlaps(later.path.Band))
                .Map(e => new RuleSetError($"{field}[{later.j}].band", $"{later.path.Band} overlaps {field}[{e.i}].band ({e.earlier.Band})")));

    private static Validation<RuleSetError, Parameters> ParseParameters(JsonField field)
    {
        var defaults = Parameters.Default;
        return (
            field.OptionalProperty("lostPairs").Match(f => f.Enum<LostPairs>(), () => defaults.LostPairs),
            field.OptionalProperty("deploymentRatio").Match(RuleSetNumbers.DeploymentRatio, () => defaults.DeploymentRatio),
            field.OptionalProperty("deploymentComparison").Match(f => f.Enum<DeploymentComparison>(), () => defaults.DeploymentComparison),
            field.OptionalProperty("minPointsPerMetric").Match(f => f.Number(), () => defaults.MinPointsPerMetric),
            field.OptionalProperty("qualifyingTotal").Match(f => f.Number(positive: true), () => defaults.QualifyingTotal),
            field.OptionalProperty("qualificationWindowMonths").Match(WindowMonths, () => defaults.QualificationWindowMonths))
            .Apply((lost, ratio, comparison, minPoints, total, window) => new Parameters(lost, ratio, comparison, minPoints, total, window));
    }

    /// <summary>R32: a whole number of months, at least 1 (1: R22's month-M qualification alone).</summary>
    private static Validation<RuleSetError, int> WindowMonths(JsonField field) =>
        field.Number().Bind(months => months == decimal.Truncate(months) && months is >= 1 and <= 120
            ? Success<RuleSetError, int>((int)months)
            : Fail<RuleSetError, int>(RuleSetError.WrongKind(field.Path, "a whole number of months from 1 to 120")));
}
