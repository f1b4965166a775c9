metadata description = 'The user-assigned managed identity the function app runs as.'

import { resourceTags } from 'shared.bicep'

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the identity.')
param tags resourceTags

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for the app\'s identity list and for identity-based deployment storage.')
output id string = identity.id

@description('Object id, for role assignments.')
output principalId string = identity.properties.principalId

@description('Client id, which tells the SDKs and the Functions host which identity to use.')
output clientId string = identity.properties.clientId
