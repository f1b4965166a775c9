// Validates azure.yaml against azd's v1.0 JSON schema, offline, then checks what the schema leaves open
// (it accepts any host or language name, since azd extensions add their own): the one service this project has.
// Usage: node validate-azure-yaml.mjs <azure.yaml> <azure.yaml.json schema>
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const [yamlPath, schemaPath] = process.argv.slice(2);
if (!yamlPath || !schemaPath) {
  console.error('usage: validate-azure-yaml.mjs <azure.yaml> <schema.json>');
  process.exit(2);
}

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);

// The schema's remote $refs describe AI-agent hosts, which this project does not use and which cannot be
// fetched offline. Each is stubbed with `false`, so a service that selects one of those hosts fails validation
// instead of passing unchecked.
for (const ref of remoteRefs(schema)) {
  ajv.addSchema(false, ref);
}

const validate = ajv.compile(schema);
const document = parse(readFileSync(yamlPath, 'utf8'));
if (!validate(document)) {
  console.error(`azure.yaml: INVALID against ${schemaPath}`);
  for (const error of validate.errors) {
    console.error(`  ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }
  process.exit(1);
}

const problems = projectProblems(document, dirname(resolve(yamlPath)));
if (problems.length > 0) {
  console.error('azure.yaml: valid against the schema, but:');
  problems.forEach(problem => console.error(`  ${problem}`));
  process.exit(1);
}

console.log(`azure.yaml: valid against ${schema.$id}; one function service, ./functions`);

function projectProblems(doc, root) {
  const problems = [];
  const services = Object.keys(doc.services ?? {});
  if (doc.name !== 'merchantdesk') {
    problems.push(`name is "${doc.name}", expected "merchantdesk"`);
  }
  if (services.length !== 1 || services[0] !== 'functions') {
    problems.push(`services are [${services.join(', ')}], expected exactly [functions] (infra tags the app so)`);
    return problems;
  }
  const service = doc.services.functions;
  if (service.host !== 'function') {
    problems.push(`services.functions.host is "${service.host}", expected "function"`);
  }
  if (service.language !== 'dotnet') {
    problems.push(`services.functions.language is "${service.language}", expected "dotnet"`);
  }
  const project = resolve(root, service.project ?? '');
  if (!existsSync(project) || !readdirSync(project).some(file => file.endsWith('.csproj'))) {
    problems.push(`services.functions.project "${service.project}" is not a folder with a .csproj`);
  }
  return problems;
}

function remoteRefs(node, found = new Set()) {
  if (Array.isArray(node)) {
    node.forEach(item => remoteRefs(item, found));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && /^https?:/.test(value)) {
        found.add(value.split('#')[0]);
      } else {
        remoteRefs(value, found);
      }
    }
  }
  return found;
}
