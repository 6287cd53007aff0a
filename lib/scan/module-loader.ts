/**
 * Loading a Terraform module directory and the local modules it calls:
 * `.tf` files parsed with @cdktf/hcl2json (WASM, offline), `.tf.json` files
 * read as JSON, both normalised to object form. A module call whose source
 * is a local path (`./…`, `../…`) is loaded from there; any other source
 * (registry, git, http…) is loaded from `.terraform/modules` when
 * `terraform init` has put it there, and is otherwise reported as not
 * scanned, never skipped silently.
 */
import * as fs from "fs";
import * as path from "path";
import { isRecord } from "../contracts";
import { addFile, emptyModule, isOverrideFile, NormalisedModule } from "./normalise";

/** A module call that was not scanned, and why. */
export interface NotScannedModule {
  /** The call's address (`module.cloudant`, `module.a.module.b`). */
  readonly address: string;
  /** Its `source`. */
  readonly source: string;
  /** Why it was not scanned, and what to do. */
  readonly reason: string;
  /** The file holding the call. */
  readonly file: string;
}

/** A loaded module with the modules it calls. */
export interface LoadedModule {
  /** Its directory. */
  readonly dir: string;
  /** Its configuration. */
  readonly module: NormalisedModule;
  /** The modules it calls that were loaded, by call name. */
  readonly children: Map<string, LoadedModule>;
  /** The calls that were not. */
  readonly notScanned: NotScannedModule[];
}

/** Reads file text (the CLI passes fs; tests may pass their own). */
export type ReadText = (file: string) => string;

const MAX_DEPTH = 32;

/** True for `.tf` and `.tf.json` files. */
export function isTerraformFile(file: string): boolean {
  return /\.tf(\.json)?$/.test(file);
}

/** Parses HCL text to JSON in hcl2json's list form (loaded on first use: it starts a WASM module). */
export async function parseHcl(file: string, text: string): Promise<unknown> {
  const hcl2json = await import("@cdktf/hcl2json");
  try {
    return await hcl2json.parse(file, text);
  } catch (e) {
    throw new Error(`${file}: cannot parse HCL (${(e as Error).message ?? String(e)})`);
  }
}

/** Parses a Terraform configuration file (`.tf` or `.tf.json`); throws with the file name on bad syntax. */
export async function parseConfigFile(file: string, text: string): Promise<unknown> {
  if (file.endsWith(".json")) {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
    }
  }
  return parseHcl(file, text);
}

/** The `.tf`/`.tf.json` files of a directory, in the order Terraform reads them (overrides last). */
export function moduleFiles(dir: string): string[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => isTerraformFile(n) && fs.statSync(path.join(dir, n)).isFile())
    .sort();
  return [...names.filter((n) => !isOverrideFile(n)), ...names.filter(isOverrideFile)].map((n) =>
    path.join(dir, n),
  );
}

/** `.terraform/modules/modules.json` of a root module: module key (`a.b`) → directory. */
function installedModules(root: string, read: ReadText): Map<string, string> {
  const file = path.join(root, ".terraform", "modules", "modules.json");
  const out = new Map<string, string>();
  if (!fs.existsSync(file)) return out;
  try {
    const parsed = JSON.parse(read(file)) as { Modules?: unknown };
    for (const m of Array.isArray(parsed.Modules) ? parsed.Modules : [])
      if (isRecord(m) && typeof m.Key === "string" && typeof m.Dir === "string")
        out.set(m.Key, path.resolve(root, m.Dir));
  } catch {
    // an unreadable manifest is as if terraform init had not run
  }
  return out;
}

/** True for a local module source (`./x`, `../x`, also with backslashes). */
export function isLocalSource(source: string): boolean {
  return /^\.\.?[/\\]/.test(source);
}

/** Loads one module directory and, recursively, the modules it calls. */
export async function loadModuleTree(
  root: string,
  files: readonly string[],
  read: ReadText,
  texts: Map<string, string>,
): Promise<LoadedModule> {
  const installed = installedModules(root, read);
  const load = async (
    dir: string,
    list: readonly string[],
    keyPath: string[],
    stack: string[],
  ): Promise<LoadedModule> => {
    const module = emptyModule();
    for (const file of list) {
      const text = read(file);
      texts.set(file, text);
      addFile(module, file, await parseConfigFile(file, text));
    }
    const loaded: LoadedModule = { dir, module, children: new Map(), notScanned: [] };
    for (const name of Object.keys(module.json.module).sort()) {
      const call = module.json.module[name];
      const address = [...keyPath, name].map((k) => `module.${k}`).join(".");
      const file = module.files.get(`module.${name}`) ?? dir;
      const source = typeof call.source === "string" ? call.source : "";
      const skip = (reason: string) => loaded.notScanned.push({ address, source, reason, file });
      let childDir: string | undefined;
      if (isLocalSource(source)) childDir = path.normalize(path.join(dir, source));
      else childDir = installed.get([...keyPath, name].join("."));
      if (!source) skip("the module call has no literal source");
      else if (!childDir)
        skip(
          `the module at ${source} is not present locally; run "terraform init" so that .terraform/modules holds it, or scan the plan ("terraform show -json")`,
        );
      else if (!fs.existsSync(childDir) || !fs.statSync(childDir).isDirectory())
        skip(`the module directory ${childDir} does not exist`);
      else if (stack.includes(path.normalize(childDir)) || keyPath.length >= MAX_DEPTH)
        skip("the module calls itself (directly or through other modules)");
      else {
        const childFiles = moduleFiles(childDir);
        if (childFiles.length === 0) skip(`the module directory ${childDir} holds no .tf files`);
        else
          loaded.children.set(
            name,
            await load(childDir, childFiles, [...keyPath, name], [...stack, childDir]),
          );
      }
    }
    return loaded;
  };
  return load(root, files, [], [path.normalize(root)]);
}

/** Every problem of a loaded tree (duplicate blocks, wrong shapes), with the module's directory. */
export function treeProblems(tree: LoadedModule): string[] {
  return [...tree.module.problems, ...[...tree.children.values()].flatMap((c) => treeProblems(c))];
}

/**
 * The values of a root module's variables set by `terraform.tfvars`,
 * `terraform.tfvars.json`, `*.auto.tfvars(.json)` (in lexical order) and
 * then the given var files, each later one winning, as Terraform documents
 * (environment variables `TF_VAR_*` and `-var` are not read).
 */
export async function variableValues(
  root: string,
  varFiles: readonly string[],
  read: ReadText,
): Promise<{ values: Record<string, unknown>; origins: Record<string, string> }> {
  const auto = fs
    .readdirSync(root)
    .filter((n) => /\.auto\.tfvars(\.json)?$/.test(n))
    .sort();
  const candidates = ["terraform.tfvars", "terraform.tfvars.json", ...auto]
    .map((n) => path.join(root, n))
    .filter((f) => fs.existsSync(f));
  const values: Record<string, unknown> = {};
  const origins: Record<string, string> = {};
  for (const file of [...candidates, ...varFiles]) {
    const text = read(file);
    let parsed: unknown;
    if (file.endsWith(".json")) {
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
      }
    } else parsed = await parseHcl(file, text);
    if (!isRecord(parsed)) throw new Error(`${file}: not a variable definitions file`);
    for (const [name, value] of Object.entries(parsed)) {
      values[name] = value;
      origins[name] = file;
    }
  }
  return { values, origins };
}
