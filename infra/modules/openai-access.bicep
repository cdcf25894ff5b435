// An existing Azure OpenAI (or AI Foundry) account the model-backed agents call: the Function app's user-assigned
// identity gets "Cognitive Services OpenAI User" on it (inference only: no keys, no deployments), so the app reaches
// it with an Entra ID token and no key is ever stored.
param accountName string
param appPrincipalId string

// Cognitive Services OpenAI User.
var openAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {
  name: accountName
}

resource appAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, appPrincipalId, openAiUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = account.properties.endpoint
