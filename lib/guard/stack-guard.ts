/**
 * How the guard hooks into a stack's synthesis (public cdktf API only):
 *
 * 1. a validation on the stack runs the guard on `stack.toTerraform()`; this is
 *    what `Testing.synth(stack, true)` (and any `runAllValidations`) uses;
 * 2. the stack's synthesizer is wrapped: the wrapper lets the original write
 *    `cdk.tf.json` (the validation stays quiet meanwhile), reads that exact
 *    file back, runs the guard on it, writes the reports and agent manifests
 *    next to it, and throws if error findings remain. The wrapper runs
 *    REGARDLESS of the app's `skipValidation`: skipping validations does not
 *    switch the guard off.
 */
import * as fs from "fs";
import * as path from "path";
import {
  App,
  ISynthesisSession,
  IStackSynthesizer,
  TerraformElement,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
} from "cdktf";
import {
  GuardFailureFinding,
  guardFailure,
  guardFindingLine,
  isTerraformExpression,
  terraformVersionError,
} from "../core";
import { RenderedAgent } from "../rules";
import { isBuiltInRuleId, renderedAgents, runGuard } from "./engine";
import { GuardPolicy } from "./guard-policy";
import { loadGuardPolicies } from "./guard-policy-file";
import { GuardReport } from "./guard-report";
import {
  appPolicies,
  GuardState,
  guardStateOf,
  setGuardState,
  StackGuardOptions,
} from "./guard-state";
import { toSarif } from "./sarif";
import { stableStringify } from "./stable-json";
import { isRecord, TerraformDocument } from "../contracts";

/** The report file written next to `cdk.tf.json`. */
export const GUARD_REPORT_FILE = "voice-agent-guard.json";
/** The SARIF file written next to `cdk.tf.json`. */
export const GUARD_SARIF_FILE = "voice-agent-guard.sarif";
/** The folder, next to `cdk.tf.json`, holding one `<agent name>.json` manifest per agent. */
export const AGENT_MANIFESTS_DIR = "voice-agent-manifests";

/**
 * Attaches the guard to a stack once (idempotent, also across library
 * copies). `options` are merged over the stack's (`override`) or under them
 * (`default`: options set on the stack itself win); a policy is added to the
 * stack's policies, never replacing one. `setAt` names where the options were
 * given (a construct path, `(app)`), for the report.
 */
export function attachGuard(
  stack: TerraformStack,
  options: StackGuardOptions = {},
  merge: "override" | "default" = "override",
  setAt?: string,
): GuardState {
  const { policy, ...rest } = options;
  let state = guardStateOf(stack);
  if (state) {
    const rulesWin =
      rest.rules !== undefined && (merge === "override" || state.options.rules === undefined);
    state.options =
      merge === "override" ? { ...state.options, ...rest } : { ...rest, ...state.options };
    if (rulesWin) state.rulesSetAt = setAt;
  } else {
    const created: GuardState = {
      options: { ...rest },
      acknowledgements: [],
      synthesizing: false,
      ...(rest.rules !== undefined ? { rulesSetAt: setAt } : {}),
    };
    state = created;
    setGuardState(stack, created);
    stack.node.addValidation({
      validate: () => {
        if (created.synthesizing) return [];
        const json = stack.toTerraform();
        const version = terraformVersionError(stack, json);
        return [
          ...(version ? [version.message] : []),
          ...blockingLines(evaluateStack(stack, json)),
        ];
      },
    });
    stack.synthesizer = new GuardedSynthesizer(stack, stack.synthesizer, created);
  }
  if (policy) {
    const policies = (state.policies ??= []);
    if (!policies.includes(policy)) policies.push(policy);
  }
  return state;
}

/**
 * Every policy that applies to a stack: the policy files (see
 * {@link guardPolicyFiles}), those given for its app and those given for the
 * stack itself. The guard combines them into the strictest.
 */
export function stackPolicies(stack: TerraformStack): GuardPolicy[] {
  const state = guardStateOf(stack);
  const root = stack.node.root;
  const custom = (state?.options.rules ?? []).map((r) => r.id);
  return [
    ...loadGuardPolicies(isBuiltInRuleId, { extraRuleIds: custom }),
    ...(App.isApp(root) ? appPolicies(root) : []),
    ...(state?.policies ?? []),
  ];
}

/**
 * A stack's rendered JSON as a {@link TerraformDocument}, with the construct
 * paths of variables, outputs and provider blocks taken from the construct tree.
 */
export function stackDocument(
  stack: TerraformStack,
  json: Record<string, unknown>,
): TerraformDocument {
  return new TerraformDocument(json, stack.node.id, constructPathHints(stack));
}

/** Runs the guard on a stack's rendered JSON with the stack's guard options. */
export function evaluateStack(stack: TerraformStack, json: Record<string, unknown>): GuardReport {
  return evaluateDocument(stack, stackDocument(stack, json));
}

function evaluateDocument(stack: TerraformStack, document: TerraformDocument): GuardReport {
  const state = guardStateOf(stack);
  const options = state?.options ?? {};
  return runGuard(document, {
    rules: options.rules,
    now: options.now,
    policy: stackPolicies(stack),
    ...(state?.rulesSetAt !== undefined ? { rulesSetAt: state.rulesSetAt } : {}),
  });
}

/** A report's blocking findings, as the guard error lists them. */
export function blockingFindings(report: GuardReport): GuardFailureFinding[] {
  return report.findings
    .filter((f) => f.blocking)
    .map((f) => {
      const lapsed = f.expiredAcknowledgement;
      const note = lapsed
        ? ` (its acknowledgement at ${lapsed.constructPath} expired after ${lapsed.expires})`
        : "";
      const { ruleId, resourceType, constructPath, fix } = f;
      return { ruleId, resourceType, constructPath, problem: `${f.message}${note}`, fix };
    });
}

/** The error lines of a report's blocking findings. */
export function blockingLines(report: GuardReport): string[] {
  return blockingFindings(report).map((f) =>
    guardFindingLine(f.ruleId, f.resourceType, f.constructPath, f.problem, f.fix),
  );
}

/** A file path as shown to the user: relative to the working directory when inside it. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

class GuardedSynthesizer implements IStackSynthesizer {
  constructor(
    private readonly stack: TerraformStack,
    private readonly inner: IStackSynthesizer,
    private readonly state: GuardState,
  ) {}

  public synthesize(session: ISynthesisSession): void {
    this.state.synthesizing = true;
    try {
      this.inner.synthesize(session);
    } finally {
      this.state.synthesizing = false;
    }
    const stackManifest = session.manifest.forStack(this.stack);
    const stackFile = path.join(session.outdir, stackManifest.synthesizedStackPath);
    const stackDir = path.dirname(stackFile);
    const json: Record<string, unknown> =
      stackFile.endsWith(".json") && fs.existsSync(stackFile)
        ? JSON.parse(fs.readFileSync(stackFile, "utf8"))
        : this.stack.toTerraform();
    const version = terraformVersionError(this.stack, json);
    if (version) {
      fs.rmSync(stackFile, { force: true });
      throw version; // node-do-not-add-exception-line
    }
    const document = stackDocument(this.stack, json);
    const report = evaluateDocument(this.stack, document);
    const uri = stackManifest.synthesizedStackPath.split(path.sep).join("/");
    fs.writeFileSync(path.join(stackDir, GUARD_REPORT_FILE), stableStringify(report));
    const sarif = toSarif(report, { artifactUri: uri, rules: this.state.options.rules });
    fs.writeFileSync(path.join(stackDir, GUARD_SARIF_FILE), stableStringify(sarif));
    const manifestsDir = path.join(stackDir, AGENT_MANIFESTS_DIR);
    fs.rmSync(manifestsDir, { recursive: true, force: true });
    const reportFile = shownPath(path.join(stackDir, GUARD_REPORT_FILE));
    if (!report.passed) {
      // Leave nothing deployable behind: the insecure cdk.tf.json is deleted; the reports stay.
      fs.rmSync(stackFile, { force: true });
      const error = guardFailure(this.stack.node.path, blockingFindings(report), {
        warnings: unacknowledgedWarnings(report).length,
        acknowledged: report.findings.filter((f) => f.acknowledgement).length,
        reportFile,
      });
      // The marker below keeps Node from printing this line's source above an uncaught error.
      throw error; // node-do-not-add-exception-line
    }
    if (this.state.options.printWarnings !== false) printWarnings(report, reportFile);
    writeManifests(manifestsDir, renderedAgents(document), report);
  }
}

function unacknowledgedWarnings(report: GuardReport) {
  return report.findings.filter((f) => f.level === "warning" && !f.acknowledgement);
}

/**
 * Prints a passing stack's unacknowledged warnings, one line each, to STDOUT:
 * `cdktf synth` shows the app's stdout as it is and labels every stderr line
 * `[ERROR]` (cdktf-cli's `shell` in @cdktf/commons logs stderr chunks with
 * `processLoggerError`), which would make warnings look like a failed synth.
 */
function printWarnings(report: GuardReport, reportFile: string): void {
  const warnings = unacknowledgedWarnings(report);
  if (warnings.length === 0) return;
  const lines = warnings.map(
    (f) => `  - ${guardFindingLine(f.ruleId, f.resourceType, f.constructPath, f.message, f.fix)}`,
  );
  const count = warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`;
  process.stdout.write(
    `voice agent guard: ${report.stack} passed with ${count} (full report: ${reportFile}):\n${lines.join("\n")}\n`,
  );
}

/** Writes each agent manifest as `<name>.json`, with the acknowledgements that concern it as `notes`. */
function writeManifests(dir: string, agents: readonly RenderedAgent[], report: GuardReport): void {
  if (agents.length === 0) return;
  const acknowledgedAt = new Map<string, string[]>();
  for (const f of report.findings) {
    const a = f.acknowledgement;
    if (!a) continue;
    const until = a.expires ? ` until ${a.expires}` : "";
    let notes = acknowledgedAt.get(f.address);
    if (!notes) acknowledgedAt.set(f.address, (notes = []));
    notes.push(`${f.ruleId} acknowledged at ${a.constructPath}${until}: ${a.reason}`);
  }
  fs.mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  const sorted = [...agents].sort((a, b) =>
    a.resource.constructPath < b.resource.constructPath ? -1 : 1,
  );
  for (const { manifest, resource } of sorted) {
    const base = fileName(typeof manifest.name === "string" ? manifest.name : resource.name);
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
    used.add(name);
    const notes = [...new Set(acknowledgedAt.get(resource.address) ?? [])].sort();
    const rest: Record<string, unknown> = { ...(manifest as unknown as Record<string, unknown>) };
    delete rest.notes;
    fs.writeFileSync(
      path.join(dir, `${name}.json`),
      stableStringify(notes.length ? { ...rest, notes } : rest),
    );
  }
}

function fileName(agentName: string): string {
  const s = agentName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return s || "agent";
}

/** Construct paths of the blocks that carry no `//` metadata (variables, outputs, providers), by address. */
function constructPathHints(stack: TerraformStack): Record<string, string> {
  const hints: Record<string, string> = {};
  for (const node of stack.node.findAll()) {
    if (!TerraformElement.isTerraformElement(node) || TerraformResource.isTerraformResource(node))
      continue;
    if (TerraformProvider.isTerraformProvider(node)) {
      const alias =
        typeof node.alias === "string" && !isTerraformExpression(node.alias)
          ? `.${node.alias}`
          : "";
      hints[`provider.${node.terraformResourceType}${alias}`] = node.node.path;
      continue;
    }
    const fragment: unknown = node.toTerraform();
    if (!isRecord(fragment)) continue;
    for (const [section, prefix] of [
      ["variable", "var"],
      ["output", "output"],
    ])
      if (isRecord(fragment[section]))
        for (const name of Object.keys(fragment[section]))
          hints[`${prefix}.${name}`] = node.node.path;
  }
  return hints;
}
