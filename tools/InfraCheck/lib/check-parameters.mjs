// Checks infra/main.parameters.json against the compiled infra/main.bicep:
//   - every parameter it sets exists, and every parameter without a default is set;
//   - a "${VAR=default}" default matches the Bicep default, so azd and Bicep agree when VAR is unset;
//   - a @secure() parameter is only ever mapped from an azd environment variable, never written in the file.
// Usage: node check-parameters.mjs <main.json> <main.parameters.json>
import { readFileSync } from 'node:fs';

const [templatePath, parametersPath] = process.argv.slice(2);
if (!templatePath || !parametersPath) {
  console.error('usage: check-parameters.mjs <main.json> <main.parameters.json>');
  process.exit(2);
}

const declared = JSON.parse(readFileSync(templatePath, 'utf8')).parameters ?? {};
const given = JSON.parse(readFileSync(parametersPath, 'utf8')).parameters ?? {};
const problems = [];

for (const [name, entry] of Object.entries(given)) {
  const parameter = declared[name];
  if (!parameter) {
    problems.push(`${name}: not a parameter of main.bicep`);
    continue;
  }
  const mapping = typeof entry?.value === 'string' && entry.value.match(/^\$\{([A-Z0-9_]+)(?:=([^}]*))?\}$/);
  if (parameter.type.toLowerCase().startsWith('secure') && !mapping) {
    problems.push(`${name}: a secure parameter must come from an azd environment variable, as "\${NAME}"`);
  }
  if (mapping && mapping[2] !== undefined && isLiteral(parameter.defaultValue)
    && mapping[2] !== String(parameter.defaultValue)) {
    problems.push(`${name}: default "${mapping[2]}" here, "${parameter.defaultValue}" in main.bicep`);
  }
}

for (const [name, parameter] of Object.entries(declared)) {
  if (!('defaultValue' in parameter) && !(name in given)) {
    problems.push(`${name}: main.bicep requires it, but main.parameters.json does not set it (azd would prompt)`);
  }
}

if (problems.length > 0) {
  console.error(`${parametersPath} disagrees with main.bicep:`);
  problems.forEach(problem => console.error(`  ${problem}`));
  process.exit(1);
}
console.log(`main.parameters.json: ${Object.keys(given).length} parameters agree with main.bicep`);

function isLiteral(value) {
  return ['string', 'number', 'boolean'].includes(typeof value) && !String(value).startsWith('[');
}
