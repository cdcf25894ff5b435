namespace Orchestration.Evidence.Rest;

/// <summary>The service error codes the ledger reacts to (Table and Blob services, as Azure and Azurite send them).</summary>
public static class StorageErrorCodes
{
    /// <summary>409 on create table.</summary>
    public const string TableAlreadyExists = "TableAlreadyExists";

    /// <summary>404 on an entity operation against a missing table.</summary>
    public const string TableNotFound = "TableNotFound";

    /// <summary>409 on insert of an existing entity.</summary>
    public const string EntityAlreadyExists = "EntityAlreadyExists";

    /// <summary>404 for a missing entity.</summary>
    public const string ResourceNotFound = "ResourceNotFound";

    /// <summary>412 when an ETag does not match.</summary>
    public const string UpdateConditionNotSatisfied = "UpdateConditionNotSatisfied";

    /// <summary>400 for a malformed request, e.g. a bad filter or key.</summary>
    public const string InvalidInput = "InvalidInput";

    /// <summary>400 for a string or binary property over 64 KiB.</summary>
    public const string PropertyValueTooLarge = "PropertyValueTooLarge";

    /// <summary>409 on create container.</summary>
    public const string ContainerAlreadyExists = "ContainerAlreadyExists";

    /// <summary>404 for a blob in a missing container.</summary>
    public const string ContainerNotFound = "ContainerNotFound";

    /// <summary>409 on a create-only Put Blob of an existing blob.</summary>
    public const string BlobAlreadyExists = "BlobAlreadyExists";

    /// <summary>404 for a missing blob.</summary>
    public const string BlobNotFound = "BlobNotFound";
}
