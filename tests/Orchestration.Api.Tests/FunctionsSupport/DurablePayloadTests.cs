using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Api.FunctionsSupport;
using Orchestration.Processes.Invoices;

namespace Orchestration.Api.Tests.FunctionsSupport;

public sealed class DurablePayloadTests
{
    [Fact]
    public void ToElement_Record_WritesWorkflowJsonContract()
    {
        JsonElement element = DurablePayload.ToElement(new ApprovalDecision(Approved: true, Approver: "maria", Comment: null));

        Assert.Equal("""{"approved":true,"approver":"maria"}""", element.GetRawText());
    }

    [Fact]
    public void ToElement_Null_GivesJsonNullThatReadsAsNull()
    {
        JsonElement element = DurablePayload.ToElement(null);

        Assert.Equal(JsonValueKind.Null, element.ValueKind);
        Assert.Null(DurablePayload.Read<InvoiceSubmission>(element));
        Assert.Null(DurablePayload.ToJson(element));
    }

    [Fact]
    public void ToElement_JsonElement_IsTakenAsItIs()
    {
        JsonElement given = JsonDocument.Parse("""{"Odd":"Casing"}""").RootElement;

        Assert.Equal(given.GetRawText(), DurablePayload.ToElement(given).GetRawText());
    }

    [Fact]
    public void ToElement_UndefinedElement_GivesJsonNull()
    {
        Assert.Equal(JsonValueKind.Null, DurablePayload.ToElement(default(JsonElement)).ValueKind);
    }

    [Fact]
    public void ThroughDurableDefaultSerializer_Element_KeepsCamelCaseAndEnumsAsStrings()
    {
        InvoiceOutcome outcome = new("INV-1", InvoiceStatus.Posted, [], "maria", "DOC-9");
        JsonElement element = DurablePayload.ToElement(outcome);

        JsonElement crossed = LoopbackWorkflowContext.ThroughDurable(element);

        Assert.Equal(element.GetRawText(), crossed.GetRawText());
        Assert.Contains("\"status\":\"Posted\"", crossed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(outcome.ErpDocumentNumber, DurablePayload.Read<InvoiceOutcome>(crossed)!.ErpDocumentNumber);
    }

    [Fact]
    public void Read_UnknownMember_IsRefusedAsOnTheEngine()
    {
        JsonElement element = JsonDocument.Parse("""{"approved":true,"approver":"maria","extra":1}""").RootElement;

        Assert.ThrowsAny<JsonException>(() => DurablePayload.Read<ApprovalDecision>(element));
    }

    [Fact]
    public void Read_AsJsonElement_ReturnsTheElement()
    {
        JsonElement element = JsonDocument.Parse("[1,2]").RootElement;

        Assert.Equal("[1,2]", DurablePayload.Read<JsonElement>(element).GetRawText());
    }

    [Fact]
    public void ToJson_Element_MatchesWorkflowJsonSerialize()
    {
        ApprovalDecision decision = new(false, "li.wei", "Price differs from PO");

        Assert.Equal(WorkflowJson.Serialize(decision), DurablePayload.ToJson(DurablePayload.ToElement(decision)));
    }
}
