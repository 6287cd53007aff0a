import { SchemaProblem } from "./schema-problem";
import { SchemaValidationResult } from "./schema-validator";

/**
 * One problem as a line: `<file>: <address>: <path>: <message>`; the file is
 * left out when not given, the path when the problem concerns the whole
 * address.
 */
export function formatSchemaProblem(problem: SchemaProblem, file?: string): string {
  const parts = [file, problem.address, problem.path, problem.message];
  return parts.filter((p) => p !== undefined && p !== "").join(": ");
}

/** The summary line: `12 resources checked, 1 problem`. */
export function formatSchemaSummary(resourcesChecked: number, problems: number): string {
  const r = resourcesChecked === 1 ? "resource" : "resources";
  const p = problems === 1 ? "problem" : "problems";
  return `${resourcesChecked} ${r} checked, ${problems} ${p}`;
}

/**
 * A validation result as text: one line per problem (see
 * `formatSchemaProblem`), then the summary line.
 * @param file - the document's file name, put in front of every problem line
 */
export function formatSchemaProblems(result: SchemaValidationResult, file?: string): string {
  const lines = result.problems.map((p) => formatSchemaProblem(p, file));
  lines.push(formatSchemaSummary(result.resourcesChecked, result.problems.length));
  return lines.join("\n");
}
