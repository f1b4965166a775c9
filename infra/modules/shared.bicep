metadata description = 'Types and constants the modules share: resource tags, and the roles MerchantDesk grants.'

@export()
@description('Built-in role definition GUIDs by role name (same in every tenant).')
var builtInRoles = {
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

@export()
@description('One role granted to one principal on the resource a module creates, and on nothing else.')
type roleAssignment = {
  @description('Object id of the identity, user, group or service principal receiving the role.')
  principalId: string

  @description('Kind of principal; stating it avoids a race with directory replication for new identities.')
  principalType: 'ServicePrincipal' | 'User' | 'Group'

  @description('GUID of the role definition, built-in (see builtInRoles) or custom.')
  roleDefinitionId: string

  @description('Why the principal needs the role; shown on the assignment in the portal.')
  description: string
}

@export()
@description('Resource tags: names to values.')
type resourceTags = {
  @description('Tag value.')
  *: string
}
