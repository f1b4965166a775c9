// The settings-drift check: every setting in infra/app-settings.required.txt must be among the function app's
// app settings in the compiled template.
//
// Usage:
//   node check-app-settings.mjs <main.json> <app-settings.required.txt>
//   node check-app-settings.mjs --self-test <main.json> <app-settings.required.txt>
//     proves the check can fail: removes each required setting in turn from a copy of the template and
//     expects it reported missing, and runs the reader over the other shapes settings can take.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appSettingNames, missingSettings, parseRequiredList } from './app-settings.mjs';

const args = process.argv.slice(2);
const selfTest = args[0] === '--self-test';
const [templatePath, requiredPath] = selfTest ? args.slice(1) : args;
if (!templatePath || !requiredPath) {
  console.error('usage: check-app-settings.mjs [--self-test] <main.json> <app-settings.required.txt>');
  process.exit(2);
}

const template = JSON.parse(readFileSync(templatePath, 'utf8'));
const required = parseRequiredList(readFileSync(requiredPath, 'utf8'));
if (required.problems.length > 0) {
  fail(`${requiredPath}:`, required.problems);
}
if (required.names.length === 0) {
  fail(`${requiredPath} lists no settings; the check would prove nothing`, []);
}

try {
  if (selfTest) {
    runSelfTest(template, required.names);
  } else {
    runCheck(template, required.names);
  }
} catch (error) {
  fail(selfTest ? `app settings self-test FAILED: ${error.message}` : `app settings: ${error.message}`, []);
}

function runCheck(armTemplate, requiredNames) {
  const provided = appSettingNames(armTemplate).names;
  const missing = missingSettings(requiredNames, provided);
  if (missing.length > 0) {
    fail(`app settings drift: the app requires settings that infra/main.bicep does not set`, missing.map(
      name => `${name}  (add it to the appSettings module's settings in infra/main.bicep)`));
  }
  console.log(`app settings: all ${requiredNames.length} required settings are set `
    + `(${provided.length} settings in infra/main.bicep)`);
}

function runSelfTest(armTemplate, requiredNames) {
  assert.deepEqual(missingSettings(requiredNames, appSettingNames(armTemplate).names), [],
    'the real template must pass before its mutations can prove anything');

  for (const name of requiredNames) {
    const mutated = structuredClone(armTemplate);
    assert.ok(removeSetting(mutated, name), `${name} was not found in the template to remove`);
    assert.deepEqual(missingSettings(requiredNames, appSettingNames(mutated).names), [name],
      `removing ${name} must be reported`);
  }

  checkReaderShapes();
  console.log(`app settings self-test: each of the ${requiredNames.length} required settings, removed, `
    + 'is reported missing; other setting shapes read correctly');
}

// Removes a setting wherever the compiled template carries one: an object key or a { name } list item.
function removeSetting(node, name) {
  if (Array.isArray(node)) {
    const index = node.findIndex(item => item?.name === name && 'value' in item);
    if (index >= 0) {
      node.splice(index, 1);
      return true;
    }
    return node.some(item => removeSetting(item, name));
  }
  if (node && typeof node === 'object') {
    if (Object.hasOwn(node, name) && typeof node[name] === 'string') {
      delete node[name];
      return true;
    }
    return Object.values(node).some(value => removeSetting(value, name));
  }
  return false;
}

function checkReaderShapes() {
  const siteConfigList = {
    resources: [{
      type: 'Microsoft.Web/sites',
      name: 'app',
      properties: { siteConfig: { appSettings: [{ name: 'A__B', value: 'x' }] } },
    }],
  };
  assert.deepEqual(appSettingNames(siteConfigList).names, ['A__B'], 'siteConfig.appSettings is read');

  const literalConfig = {
    resources: {
      settings: { type: 'Microsoft.Web/sites/config', name: 'app/appsettings', properties: { C: 'x' } },
    },
  };
  assert.deepEqual(appSettingNames(literalConfig).names, ['C'], 'a literal sites/config appsettings is read');

  const viaVariable = {
    variables: { settings: { D: 'x' } },
    resources: [{
      type: 'Microsoft.Web/sites/config',
      name: "[format('{0}/{1}', 'app', 'appsettings')]",
      properties: "[variables('settings')]",
    }],
  };
  assert.deepEqual(appSettingNames(viaVariable).names, ['D'], 'settings held in a variable are read');

  const unreadable = structuredClone(viaVariable);
  unreadable.resources[0].properties = "[union(variables('settings'), createObject('E', 'x'))]";
  assert.throws(() => appSettingNames(unreadable), /not a literal object/, 'computed settings are an error');

  const otherConfig = { resources: [{ type: 'Microsoft.Web/sites/config', name: 'app/web', properties: {} }] };
  assert.throws(() => appSettingNames(otherConfig), /no function app settings found/,
    'a template without app settings is an error, not an empty list');

  assert.deepEqual(parseRequiredList('A # why\n\n# note\nB__C\n').names, ['A', 'B__C'], 'comments are skipped');
  assert.equal(parseRequiredList('Smtp:Host\n').problems.length, 1, '":" nesting is rejected');
  assert.equal(parseRequiredList('A\na\n').problems.length, 1, 'duplicates are rejected');
}

function fail(message, details) {
  console.error(message);
  details.forEach(detail => console.error(`  ${detail}`));
  process.exit(1);
}
