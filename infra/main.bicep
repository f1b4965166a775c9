metadata description = 'MerchantDesk on Azure: a Flex Consumption function app and all it uses, in one resource group.'

targetScope = 'subscription'

import { builtInRoles } from 'modules/shared.bicep'

// ---------------------------------------------------------------------------------------------
// Parameters (azd fills them from infra/main.parameters.json)
// ---------------------------------------------------------------------------------------------

@description('azd environment name; names the resource group and seeds every resource name.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region for all regional resources; must offer Flex Consumption.')
@minLength(1)
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of whoever runs azd; gets Key Vault Secrets Officer to set secrets. Empty: nobody.')
param principalId string = ''

@description('What kind of principal principalId names.')
@allowed(['User', 'ServicePrincipal', 'Group'])
param principalType string = 'User'

@description('IANA time zone of register days and "Today" filters. (Linux has no WEBSITE_TIME_ZONE.)')
param timeZone string = 'Europe/Moscow'

@description('Six-field NCRONTAB of the daily register mailing, in UTC; the default is 06:00 in Moscow.')
param registersDailySchedule string = '0 0 3 * * *'

@description('Display name on outgoing mail.')
param smtpSenderName string = 'MerchantDesk'

@description('Geography where email data is stored at rest.')
param emailDataLocation string = 'Europe'

@description('Client id of the Entra application used for SMTP; empty until you create it (see README).')
param smtpEntraApplicationId string = ''

@description('Object id of that application\'s service principal, which is granted the SMTP sender role.')
param smtpServicePrincipalId string = ''

@description('Mailbox merchants\' support questions are mailed to; it must receive mail (the ACS sender cannot).')
@minLength(3)
param supportMailbox string

@description('Email of the first operator, created at start when missing. Empty: none (needs the password too).')
param operatorBootstrapEmail string = ''

@description('SMTP password (the Entra application\'s client secret). Empty: leave the vault\'s secret as it is.')
@secure()
param smtpPassword string = ''

@description('Password of the first operator, kept in Key Vault. Empty: the app gets no bootstrap password.')
@secure()
param operatorBootstrapPassword string = ''

@description('Key encrypting sites\' notification keys (base64, 32 bytes; see hooks/). Empty: keep the vault\'s.')
@secure()
param secretsEncryptionKey string = ''

@description('Username of the Telegram payment bot, without @ (see README). Empty: no bot.')
param telegramBotUsername string = ''

@description('Token of the Telegram payment bot from BotFather, kept in Key Vault. Empty: no bot.')
@secure()
param telegramBotToken string = ''

@description('Secret Telegram sends with each webhook call (A-Z a-z 0-9 _ -), kept in Key Vault. Empty: no bot.')
@secure()
param telegramWebhookSecret string = ''

@description('Most instances the function app scales out to.')
@minValue(40)
@maxValue(1000)
param functionMaximumInstanceCount int = 40

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

@description('Stable per subscription, environment and region; makes globally unique names unique.')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

@description('Tags on every resource; azd finds the environment\'s resources by azd-env-name.')
var tags = { 'azd-env-name': environmentName }

@description('Name of the blob container Flex Consumption deploys the app package from.')
var deploymentContainerName = 'app-package'

@description('Key Vault name, known before deployment so secrets can name their vault.')
var keyVaultName = 'kv-${resourceToken}'

@description('Function app name, known before deployment so its settings can name it.')
var functionAppName = 'func-${resourceToken}'

@description('SMTP username the app signs in to the ACS relay with.')
var smtpUsername = 'merchantdesk-${resourceToken}'

@description('Names of the Key Vault secrets the app settings refer to.')
var secretNames = {
  smtpPassword: 'smtp-password'
  operatorBootstrapPassword: 'operator-bootstrap-password'
  secretsEncryptionKey: 'secrets-encryption-key'
  telegramBotToken: 'telegram-bot-token'
  telegramWebhookSecret: 'telegram-webhook-secret'
}

@description('Whether the Entra application for SMTP is known, so its username and role can be created.')
var smtpApplicationLinked = !empty(smtpEntraApplicationId) && !empty(smtpServicePrincipalId)

// The app also creates the tables, queues and containers it registers when it starts (StorageProvisioner);
// listing them here makes them visible to operators and present before the first message fails.
@description('Tables the app stores its data in.')
var tableNames = [
  'Merchants'
  'UserEmails'
  'Sessions'
  'EmailLinks'
  'SignInAttempts'
  'Audit'
  'Operators'
  'SiteDirectory'
  'Applications'
  'SupportRequests'
  'ApiTokens'
  'PublicKeys'
  'Ledger'
  'PayLinks'
  'TransactionIndex'
  'InvoiceIndex'
  'TransactionTemplates'
  'RegisterMailingLists'
  'Registers'
  'NotificationDeliveries'
  'TelegramChats'
  'TelegramInvoices'
  'TelegramStartCodes'
]

@description('Queues the app\'s queue triggers read; each also gets its -poison queue.')
var queueNames = [
  'outbound-mail'
  'ledger-events'
  'register-mail'
  'notification-deliveries'
]

@description('Blob containers: the deployment package and the registers.')
var blobContainerNames = [
  deploymentContainerName
  'registers'
]

// ---------------------------------------------------------------------------------------------
// Resource group and the app's identity
// ---------------------------------------------------------------------------------------------

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: rg
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

// ---------------------------------------------------------------------------------------------
// Storage: host storage, deployment package, tables, queues, blobs. Entra ID only.
// ---------------------------------------------------------------------------------------------

module storage 'modules/storage.bicep' = {
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    blobContainerNames: blobContainerNames
    queueNames: queueNames
    tableNames: tableNames
    roleAssignments: [
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        // Owner, not Contributor: the Functions host's identity-based AzureWebJobsStorage requires it.
        roleDefinitionId: builtInRoles.storageBlobDataOwner
        description: 'Functions host storage, the deployment package and the app\'s blobs'
      }
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: builtInRoles.storageQueueDataContributor
        description: 'Queue triggers and the app\'s queue messages'
      }
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: builtInRoles.storageTableDataContributor
        description: 'The app\'s tables'
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// Monitoring: Log Analytics + Application Insights, Entra ID ingestion only
// ---------------------------------------------------------------------------------------------

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    roleAssignments: [
      {
        principalId: identity.outputs.principalId
        principalType: 'ServicePrincipal'
        roleDefinitionId: builtInRoles.monitoringMetricsPublisher
        description: 'Send telemetry with an Entra token'
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------
// Key Vault: the app reads secrets through Key Vault references; the deployer may set them.
// ---------------------------------------------------------------------------------------------

module keyVault 'modules/key-vault.bicep' = {
  scope: rg
  params: {
    name: keyVaultName
    location: location
    tags: tags
    roleAssignments: concat(
      [
        {
          principalId: identity.outputs.principalId
          principalType: 'ServicePrincipal'
          roleDefinitionId: builtInRoles.keyVaultSecretsUser
          description: 'Resolve the app settings\' Key Vault references'
        }
      ],
      empty(principalId)
        ? []
        : [
            {
              principalId: principalId
              principalType: principalType
              roleDefinitionId: builtInRoles.keyVaultSecretsOfficer
              description: 'Set and rotate the app\'s secrets'
            }
          ]
    )
  }
}

@description('Secrets given as parameters; each is written only when its value is not empty.')
var secretsToWrite = [
  { name: secretNames.smtpPassword, value: smtpPassword }
  { name: secretNames.operatorBootstrapPassword, value: operatorBootstrapPassword }
  { name: secretNames.secretsEncryptionKey, value: secretsEncryptionKey }
  { name: secretNames.telegramBotToken, value: telegramBotToken }
  { name: secretNames.telegramWebhookSecret, value: telegramWebhookSecret }
]

module secrets 'modules/key-vault-secret.bicep' = [
  for secret in secretsToWrite: if (!empty(secret.value)) {
    scope: rg
    params: {
      vaultName: keyVaultName
      name: secret.name
      value: secret.value
    }
    dependsOn: [keyVault]
  }
]

// ---------------------------------------------------------------------------------------------
// Email: ACS with an Azure-managed domain; the app sends through its SMTP relay as an Entra app.
// ---------------------------------------------------------------------------------------------

// The least the SMTP relay needs from the Entra application, on this resource group's ACS resource only.
resource smtpSenderRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = if (smtpApplicationLinked) {
  name: guid(subscription().id, rg.id, 'smtp-sender')
  properties: {
    roleName: 'MerchantDesk SMTP sender ${resourceToken}'
    description: 'Send email through the Azure Communication Services SMTP relay.'
    type: 'CustomRole'
    assignableScopes: [
      rg.id
    ]
    permissions: [
      {
        actions: [
          'Microsoft.Communication/CommunicationServices/Read'
          'Microsoft.Communication/CommunicationServices/Write'
          'Microsoft.Communication/EmailServices/write'
        ]
      }
    ]
  }
}

module email 'modules/email.bicep' = {
  scope: rg
  params: {
    communicationServiceName: 'acs-${resourceToken}'
    emailServiceName: 'ecs-${resourceToken}'
    dataLocation: emailDataLocation
    tags: tags
    smtpUsername: smtpUsername
    smtpEntraApplicationId: smtpApplicationLinked ? smtpEntraApplicationId : ''
    roleAssignments: smtpApplicationLinked
      ? [
          {
            principalId: smtpServicePrincipalId
            principalType: 'ServicePrincipal'
            roleDefinitionId: smtpSenderRole.name
            description: 'SMTP relay sign-in for the app\'s mail'
          }
        ]
      : []
  }
}

// ---------------------------------------------------------------------------------------------
// Function app (Flex Consumption, Linux, .NET 10 isolated) and its settings
// ---------------------------------------------------------------------------------------------

module functionApp 'modules/function-app.bicep' = {
  scope: rg
  params: {
    planName: 'plan-${resourceToken}'
    name: functionAppName
    location: location
    tags: tags
    appTags: union(tags, { 'azd-service-name': 'functions' })
    identityId: identity.outputs.id
    deploymentContainerUrl: '${storage.outputs.blobEndpoint}${deploymentContainerName}'
    dotnetVersion: '10.0'
    maximumInstanceCount: functionMaximumInstanceCount
    instanceMemoryMB: 2048
  }
}

@description('An app setting value that the platform replaces with the named secret\'s latest version.')
func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName})'

// Empty unless given: a reference to a secret never written would reach the app as a literal, guessable
// password, which the operator bootstrap would then use.
@description('Operators__BootstrapPassword: a Key Vault reference when a password is given, else empty.')
var operatorBootstrapPasswordSetting = empty(operatorBootstrapPassword)
  ? ''
  : keyVaultReference(keyVault.outputs.uri, secretNames.operatorBootstrapPassword)

// Empty unless a bot is given: the app then starts without its Telegram bot, and an unwritten secret's
// reference never reaches it (an unresolved reference would stop the start).
@description('Whether the Telegram payment bot is configured.')
var telegramBotGiven = !empty(telegramBotToken)

// One line per setting; `tools/InfraCheck/check` compares these names with infra/app-settings.required.txt.
module appSettings 'modules/app-settings.bicep' = {
  scope: rg
  params: {
    appName: functionAppName
    settings: {
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identity.outputs.clientId
      AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
      AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
      AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
      MerchantDesk__PublicBaseUrl: 'https://${functionApp.outputs.defaultHostName}'
      MerchantDesk__TimeZone: timeZone
      Smtp__Host: 'smtp.azurecomm.net'
      Smtp__Port: '587'
      Smtp__Security: 'StartTls'
      Smtp__UserName: smtpUsername
      // Until the SMTP Entra application is linked there is no secret to read, and an unresolved Key Vault
      // reference would stop the app from starting; it runs meanwhile and its mail waits in the queue.
      Smtp__Password: smtpApplicationLinked ? keyVaultReference(keyVault.outputs.uri, secretNames.smtpPassword) : ''
      Smtp__SenderAddress: 'DoNotReply@${email.outputs.senderDomain}'
      Smtp__SenderName: smtpSenderName
      Support__Mailbox: supportMailbox
      Operators__BootstrapEmail: operatorBootstrapEmail
      Operators__BootstrapPassword: operatorBootstrapPasswordSetting
      Secrets__EncryptionKey: keyVaultReference(keyVault.outputs.uri, secretNames.secretsEncryptionKey)
      // NCRONTAB in UTC: 03:00 UTC is 06:00 in Moscow. The Functions host needs the setting to index the timer.
      Registers__DailySchedule: registersDailySchedule
      Telegram__BotUsername: telegramBotGiven ? telegramBotUsername : ''
      Telegram__BotToken: telegramBotGiven ? keyVaultReference(keyVault.outputs.uri, secretNames.telegramBotToken) : ''
      Telegram__WebhookSecret: telegramBotGiven
        ? keyVaultReference(keyVault.outputs.uri, secretNames.telegramWebhookSecret)
        : ''
    }
  }
  // Key Vault references resolve when the app restarts with these settings; the secrets must exist by then.
  dependsOn: [secrets]
}

// ---------------------------------------------------------------------------------------------
// Outputs (azd stores them in the environment's .env)
// ---------------------------------------------------------------------------------------------

@description('Region the environment lives in.')
output AZURE_LOCATION string = location

@description('Tenant the resources belong to.')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Resource group holding every resource.')
output AZURE_RESOURCE_GROUP string = rg.name

@description('Function app name.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Base URL of the app, as MerchantDesk__PublicBaseUrl.')
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'

@description('Key Vault holding the app\'s secrets.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name

@description('Storage account name.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Communication Services resource the SMTP username belongs to.')
output AZURE_COMMUNICATION_SERVICE_NAME string = email.outputs.communicationServiceName

@description('SMTP username the app signs in with.')
output SMTP_USERNAME string = smtpUsername

@description('Address mail is sent from.')
output SMTP_SENDER_ADDRESS string = 'DoNotReply@${email.outputs.senderDomain}'
