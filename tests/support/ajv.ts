// JSON Schema (draft 2020-12) validation in tests, by ajv in strict mode with its formats: every
// way a value breaks a schema, as "path: message" lines (JSON Pointer paths, "" for the root).
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export function jsonSchemaValidator(schema: object): (value: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message}`));
}
