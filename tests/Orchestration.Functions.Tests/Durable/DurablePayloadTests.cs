using System.Text.Json;
using Azure.Core.Serialization;
using Microsoft.DurableTask.Converters;
using Orchestration.Abstractions;
using Orchestration.Functions.Durable;
using Orchestration.Processes.Invoices;

namespace Orchestration.Functions.Tests.Durable;

public sealed class DurablePayloadTests
{
    // What a payload crosses: the Durable Task SDK's default converter (its test hosts), and the Functions worker's
    // default serializer, which the Durable extension's converter wraps (System.Text.Json with default options).
    public static TheoryData<string> Converters => [nameof(JsonDataConverter), nameof(JsonObjectSerializer)];

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

    [Theory]
    [MemberData(nameof(Converters))]
    public void ToElement_ThroughDurableConverter_KeepsCamelCaseAndEnumsAsStrings(string converter)
    {
        InvoiceOutcome outcome = new("INV-1", InvoiceStatus.Posted, [], "maria", "DOC-9");
        JsonElement element = DurablePayload.ToElement(outcome);

        JsonElement crossed = Cross(converter, element);

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

    private static JsonElement Cross(string converter, JsonElement element) => converter switch
    {
        nameof(JsonDataConverter) => JsonDataConverter.Default.Deserialize<JsonElement>(JsonDataConverter.Default.Serialize(element)),
        _ => new JsonObjectSerializer().Deserialize(new JsonObjectSerializer().Serialize(element).ToStream(), typeof(JsonElement), CancellationToken.None) as JsonElement?
            ?? throw new InvalidOperationException("The worker's serializer read nothing."),
    };
}
