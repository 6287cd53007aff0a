/**
 * Finding and reading the provider schema files shipped with the package.
 */
import * as fs from "fs";
import * as path from "path";
import { InvalidSchemaError } from "./compiled-schema";
import { ProviderSchemasDocument } from "./provider-schema-format";

/** The folder name, at the package root, of the vendored provider schemas. */
export const SCHEMA_FOLDER = "provider-schemas";

/**
 * Finds the package's `provider-schemas` folder by walking up from `start`:
 * `lib/schema` (sources, two levels below the package root) and
 * `dist/lib/schema` (the compiled package, three levels below) both work.
 * @returns the folder, or undefined when no parent holds one
 */
export function findSchemaDirectory(start: string = __dirname): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, SCHEMA_FOLDER);
    if (isDirectory(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A schema document and the file it was read from. */
export interface LoadedSchemaFile {
  /** The file's path. */
  readonly file: string;
  /** The parsed document. */
  readonly document: ProviderSchemasDocument;
}

/**
 * Reads every `*.json` file of a folder, in name order, as a provider
 * schema document.
 * @throws InvalidSchemaError when a file cannot be read or parsed
 */
export function readSchemaDirectory(directory: string): LoadedSchemaFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch (e) {
    throw new InvalidSchemaError(directory, `cannot read the folder (${errorText(e)})`);
  }
  return names
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => readSchemaFile(path.join(directory, n)));
}

/**
 * Reads one provider schema document (e.g. saved from
 * `terraform providers schema -json`).
 * @throws InvalidSchemaError when the file cannot be read or parsed
 */
export function readSchemaFile(file: string): LoadedSchemaFile {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new InvalidSchemaError(file, `cannot read the file (${errorText(e)})`);
  }
  try {
    return { file, document: JSON.parse(text) as ProviderSchemasDocument };
  } catch (e) {
    throw new InvalidSchemaError(file, `not valid JSON (${errorText(e)})`);
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function errorText(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string") return code;
  return e instanceof Error ? e.message : String(e);
}
