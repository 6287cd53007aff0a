/**
 * Turning the paths given to `scan` into documents the guard can judge:
 * a `cdk.tf.json` or other `.tf.json` file, a `cdktf.out` directory (every
 * `stacks/<name>/cdk.tf.json`), a directory of `.tf`/`.tf.json` files (a
 * root module, local modules expanded), a `.tf` file (its directory), or
 * `terraform show -json` output. Anything unreadable is an
 * {@link UnreadableInputError} naming the file and why.
 */
import * as fs from "fs";
import * as path from "path";
import { isRecord } from "../contracts";
import { FlatSubject, flattenModules } from "./flatten";
import {
  isTerraformFile,
  loadModuleTree,
  moduleFiles,
  NotScannedModule,
  ReadText,
  treeProblems,
  variableValues,
} from "./module-loader";
import { isPlanJson, loadPlan } from "./plan-loader";

/** Input that cannot be scanned: the message says which file and why. */
export class UnreadableInputError extends Error {}

/** What kind of input a document came from. */
export type InputKind = "cdktf" | "terraform-json" | "hcl" | "plan" | "state";

/** One document to judge. */
export interface ScanInput {
  /** What it was read from. */
  readonly kind: InputKind;
  /** The path given (a file, or the module or stack directory). */
  readonly source: string;
  /** The stack name for the guard (a cdktf stack's name, else the path). */
  readonly stackName: string;
  /** Terraform JSON in object form. */
  readonly json: Record<string, unknown>;
  /** Guard address → subject in Terraform's terms. */
  readonly subjects: Map<string, FlatSubject>;
  /** Module calls not scanned. */
  readonly notScanned: readonly NotScannedModule[];
  /** Resources and modules not judged (count 0, empty for_each). */
  readonly notCreated: readonly string[];
  /** Guard address → path inside the source JSON file (JSON inputs). */
  readonly jsonPaths: Map<string, (string | number)[]>;
  /** The text of every file read, for line numbers. */
  readonly texts: Map<string, string>;
}

/** Options of {@link loadInputs}. */
export interface LoadOptions {
  /** Variable definition files (`-var-file`), applied to every HCL root module after its own tfvars. */
  readonly varFiles?: readonly string[];
  /** Reads a file. */
  readonly readFile?: ReadText;
}

function readWith(read: ReadText): ReadText {
  return (file) => {
    try {
      return read(file);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      throw new UnreadableInputError(
        `${file}: cannot read the file (${typeof code === "string" ? code : (e as Error).message})`,
      );
    }
  };
}

function cdktfStacks(dir: string): string[] | undefined {
  const stacks = path.join(dir, "stacks");
  if (!fs.existsSync(stacks) || !fs.statSync(stacks).isDirectory()) return undefined;
  return fs
    .readdirSync(stacks)
    .sort()
    .map((s) => path.join(stacks, s, "cdk.tf.json"))
    .filter((f) => fs.existsSync(f));
}

async function moduleInput(
  source: string,
  root: string,
  files: string[],
  kind: InputKind,
  read: ReadText,
  varFiles: readonly string[],
): Promise<ScanInput> {
  const texts = new Map<string, string>();
  let tree;
  try {
    tree = await loadModuleTree(root, files, read, texts);
  } catch (e) {
    if (e instanceof UnreadableInputError) throw e;
    throw new UnreadableInputError((e as Error).message);
  }
  const problems = treeProblems(tree);
  if (problems.length) throw new UnreadableInputError(problems.join("; "));
  const comment = tree.module.json.comment;
  const meta = isRecord(comment) && isRecord(comment.metadata) ? comment.metadata : undefined;
  const cdktf = kind !== "hcl" && typeof meta?.stackName === "string";
  let rootValues;
  if (kind === "hcl") {
    try {
      rootValues = await variableValues(root, varFiles, read);
    } catch (e) {
      throw e instanceof UnreadableInputError ? e : new UnreadableInputError((e as Error).message);
    }
  }
  const flat = flattenModules(tree, {
    keepConstructPaths: cdktf,
    ...(rootValues ? { rootValues } : {}),
  });
  return {
    kind: cdktf ? "cdktf" : kind,
    source,
    stackName: cdktf ? String(meta?.stackName) : source,
    json: flat.json,
    subjects: flat.subjects,
    notScanned: flat.notScanned,
    notCreated: flat.notCreated,
    jsonPaths: new Map(),
    texts,
  };
}

async function jsonFileInput(
  file: string,
  read: ReadText,
  varFiles: readonly string[],
): Promise<ScanInput> {
  const text = read(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new UnreadableInputError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(parsed))
    throw new UnreadableInputError(
      `${file}: not a Terraform JSON document or plan (the top level must be an object)`,
    );
  if (isPlanJson(parsed)) {
    const plan = loadPlan(parsed as Record<string, unknown>, file);
    return {
      kind: plan.format,
      source: file,
      stackName: file,
      json: plan.json,
      subjects: plan.subjects,
      notScanned: [],
      notCreated: [],
      jsonPaths: plan.jsonPaths,
      texts: new Map([[file, text]]),
    };
  }
  if (typeof parsed.format_version === "string")
    throw new UnreadableInputError(
      `${file}: looks like "terraform show -json" output (format_version ${parsed.format_version}) but has no planned_values, values or resource_changes`,
    );
  return moduleInput(file, path.dirname(file), [file], "terraform-json", read, varFiles);
}

/** Reads every path into documents; throws {@link UnreadableInputError} for the first path that cannot be read. */
export async function loadInputs(
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<ScanInput[]> {
  const read = readWith(options.readFile ?? ((f) => fs.readFileSync(f, "utf8")));
  const varFiles = options.varFiles ?? [];
  for (const f of varFiles)
    if (!fs.existsSync(f)) throw new UnreadableInputError(`${f}: the --var-file does not exist`);
  const out: ScanInput[] = [];
  const seenDirs = new Set<string>();
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new UnreadableInputError(`${p}: no such file or directory`);
    if (fs.statSync(p).isDirectory()) {
      const stacks = cdktfStacks(p);
      if (stacks !== undefined) {
        if (stacks.length === 0)
          throw new UnreadableInputError(
            `${p}: a cdktf output directory without stacks/<name>/cdk.tf.json; run cdktf synth first`,
          );
        for (const s of stacks) out.push(await jsonFileInput(s, read, varFiles));
        continue;
      }
      const files = moduleFiles(p);
      if (files.length === 0)
        throw new UnreadableInputError(
          `${p}: no .tf or .tf.json files, and no cdktf output (stacks/<name>/cdk.tf.json) in this directory`,
        );
      seenDirs.add(path.resolve(p));
      out.push(await moduleInput(p, p, files, "hcl", read, varFiles));
    } else if (p.endsWith(".tf")) {
      const dir = path.dirname(p);
      if (seenDirs.has(path.resolve(dir))) continue;
      seenDirs.add(path.resolve(dir));
      out.push(await moduleInput(dir, dir, moduleFiles(dir), "hcl", read, varFiles));
    } else if (p.endsWith(".json")) out.push(await jsonFileInput(p, read, varFiles));
    else if (isTerraformFile(p))
      out.push(await moduleInput(p, path.dirname(p), [p], "hcl", read, varFiles));
    else
      throw new UnreadableInputError(
        `${p}: not a Terraform file (expected a directory, a .tf file, a .tf.json/cdk.tf.json file or "terraform show -json" output)`,
      );
  }
  return out;
}
