using System.ComponentModel.DataAnnotations;
using Orchestration.Governance.Guardrails;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.Tests.Guardrails;

public sealed class ModelOutputValidatorTests
{
    [Fact]
    public void Validate_OutputOfExpectedShape_IsRead()
    {
        ModelOutput<Extraction> output = ModelOutputValidator.Validate<Extraction>("""{"invoiceNumber":"INV-1","amount":12.5,"confidence":0.9}""");

        Assert.Equal(new Extraction("INV-1", 12.5m, 0.9m), output.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sure! Here is the JSON: {\"invoiceNumber\":\"INV-1\",\"amount\":1,\"confidence\":0.9}")]
    [InlineData("```json\n{\"invoiceNumber\":\"INV-1\",\"amount\":1,\"confidence\":0.9}\n```")]
    [InlineData("{\"invoiceNumber\":\"INV-1\",\"amount\":1}")]
    [InlineData("{\"invoiceNumber\":\"INV-1\",\"amount\":\"twelve\",\"confidence\":0.9}")]
    [InlineData("{\"invoiceNumber\":\"INV-1\",\"amount\":1,\"confidence\":0.9,\"approved\":true}")]
    [InlineData("{\"invoiceNumber\":null,\"amount\":1,\"confidence\":0.9}")]
    [InlineData("{\"invoiceNumber\":\"INV-1\",\"amount\":1,\"confidence\":1.7}")]
    [InlineData("null")]
    public void Validate_InvalidOutput_IsRefusedNeverGuessed(string raw)
    {
        ModelOutput<Extraction> output = ModelOutputValidator.Validate<Extraction>(raw, "invoice-extractor");

        Assert.Equal((RefusalCodes.InvalidModelOutput, "invoice-extractor"), (output.Refusal?.Code, output.Refusal?.AgentId));
        Assert.Null(output.Value);
    }

    public sealed record Extraction(string InvoiceNumber, decimal Amount, [property: Range(0.0, 1.0)] decimal Confidence);
}
