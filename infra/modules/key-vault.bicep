metadata description = 'The Key Vault holding the app\'s secrets, authorized with Azure RBAC only.'

import { resourceTags, roleAssignment } from 'shared.bicep'

@description('Vault name: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the vault.')
param tags resourceTags

@description('Roles granted on this vault only.')
param roleAssignments roleAssignment[]

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled' // Flex Consumption without a virtual network has no fixed outbound address.
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource grants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for grant in roleAssignments: {
    scope: vault
    name: guid(vault.id, grant.principalId, grant.roleDefinitionId)
    properties: {
      principalId: grant.principalId
      principalType: grant.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', grant.roleDefinitionId)
      description: grant.description
    }
  }
]

@description('Vault name.')
output name string = vault.name

@description('Vault URI, ending in a slash.')
output uri string = vault.properties.vaultUri
