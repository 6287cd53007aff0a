import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { App, Fn, TerraformStack, TerraformVariable } from "cdktf";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { CloudantEventTarget, GuardReport, VoiceAgentGuard } from "../../lib";
import { holdsSecret, isRecord, secretAttributePaths } from "../../lib/contracts";
import { compliantStack, renderStack } from "./fixtures/agent-stack";

// Property-based tests of secret flow: a canary from a sensitive variable,
// wrapped in templates, function calls and locals, planted into randomly
// chosen attributes of randomly chosen resources, data sources and provider
// blocks of the vendored schemas, and into random agent manifest fields.
// Planted into any attribute the schema does not mark sensitive, it blocks;
// planted only into secret-holding attributes, nothing is reported.

interface Attribute {
  /** The kind (`ibm_cloudant`, `data.ibm_sm_arbitrary_secret`, `provider.ibm`). */
  readonly kind: string;
  /** Path segments from the block's body (`["run_env_variables", "0", "value"]`). */
  readonly path: readonly string[];
  /** The schema type (`"string"`, `["list", "string"]`, `["map", "string"]`). */
  readonly type: unknown;
}

/** Settable attributes (and those of nested blocks, one level down) of every vendored block. */
function vendoredAttributes(): Attribute[] {
  const dir = path.join(__dirname, "..", "..", "provider-schemas");
  const out: Attribute[] = [];
  const walk = (kind: string, block: any, prefix: string[], depth: number) => {
    for (const [name, a] of Object.entries<any>(block?.attributes ?? {}))
      if (a.optional || a.required) out.push({ kind, path: [...prefix, name], type: a.type });
    if (depth > 0) return;
    for (const [name, b] of Object.entries<any>(block?.block_types ?? {})) {
      const at = b.nesting_mode === "single" ? [name] : [name, "0"];
      walk(kind, b.block, [...prefix, ...at], depth + 1);
    }
  };
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const [address, p] of Object.entries<any>(doc.provider_schemas)) {
      walk(`provider.${address.split("/").pop()}`, p.provider.block, [], 0);
      for (const [type, s] of Object.entries<any>(p.resource_schemas ?? {}))
        walk(type, s.block, [], 0);
      for (const [type, s] of Object.entries<any>(p.data_source_schemas ?? {}))
        walk(`data.${type}`, s.block, [], 0);
    }
  }
  return out;
}

const ATTRIBUTES = vendoredAttributes();
const SINKS = ATTRIBUTES.filter((a) => !holdsSecret(a.kind, a.path.join(".")));
const SECRET_HOLDERS = [...new Set(ATTRIBUTES.map((a) => a.kind))].flatMap((kind) =>
  secretAttributePaths(kind).map((p) => ({
    kind,
    path: p.split("."),
    type: ATTRIBUTES.find((a) => a.kind === kind && a.path.join(".") === p)?.type ?? "string",
  })),
);

/** How the canary is wrapped: as written, in a template, in function calls, through locals. */
type Wrap = (variable: string) => { value: string; locals?: Record<string, unknown> };
const WRAPS: Wrap[] = [
  (v) => ({ value: `\${var.${v}}` }),
  (v) => ({ value: `id-\${var.${v}}-x` }),
  (v) => ({ value: `\${base64encode(var.${v})}` }),
  (v) => ({ value: `\${upper(trimspace(var.${v}))}` }),
  (v) => ({ value: `\${format("%s:%s", "k", var.${v})}` }),
  (v) => ({
    value: "${local.canary_outer}",
    locals: { canary_outer: "a-${local.canary_inner}", canary_inner: `\${var.${v}}` },
  }),
  (v) => ({
    value: "${local.canary_cfg.token}",
    locals: { canary_cfg: { label: "l", token: `\${sha256(var.${v})}` } },
  }),
];

const variableName = fc.stringMatching(/^[a-z][a-z0-9_]{0,14}$/);
const wrap = fc.constantFrom(...WRAPS);

/** The value an attribute of `type` gets so that the planted string sits at `attributePath` (returned). */
function shaped(type: unknown, value: string): { body: unknown; suffix: string[] } {
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set"))
    return { body: [value], suffix: ["0"] };
  if (Array.isArray(type) && (type[0] === "map" || type[0] === "object"))
    return { body: { k: value }, suffix: ["k"] };
  return { body: value, suffix: [] };
}

function setPath(target: Record<string, any>, segments: readonly string[], value: unknown): void {
  let node: any = target;
  segments.slice(0, -1).forEach((s, i) => {
    const nextIsIndex = /^[0-9]+$/.test(segments[i + 1]);
    node[s] ??= nextIsIndex ? [] : {};
    node = node[s];
  });
  node[segments[segments.length - 1]] = value;
}

/** A document with `attr` set to the wrapped canary; returns it with the finding's address and path. */
function planted(attr: Attribute, name: string, w: Wrap, json: Record<string, any> = {}) {
  const { value, locals } = w(name);
  const { body, suffix } = shaped(attr.type, value);
  const block: Record<string, any> = {};
  setPath(block, attr.path, body);
  const [section, type, address] = attr.kind.startsWith("provider.")
    ? ["provider", attr.kind.slice("provider.".length), attr.kind]
    : attr.kind.startsWith("data.")
      ? ["data", attr.kind.slice("data.".length), `${attr.kind}.planted`]
      : ["resource", attr.kind, `${attr.kind}.planted`];
  json.variable = { ...json.variable, [name]: { type: "string", sensitive: true } };
  json.locals = { ...json.locals, ...locals };
  json[section] = { ...json[section] };
  if (section === "provider") json.provider[type] = [block];
  else json[section][type] = { ...json[section][type], planted: block };
  return { json, address, attributePath: [...attr.path, ...suffix].join(".") };
}

const secretFindings = (r: GuardReport) =>
  r.findings.filter((f) => /^VAW-(SECRET-[1-4]|GUARD-3)$/.test(f.ruleId));

/** Every field of a manifest with a scalar value, as path segments; secret reference fields left out. */
function manifestFields(value: unknown, prefix: string[] = []): string[][] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => manifestFields(v, [...prefix, String(i)]));
  if (!isRecord(value)) return [prefix];
  return Object.keys(value)
    .filter((k) => k !== "password" && k !== "smsProviderPassword")
    .flatMap((k) => manifestFields(value[k], [...prefix, k]));
}

describe("secret flow, property-based", () => {
  test("a canary planted into any attribute the schema does not mark sensitive is blocked", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SINKS), variableName, wrap, (attr, name, w) => {
        const { json, address, attributePath } = planted(attr, name, w);
        const report = VoiceAgentGuard.check(json);
        expect(report.passed).toBe(false);
        expect(report.findings).toContainEqual(
          expect.objectContaining({
            ruleId: "VAW-SECRET-4",
            address,
            attributePath,
            blocking: true,
          }),
        );
        expect(report.findings.filter((f) => f.ruleId === "VAW-GUARD-3")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("a canary planted into any agent manifest field other than a secret reference is blocked", () => {
    const fields = manifestFields(compliantStack().manifest);
    fc.assert(
      fc.property(fc.constantFrom(...fields), variableName, wrap, (field, name, w) => {
        const stack = compliantStack();
        const { value, locals } = w(name);
        setPath(stack.manifest as any, field, value);
        stack.variable[name] = { type: "string", sensitive: true };
        const json: Record<string, any> = { ...renderStack(stack), locals };
        const report = VoiceAgentGuard.check(json);
        expect(report.findings).toContainEqual(
          expect.objectContaining({
            ruleId: "VAW-SECRET-4",
            address: `terraform_data.${stack.manifest.name}_manifest`,
            attributePath: `input.${field.join(".")}`,
            blocking: true,
          }),
        );
      }),
      { numRuns: 150 },
    );
  });

  test("canaries planted only into secret-holding attributes and manifest secret references raise no finding", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...SECRET_HOLDERS), {
          minLength: 1,
          selector: (a) => a.kind,
        }),
        variableName,
        wrap,
        (attrs, name, w) => {
          const stack = compliantStack();
          (stack.manifest.sms as any).smsProviderPassword = {
            source: "terraform-variable",
            address: `var.${name}`,
          };
          let json: Record<string, any> = renderStack(stack);
          for (const attr of attrs) json = planted(attr, name, w, json).json;
          const report = VoiceAgentGuard.check(json);
          expect(secretFindings(report)).toEqual([]);
          const run = report.rules.find((r) => r.id === "VAW-SECRET-4");
          expect(run?.outcomes.compliant).toBeGreaterThanOrEqual(attrs.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("app.synth() refuses a sensitive variable in a random position of the event store's tags", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-flow-"));
    try {
      fc.assert(
        fc.property(
          fc.array(fc.stringMatching(/^[a-z]{1,8}:[a-z0-9]{1,8}$/), { maxLength: 3 }),
          fc.nat(3),
          fc.constantFrom<(s: string) => string>(
            (s) => s,
            (s) => `k:${s}`,
            (s) => Fn.base64encode(s),
          ),
          (tags, at, around) => {
            const app = new App({ outdir });
            const stack = new TerraformStack(app, "flow");
            new IbmProvider(stack, "ibm", { region: "us-south" });
            VoiceAgentGuard.apply(stack, { printWarnings: false });
            const v = new TerraformVariable(stack, "upstream", { type: "string", sensitive: true });
            const all = [...tags];
            all.splice(Math.min(at, all.length), 0, around(v.stringValue));
            new CloudantEventTarget(stack, "events", {
              name: "events",
              location: "us-south",
              tags: all,
            });
            expect(() => app.synth()).toThrow(
              /VAW-SECRET-4 ibm_cloudant at flow\/events\/Resource: tags\.\d/,
            );
          },
        ),
        { numRuns: 8 },
      );
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
