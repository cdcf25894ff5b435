// The Functions app on Flex Consumption (.NET 10 isolated). It runs as the user-assigned identity: deployment
// package, AzureWebJobsStorage (host and Durable Functions task hub), the evidence ledger, Key Vault references and
// Application Insights all authenticate with it, so no setting holds a key.
param name string
param planName string
param location string
param tags object
@description('The service name in azure.yaml; azd deploys to the app with this azd-service-name tag.')
param serviceName string
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param evidencePayloadContainerName string
param evidenceSealContainerName string
param applicationInsightsConnectionString string
param keyVaultName string
param approvalSigningKeySecretName string
param taskHubName string
param maximumInstanceCount int
param instanceMemoryMB int = 2048
@description('The Azure OpenAI endpoint the model-backed agents call; empty for none (the agents run locally).')
param modelEndpoint string = ''
@description('The model deployment the agents name.')
param modelDeployment string = ''

var storageSuffix = environment().suffixes.storage

// Every setting the app reads. The deployment tests check that each setting the code names is set here.
var appSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: 'https://${storageAccountName}.blob.${storageSuffix}'
  AzureWebJobsStorage__queueServiceUri: 'https://${storageAccountName}.queue.${storageSuffix}'
  AzureWebJobsStorage__tableServiceUri: 'https://${storageAccountName}.table.${storageSuffix}'
  TASKHUB_NAME: taskHubName
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  Evidence__Store: 'Table'
  Evidence__TableEndpoint: 'https://${storageAccountName}.table.${storageSuffix}'
  Evidence__BlobEndpoint: 'https://${storageAccountName}.blob.${storageSuffix}'
  Evidence__ManagedIdentityClientId: identityClientId
  Evidence__PayloadContainer: evidencePayloadContainerName
  Evidence__SealContainer: evidenceSealContainerName
  // Six-field NCRONTAB (UTC): the reference data refresh's timer reads it as %SCHEDULE_REFERENCE_DATA_REFRESH%.
  SCHEDULE_REFERENCE_DATA_REFRESH: '0 0 * * * *'
  // Resolved by the platform with the user-assigned identity (keyVaultReferenceIdentity below); the key never
  // appears in a template, a parameter or the deployment history.
  Approvals__SigningKey: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${approvalSigningKeySecretName})'
  AZURE_CLIENT_ID: identityClientId
  // Entra ID with the identity above (AZURE_CLIENT_ID): Models__ApiKey is never set in Azure.
  Models__Endpoint: modelEndpoint
  Models__Deployment: modelDeployment
  Models__Authentication: 'azure'
  // The workflow activity's retry policy retries; one attempt may take this long.
  Models__TimeoutSeconds: '60'
  // Prompts and completions stay out of spans and evidence: they carry the documents' personal data.
  Models__CaptureSensitiveData: 'false'
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // Flex Consumption takes the worker runtime from here; it refuses a FUNCTIONS_WORKER_RUNTIME app setting.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: appSettings
  }
}

// Basic publishing credentials (FTP, SCM) off: azd deploys with Entra ID.
resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

resource scm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

output name string = app.name
output uri string = 'https://${app.properties.defaultHostName}'
