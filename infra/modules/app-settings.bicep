metadata description = 'The function app\'s app settings: the whole set, replacing whatever was there.'

@description('Name of the existing function app.')
param appName string

@description('App settings by name. Secrets appear only as Key Vault references.')
param settings appSettings

@description('App settings: names to values.')
type appSettings = {
  @description('Setting value.')
  *: string
}

resource app 'Microsoft.Web/sites@2025-03-01' existing = {
  name: appName
}

resource appSettingsConfig 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: settings
}
