metadata description = 'Log Analytics and Application Insights, both accepting Entra ID authentication only.'

import { resourceTags, roleAssignment } from 'shared.bicep'

@description('Log Analytics workspace name.')
param logAnalyticsName string

@description('Application Insights component name.')
param applicationInsightsName string

@description('Azure region.')
param location string

@description('Tags applied to both resources.')
param tags resourceTags

@description('Roles granted on the Application Insights component only.')
param roleAssignments roleAssignment[]

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
    features: {
      disableLocalAuth: true
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true // Telemetry needs an Entra token: see APPLICATIONINSIGHTS_AUTHENTICATION_STRING.
  }
}

resource grants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for grant in roleAssignments: {
    scope: applicationInsights
    name: guid(applicationInsights.id, grant.principalId, grant.roleDefinitionId)
    properties: {
      principalId: grant.principalId
      principalType: grant.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', grant.roleDefinitionId)
      description: grant.description
    }
  }
]

@description('Application Insights connection string; not a secret once local authentication is disabled.')
output connectionString string = applicationInsights.properties.ConnectionString
