using Orchestration.Governance.Guardrails;

namespace Orchestration.Governance.Tests.Guardrails;

public sealed class PiiDetectorTests
{
    [Theory]
    [InlineData("Contact jane.doe+invoices@contoso.example today", "email")]
    [InlineData("Mail JANE_DOE@Contoso.Co.UK", "email")]
    [InlineData("write to jane.doe [at] contoso [dot] com", "email")]
    [InlineData("write to jane (at) contoso (dot) example", "email")]
    [InlineData("jane at contoso dot com", "email")]
    [InlineData("jane\u200B@contoso.example", "email")]
    [InlineData("Call +44 20 7946 0958", "phone")]
    [InlineData("Call +1 (555) 123-4567", "phone")]
    [InlineData("Tel. 0049-30-1234567", "phone")]
    [InlineData("Tel: +49 (0)30 1234567", "phone")]
    [InlineData("Tel: (555) 123-4567", "phone")]
    [InlineData("Tel: 555.123.4567", "phone")]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00 please", "iban")]
    [InlineData("iban de89370400440532013000", "iban")]
    [InlineData("pay to GB82-WEST-1234-5698-7654-32", "iban")]
    [InlineData("pay to gb82 west 1234 5698 7654 32 and thanks", "iban")]
    [InlineData("card 4111-1111-1111-1111", "card")]
    [InlineData("card 4111 1111 1111 1111 exp 12/27", "card")]
    [InlineData("card ４１１１１１１１１１１１１１１１", "card")]
    [InlineData("amex 3782 822463 10005", "card")]
    [InlineData("SSN 123-45-6789", "national-id")]
    [InlineData("NINO: AB 12 34 56 C", "national-id")]
    [InlineData("nino ab123456c", "national-id")]
    [InlineData("DNI 12345678Z", "national-id")]
    public void Scan_PersonalData_IsFoundAndRedacted(string text, string kind)
    {
        PiiScan scan = PiiDetector.Scan(text);

        Assert.Contains(scan.Findings, finding => finding.Kind == kind);
        Assert.Contains($"[{kind.ToUpperInvariant()}]", scan.Redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Invoice INV-2025-0042 for PO-2025-7781, 12 x LAPTOP-14 at 1,350.00 EUR, total 18450.00")]
    [InlineData("Delivered on 2026-01-05 to building 7, dock 3; see ticket 4521.")]
    [InlineData("IBAN DE89370400440532013001 has a wrong check digit")]
    [InlineData("card 4111 1111 1111 1112 fails the Luhn check")]
    [InlineData("Order 12345678A with a wrong DNI letter")]
    [InlineData("Meet at the office at noon; we look at the numbers")]
    [InlineData("Version 10.0.14 of the package, build 20260105.3")]
    public void Scan_CleanText_PassesUnchanged(string text)
    {
        PiiScan scan = PiiDetector.Scan(text);

        Assert.True(scan.IsClean, string.Join(", ", scan.Findings.Select(finding => finding.Kind)));
        Assert.Equal(text, scan.Redacted);
    }

    [Fact]
    public void Scan_IbanFollowedByWords_KeepsTheWords()
    {
        Assert.Equal("IBAN [IBAN] please", PiiDetector.Scan("IBAN DE89 3704 0044 0532 0130 00 please").Redacted);
    }
}
