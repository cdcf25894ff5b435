namespace Orchestration.Governance.Guardrails;

/// <summary>The kinds of personal data <see cref="PiiDetector"/> finds; each is also its placeholder, in capitals.</summary>
public static class PiiKinds
{
    /// <summary>An email address.</summary>
    public const string Email = "email";

    /// <summary>A phone number.</summary>
    public const string Phone = "phone";

    /// <summary>An IBAN whose checksum is valid.</summary>
    public const string Iban = "iban";

    /// <summary>A payment card number whose Luhn check digit is valid.</summary>
    public const string Card = "card";

    /// <summary>A national identifier (US SSN, UK NINO, Spanish DNI).</summary>
    public const string NationalId = "national-id";
}
