// Reads the function app's app-setting names out of a compiled ARM template (the output of `bicep build`),
// and compares them with the list of settings the app requires.
//
// Settings can reach a Microsoft.Web/sites resource three ways, and all three are read:
//   - properties.siteConfig.appSettings on the site: [{ name, value }];
//   - a Microsoft.Web/sites/config resource named appsettings whose properties are { name: value };
//   - either of those inside a module (a nested Microsoft.Resources/deployments), where the value is often a
//     module parameter: [parameters('x')] is looked up in the values the module was given.
// A setting block that cannot be read literally is an error, never an empty list: the check must not pass
// because it could not see.

const SITES = 'microsoft.web/sites';
const SITE_CONFIG = 'microsoft.web/sites/config';
const DEPLOYMENTS = 'microsoft.resources/deployments';

/** @returns {{ names: string[], sources: number }} */
export function appSettingNames(template) {
  const found = { names: [], sources: 0 };
  visitTemplate(template, {}, found, 'template');
  if (found.sources === 0) {
    throw new Error('no function app settings found: expected a Microsoft.Web/sites/config "appsettings" '
      + 'resource or siteConfig.appSettings on a Microsoft.Web/sites resource');
  }
  return found;
}

/** Reads infra/app-settings.required.txt: one name a line, `#` starts a comment. */
export function parseRequiredList(text) {
  const names = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const name = raw.replace(/#.*/, '').trim();
    if (name === '') {
      return;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
      problems.push(`line ${index + 1}: "${name}" is not a setting name (nest sections with "__", not ":")`);
    } else if (names.some(other => other.toLowerCase() === name.toLowerCase())) {
      problems.push(`line ${index + 1}: "${name}" is listed twice`);
    } else {
      names.push(name);
    }
  });
  return { names, problems };
}

/**
 * Required settings the template does not provide. Names compare ignoring case, as .NET configuration does.
 */
export function missingSettings(required, provided) {
  const have = new Set(provided.map(name => name.toLowerCase()));
  return required.filter(name => !have.has(name.toLowerCase()));
}

function visitTemplate(template, parameterValues, found, path) {
  for (const [key, resource] of resourcesOf(template)) {
    const where = `${path}/${key}`;
    const type = String(resource.type ?? '').toLowerCase();
    if (type === SITES) {
      readSiteConfig(resource, template, parameterValues, found, where);
    } else if (type === SITE_CONFIG && isAppSettingsName(resource.name)) {
      const settings = resolve(resource.properties, template, parameterValues, where);
      if (!isPlainObject(settings)) {
        throw new Error(`${where}: app settings are not a literal object: ${JSON.stringify(resource.properties)}`);
      }
      found.names.push(...Object.keys(settings));
      found.sources++;
    } else if (type === DEPLOYMENTS && resource.properties?.template) {
      // Module parameters are resolved only when a setting block uses one, in the caller's scope.
      const values = {};
      for (const [name, parameter] of Object.entries(resource.properties.parameters ?? {})) {
        // A parameter is { value } or, when Bicep folds a condition into it, an expression string.
        const value = isPlainObject(parameter) && 'value' in parameter ? parameter.value : parameter;
        values[name] = { value, template, parameterValues };
      }
      visitTemplate(resource.properties.template, values, found, where);
    }
  }
}

function readSiteConfig(site, template, parameterValues, found, where) {
  const list = site.properties?.siteConfig?.appSettings;
  if (list === undefined) {
    return;
  }
  const settings = resolve(list, template, parameterValues, where);
  if (!Array.isArray(settings) || settings.some(item => typeof item?.name !== 'string' || isExpression(item.name))) {
    throw new Error(`${where}: siteConfig.appSettings is not a literal list of named settings`);
  }
  found.names.push(...settings.map(item => item.name));
  found.sources++;
}

function resourcesOf(template) {
  const resources = template.resources ?? [];
  // languageVersion 2.0 templates (symbolic names) keep resources in an object keyed by symbolic name.
  return Array.isArray(resources) ? resources.map((resource, index) => [String(index), resource])
    : Object.entries(resources);
}

function isAppSettingsName(name) {
  // 'site/appsettings' or "[format('{0}/{1}', parameters('name'), 'appsettings')]"
  return /(^|\/)appsettings$|'appsettings'\)\]$/i.test(String(name ?? ''));
}

// Follows [parameters('x')] and [variables('x')] to a literal value; anything else is returned as it is.
function resolve(value, template, parameterValues, where) {
  const reference = typeof value === 'string' && value.match(/^\[(parameters|variables)\('([^']+)'\)\]$/);
  if (!reference) {
    return value;
  }
  const [, kind, name] = reference;
  if (kind === 'parameters') {
    if (Object.hasOwn(parameterValues, name)) {
      const given = parameterValues[name];
      return resolve(given.value, given.template, given.parameterValues, where);
    }
    const fallback = template.parameters?.[name]?.defaultValue;
    if (fallback === undefined) {
      throw new Error(`${where}: parameter '${name}' has no value the check can read`);
    }
    return resolve(fallback, template, parameterValues, where);
  }
  if (!(name in (template.variables ?? {}))) {
    throw new Error(`${where}: variable '${name}' is not declared`);
  }
  return resolve(template.variables[name], template, parameterValues, where);
}

function isExpression(text) {
  return typeof text === 'string' && text.startsWith('[') && !text.startsWith('[[');
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
