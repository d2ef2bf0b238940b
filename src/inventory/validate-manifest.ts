// Schema validation of one manifest document, all errors at once, each with its position.
import type { ValidateFunction } from 'ajv';
import { compileSchema } from '../schema/compile-schema.js';
import { describeSchemaErrors, problemsToDiagnostics } from '../schema/schema-errors.js';
import type { SourceDocument } from '../sources/source-document.js';
import type { Diagnostic } from './diagnostic.js';
import { ManifestSchema } from './manifest-schema.js';

let validator: ValidateFunction | undefined;

export function manifestValidator(): ValidateFunction {
  validator ??= compileSchema('document', ManifestSchema);
  return validator;
}

export function validateManifestDocument(document: SourceDocument): Diagnostic[] {
  const validate = manifestValidator();
  if (validate(document.data)) return [];
  const problems = describeSchemaErrors(validate.errors ?? []).slice(0, 200);
  return problemsToDiagnostics(document.path, problems, (pointers) => document.locate(pointers));
}
