metadata description = 'One secret in the vault.'

@description('Name of the existing vault.')
param vaultName string

@description('Secret name.')
param name string

@description('Secret value.')
@secure()
param value string

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: vaultName
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: name
  properties: {
    value: value
    contentType: 'text/plain'
  }
}
