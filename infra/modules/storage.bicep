metadata description = 'Storage: the Functions host\'s, the deployment package, the app\'s tables, queues and blobs.'

import { resourceTags, roleAssignment } from 'shared.bicep'

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the account.')
param tags resourceTags

@description('Blob containers to create.')
param blobContainerNames string[]

@description('Queues to create; each also gets its "-poison" queue, where the Functions host moves failing messages.')
param queueNames string[]

@description('Tables to create.')
param tableNames string[]

@description('Roles granted on this account only.')
param roleAssignments roleAssignment[]

@description('Every queue and its poison queue.')
var queuesWithPoison = flatten(map(queueNames, queue => [queue, '${queue}-poison']))

resource account 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    allowSharedKeyAccess: false // Entra ID only: no account keys, no SAS signed with them.
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled' // Flex Consumption without a virtual network reaches storage publicly.
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-09-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-09-01' = [
  for containerName in blobContainerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2026-09-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2026-09-01' = [
  for queueName in queuesWithPoison: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2026-09-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-09-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource grants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for grant in roleAssignments: {
    scope: account
    name: guid(account.id, grant.principalId, grant.roleDefinitionId)
    properties: {
      principalId: grant.principalId
      principalType: grant.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', grant.roleDefinitionId)
      description: grant.description
    }
  }
]

@description('Account name.')
output name string = account.name

@description('Blob service endpoint, ending in a slash.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Queue service endpoint, ending in a slash.')
output queueEndpoint string = account.properties.primaryEndpoints.queue

@description('Table service endpoint, ending in a slash.')
output tableEndpoint string = account.properties.primaryEndpoints.table
