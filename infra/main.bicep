// The Azure side of OrchestrationFunctions, in the shape of an azd template: one resource group holding a Flex
// Consumption Function app (.NET 10 isolated) that reaches storage, Key Vault and Application Insights through a
// user-assigned managed identity. No shared keys: the storage account refuses them.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used to name and tag every resource.')
param environmentName string

@minLength(1)
@description('Primary location for all resources; it must offer Flex Consumption.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the person or pipeline running azd (AZURE_PRINCIPAL_ID): may read blobs and tables and write the signing key. Empty for none.')
param principalId string = ''

@description('The principal type of principalId.')
@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@description('Days a run seal stays write-once in the evidence seal container (time-based retention). Default: 7 years.')
@minValue(1)
@maxValue(146000)
param evidenceRetentionDays int = 2557

@description('Most instances Flex Consumption may scale to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Name of an existing Azure OpenAI (or AI Foundry) account the model-backed agents call with the app\'s identity. Empty: no model; the agents run locally.')
param openAiAccountName string = ''

@description('Resource group of that account. Empty: the resource group this deployment creates.')
param openAiResourceGroupName string = ''

@description('The model deployment on that account the agents name (Models__Deployment).')
param openAiDeploymentName string = ''

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    publisherPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${take(functionAppName, 32)}'
    evidenceRetentionDays: evidenceRetentionDays
    appPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module openAiAccess 'modules/openai-access.bicep' = if (!empty(openAiAccountName)) {
  name: 'openai-access'
  scope: resourceGroup(empty(openAiResourceGroupName) ? rg.name : openAiResourceGroupName)
  params: {
    accountName: openAiAccountName
    appPrincipalId: identity.outputs.principalId
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    evidenceSealContainerName: storage.outputs.evidenceSealContainerName
    evidencePayloadContainerName: storage.outputs.evidencePayloadContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultName: keyVault.outputs.name
    approvalSigningKeySecretName: keyVault.outputs.approvalSigningKeySecretName
    taskHubName: 'orchestration${resourceToken}'
    maximumInstanceCount: maximumInstanceCount
    modelEndpoint: openAiAccess.?outputs.endpoint ?? ''
    modelDeployment: openAiDeploymentName
  }
}

// azd reads these outputs into the environment (.azure/<env>/.env); the hook and the README use them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = functionApp.outputs.uri
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.endpoint
output APPROVAL_SIGNING_KEY_SECRET_NAME string = keyVault.outputs.approvalSigningKeySecretName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output EVIDENCE_SEAL_CONTAINER string = storage.outputs.evidenceSealContainerName
