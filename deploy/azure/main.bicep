// App Service (Linux, Node 22 LTS) + Azure Bot (single-tenant app registration) with the Teams and
// Web Chat channels. Deploy: see README.md in this folder.
@description('Name prefix for every resource')
param name string = 'recovery-bot'
param location string = resourceGroup().location
@description('Entra app registration (client) id of the bot, single-tenant')
param clientId string
@description('Entra tenant id of that app registration')
param tenantId string = subscription().tenantId
@secure()
@description('Client secret of the app registration')
param clientSecret string
@secure()
@description('16+ random characters used to hash channel user ids and phone numbers')
param hashSalt string
@description('Comma-separated origins allowed to embed the web widget')
param widgetOrigins string = ''

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'B1', tier: 'Basic' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-app'
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/bot/main.js'
      healthCheckPath: '/healthz'
      alwaysOn: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'NODE_ENV', value: 'production' }
        { name: 'PORT', value: '8080' }
        { name: 'TRUST_PROXY', value: 'true' }
        { name: 'DATA_DIR', value: '/home/data' }
        { name: 'clientId', value: clientId }
        { name: 'tenantId', value: tenantId }
        { name: 'clientSecret', value: clientSecret }
        { name: 'HASH_SALT', value: hashSalt }
        { name: 'WIDGET_ORIGINS', value: widgetOrigins }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'Recovery Support'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: clientId
    msaAppTenantId: tenantId
    msaAppType: 'SingleTenant'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: { sites: [ { siteName: 'Default', isEnabled: true, isWebchatPreviewEnabled: true } ] }
  }
}

output appUrl string = 'https://${app.properties.defaultHostName}'
output messagingEndpoint string = bot.properties.endpoint
