metadata description = 'ACS email: an Azure-managed sender domain, linked to the resource whose SMTP relay we use.'

import { resourceTags, roleAssignment } from 'shared.bicep'

@description('Communication Services resource name; globally unique.')
param communicationServiceName string

@description('Email Communication Services resource name.')
param emailServiceName string

@description('Geography where email data is stored at rest, for example "Europe" or "United States".')
param dataLocation string

@description('Tags applied to the resources.')
param tags resourceTags

@description('SMTP username the app signs in with; linked to the Entra application below.')
param smtpUsername string

@description('Client id of the Entra application whose secret is the SMTP password. Empty: no SMTP username yet.')
param smtpEntraApplicationId string

@description('Roles granted on the Communication Services resource only.')
param roleAssignments roleAssignment[]

@description('Whether to create the SMTP username, which needs the Entra application.')
var linkSmtpApplication = !empty(smtpEntraApplicationId)

resource emailService 'Microsoft.Communication/emailServices@2026-03-18' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

// Azure provisions a <guid>.azurecomm.net domain with its DNS records verified; mail leaves as DoNotReply@ it.
resource managedDomain 'Microsoft.Communication/emailServices/domains@2026-03-18' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2026-03-18' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [
      managedDomain.id
    ]
    disableLocalAuth: true // No access keys; SMTP authenticates the Entra application.
  }
}

resource smtpUser 'Microsoft.Communication/communicationServices/smtpUsernames@2026-03-18' = if (linkSmtpApplication) {
  parent: communicationService
  name: 'merchantdesk'
  properties: {
    username: smtpUsername
    entraApplicationId: smtpEntraApplicationId
    tenantId: tenant().tenantId
  }
  dependsOn: [grants] // The application can sign in to the relay only once it holds its role.
}

resource grants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for grant in roleAssignments: {
    scope: communicationService
    name: guid(communicationService.id, grant.principalId, grant.roleDefinitionId)
    properties: {
      principalId: grant.principalId
      principalType: grant.principalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', grant.roleDefinitionId)
      description: grant.description
    }
  }
]

@description('Communication Services resource name.')
output communicationServiceName string = communicationService.name

@description('The managed domain mail is sent from, for example 0a1b….azurecomm.net.')
output senderDomain string = managedDomain.properties.mailFromSenderDomain
