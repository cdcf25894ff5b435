using System.Text.Json;

namespace Orchestration.Abstractions.Tests.Serialization;

public sealed class WorkflowJsonTests
{
    [Fact]
    public void Deserialize_UnknownMember_ThrowsJsonException()
    {
        const string json = """{"number":"INV-1","amount":120.5,"discount":10}""";

        Assert.Throws<JsonException>(() => WorkflowJson.Deserialize<InvoiceInput>(json));
    }

    [Fact]
    public void Deserialize_MissingRequiredConstructorParameter_ThrowsJsonException()
    {
        const string json = """{"number":"INV-1"}""";

        Assert.Throws<JsonException>(() => WorkflowJson.Deserialize<InvoiceInput>(json));
    }

    [Fact]
    public void Deserialize_NullForNonNullableMember_ThrowsJsonException()
    {
        const string json = """{"number":null,"amount":120.5}""";

        Assert.Throws<JsonException>(() => WorkflowJson.Deserialize<InvoiceInput>(json));
    }

    [Fact]
    public void Deserialize_NullForNullableMember_IsAccepted()
    {
        const string json = """{"number":"INV-1","amount":120.5,"note":null}""";

        InvoiceInput? input = WorkflowJson.Deserialize<InvoiceInput>(json);

        Assert.Equal(new InvoiceInput("INV-1", 120.5m), input);
    }

    [Fact]
    public void Deserialize_NullText_ReturnsDefault()
    {
        Assert.Null(WorkflowJson.Deserialize<InvoiceInput>(null));
        Type inputType = typeof(InvoiceInput);

        Assert.Null(WorkflowJson.Deserialize(null, inputType));
    }

    [Fact]
    public void Deserialize_ByType_ReturnsThatType()
    {
        // The engine knows input types only at run time, as a Type.
        Type inputType = typeof(InvoiceInput);

        object? input = WorkflowJson.Deserialize("""{"number":"INV-1","amount":5}""", inputType);

        Assert.Equal(new InvoiceInput("INV-1", 5m), input);
    }

    [Fact]
    public void Serialize_Record_WritesCamelCaseAndOmitsNulls()
    {
        string? json = WorkflowJson.Serialize(new InvoiceInput("INV-1", 120.5m));

        Assert.Equal("""{"number":"INV-1","amount":120.5}""", json);
    }

    [Fact]
    public void Serialize_Enum_WritesName()
    {
        Assert.Equal("\"Suspended\"", WorkflowJson.Serialize(WorkflowRuntimeStatus.Suspended));
    }

    [Fact]
    public void Deserialize_EnumName_ReadsValue()
    {
        Assert.Equal(WorkflowRuntimeStatus.Terminated, WorkflowJson.Deserialize<WorkflowRuntimeStatus>("\"Terminated\""));
    }

    [Fact]
    public void Serialize_JsonElement_WritesItUnchanged()
    {
        using JsonDocument document = JsonDocument.Parse("""{"Number":"INV-1","Extra":[1,2]}""");

        Assert.Equal("""{"Number":"INV-1","Extra":[1,2]}""", WorkflowJson.Serialize(document.RootElement));
    }

    [Fact]
    public void Serialize_UndefinedJsonElement_ReturnsNull()
    {
        Assert.Null(WorkflowJson.Serialize(default(JsonElement)));
    }

    [Fact]
    public void Serialize_Null_ReturnsNull()
    {
        Assert.Null(WorkflowJson.Serialize(null));
    }

    [Fact]
    public void Options_Always_AreReadOnly()
    {
        Assert.True(WorkflowJson.Options.IsReadOnly);
    }

    public sealed record InvoiceInput(string Number, decimal Amount, string? Note = null);
}
