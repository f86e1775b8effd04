namespace FunctionalScoring.Generation;

/// <summary>
/// A product of a usage export: its spellings (the first is canonical; aliases and odd casing or padding follow),
/// whether modern-work-2022 counts it (R6), the share of a tenant's seats licensed for it, and how often the
/// canonical spelling is the one exported.
/// </summary>
internal sealed record WorkloadSlot(string[] Spellings, bool Eligible, double SeatShare, double CanonicalShare = 0.92);

/// <summary>A certification as exported: its spellings (name, alias, exam code) and whether it ever expires.</summary>
internal sealed record CertificationName(string[] Spellings, bool Expires = true);

/// <summary>The names the synthetic exports use, spelled the many ways real exports spell them (R6, R12, §1).</summary>
internal static class Vocabulary
{
    /// <summary>Workloads by popularity: the first ones are in nearly every tenant. At most this many per tenant.</summary>
    public static readonly WorkloadSlot[] Workloads =
    [
        new(["Exchange", "exchange", " Exchange "], true, 1.00),
        new(["Teams", "teams", "TEAMS"], true, 0.97),
        new(["SharePoint", "Sharepoint", "SharePoint\u00A0"], true, 0.95),
        new(["Microsoft 365 Apps", "ProPlus", "Office 365 ProPlus"], true, 0.85, CanonicalShare: 0.5),
        new(["Intune", "intune"], true, 0.70),
        new(["Teams Meetings", "teams meetings"], true, 0.90),
        new(["Power BI"], false, 0.30),
        new(["Yammer", "yammer"], true, 0.60),
        new(["Teams Phone", "Teams phone"], true, 0.25),
        new(["Teams Calling", "teams calling"], true, 0.30),
        new(["Viva Insights"], false, 0.20),
        new(["Teams Platform"], true, 0.50),
        new(["Dynamics 365"], false, 0.15),
        new(["Windows 365"], false, 0.10),
    ];

    public static readonly string[] Csp = ["CSP", "CSP Tier 1", "CSP Tier 2", "csp", "CSP_T1", "CSP_T2"];

    public static readonly string[] Cpor = ["CPOR", " CPOR ", "cpor"];

    public static readonly string[] Dpor = ["DPOR", "dpor", "DPOR\t"];

    /// <summary>Types no rule set knows (R28 rejects them); "CSP Tier 3" is the near miss.</summary>
    public static readonly string[] UnknownTypes = ["Reseller", "CSP Tier 3", "MPN"];

    /// <summary>An empty association workload means tenant-wide (R6): null, empty or blank.</summary>
    public static readonly string?[] TenantWide = [null, "", " "];

    public static readonly CertificationName[] Intermediate =
    [
        new(["Microsoft 365 Certified: Fundamentals", "Microsoft 365 Fundamentals", "MS-900", "Fundamentals"], Expires: false),
        new(["Microsoft 365 Certified: Modern Desktop Administrator Associate", "Managing Modern Desktops", "Modern Desktop Administrator Associate"]),
        new(["Microsoft 365 Certified: Messaging Administrator Associate", "MS-203", "Messaging Administrator Associate"]),
        new(["Microsoft 365 Certified: Teams Administrator Associate", "MS-700", "ms-700", "Teams Administrator Associate"]),
        new(["Microsoft 365 Certified: Developer Associate", "MS-600"]),
    ];

    public static readonly CertificationName[] Advanced =
    [
        new(["Microsoft 365 Certified: Enterprise Administrator Expert", "Enterprise Administrator Expert", " enterprise administrator expert "]),
    ];

    /// <summary>Listed by modern-work-2023 only: ignored under the default rule set.</summary>
    public static readonly CertificationName[] Only2023 =
    [
        new(["Microsoft 365 Certified: Teams Application Developer Associate"]),
        new(["Microsoft Certified: Identity and Access Administrator Associate"]),
        new(["Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate"]),
        new(["Microsoft 365 Certified: Endpoint Administrator Associate"]),
    ];

    /// <summary>On no list: ignored, never an error (R28).</summary>
    public static readonly CertificationName[] Unlisted =
    [
        new(["Microsoft Certified: Azure Administrator Associate", "AZ-104"]),
        new(["Microsoft Certified: Azure Fundamentals", "AZ-900"], Expires: false),
        new(["Microsoft Certified: Power Platform Fundamentals", "PL-900"], Expires: false),
        new(["Microsoft 365 Certified: Security Administrator Associate", "MS-500"]),
    ];

    private static readonly string[] NameStems =
    [
        "Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Adventure Works", "Woodgrove", "Proseware", "Alpine Ski",
        "Coho", "Lucerne", "Trey Research", "Wide World", "Wingtip", "Fourth Coffee", "Humongous", "VanArsdel", "Relecloud",
        "Datum", "Graphic Design", "Blue Yonder", "Consolidated Messenger", "Southridge", "Lamna", "Bellows", "Munson's",
    ];

    private static readonly string[] NameMiddles = ["Cloud", "IT", "Digital", "Tech", "Modern Work", "Systems", "Networks", "Consulting", "Solutions"];

    private static readonly string[] NameSuffixes = ["Ltd", "GmbH", "Inc.", "LLC", "S.A.", "B.V.", "Pty Ltd", "AB", "Oy", "K.K.", "S.r.l.", "plc"];

    /// <summary>A company name; names may repeat across partners, as they do in real data.</summary>
    public static string PartnerName(ref SplitMix64 random) =>
        $"{random.Pick(NameStems)} {random.Pick(NameMiddles)} {random.Pick(NameSuffixes)}";
}
