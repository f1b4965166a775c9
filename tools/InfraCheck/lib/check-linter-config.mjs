// Checks that infra/bicepconfig.json turns every linter rule of the pinned Bicep CLI to level "error",
// and names no rule that CLI does not have (a misspelt rule would silently do nothing).
// Usage: node check-linter-config.mjs <bicepconfig.json> <rules.txt, one rule code a line>
import { readFileSync } from 'node:fs';

const [configPath, rulesPath] = process.argv.slice(2);
if (!configPath || !rulesPath) {
  console.error('usage: check-linter-config.mjs <bicepconfig.json> <rules.txt>');
  process.exit(2);
}

const known = readFileSync(rulesPath, 'utf8').split('\n').map(line => line.trim()).filter(Boolean);
const core = JSON.parse(readFileSync(configPath, 'utf8')).analyzers?.core ?? {};
const configured = core.rules ?? {};
const problems = [];

if (known.length === 0) {
  problems.push('the Bicep CLI reported no linter rules; the rule listing is broken');
}
if (core.enabled !== true) {
  problems.push('analyzers.core.enabled must be true');
}
for (const rule of known) {
  if (configured[rule]?.level !== 'error') {
    problems.push(`${rule}: level is ${JSON.stringify(configured[rule]?.level ?? 'unset')}, must be "error"`);
  }
}
for (const rule of Object.keys(configured).filter(rule => !known.includes(rule))) {
  problems.push(`${rule}: not a rule of this Bicep version`);
}

if (problems.length > 0) {
  console.error(`${configPath}:`);
  problems.forEach(problem => console.error(`  ${problem}`));
  process.exit(1);
}
console.log(`bicepconfig.json: all ${known.length} linter rules of this Bicep version are errors`);
