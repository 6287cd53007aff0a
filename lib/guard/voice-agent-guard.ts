import { App, TerraformStack, Testing } from "cdktf";
import { IConstruct } from "constructs";
import { propsError } from "../core";
import { ALL_RULES } from "../rules";
import {
  Acknowledgement,
  AcknowledgementProps,
  acknowledgementProblems,
  coversPath,
  GUARD_METADATA_KEY,
  sortAcknowledgements,
} from "./acknowledgements";
import { guardDate, GuardOptions, isBuiltInRuleId, policiesOf, runGuard } from "./engine";
import { GUARD_CHECKS } from "./guard-checks";
import { combinePolicies, GuardPolicy, policyRefusal } from "./guard-policy";
import { GuardPolicyLookup, loadGuardPolicies } from "./guard-policy-file";
import { GuardReport } from "./guard-report";
import { appPolicies, StackGuardOptions } from "./guard-state";
import { attachGuard, evaluateStack, stackPolicies } from "./stack-guard";
import { TerraformDocument } from "../contracts";

/** Options of {@link VoiceAgentGuard.of} and {@link VoiceAgentGuard.apply}. */
export interface VoiceAgentGuardOptions extends StackGuardOptions {
  /**
   * Acknowledgements by construct path (for stacks whose constructs you do not
   * hold, e.g. generated resources). Each is checked when given, like
   * {@link VoiceAgentGuard.acknowledge}, and recorded on the stack holding its path.
   * @default - none
   */
  readonly acknowledgements?: readonly Acknowledgement[];
}

/** Options of {@link VoiceAgentGuard.check}. */
export interface VoiceAgentGuardCheckOptions extends GuardOptions {
  /**
   * The stack's name, for the report.
   * @default - the `stackName` in the JSON's `//.metadata`, else "stack"
   */
  readonly stackName?: string;
}

const APP_SYNTH_HOOKS = Symbol.for("cdktf-ibm-voice-agent.guard.app-synth-hooks");

/**
 * The voice agent guard: runs every rule on each stack's final rendered
 * Terraform JSON at synth, writes `voice-agent-guard.json` and
 * `voice-agent-guard.sarif` next to `cdk.tf.json`, and refuses (throws, and
 * deletes that `cdk.tf.json`) while error findings remain that no valid,
 * unexpired acknowledgement accepts. The library's constructs attach it to
 * their stack; use {@link VoiceAgentGuard.apply} to put it on any other stack
 * or on every stack of an app. It runs even when the app is created with
 * `skipValidation: true`.
 */
export class VoiceAgentGuard {
  /**
   * Attaches the guard to the stack containing `scope`, or, for an App, to
   * every stack of it (also stacks added later, when `app.synth()` runs).
   * Idempotent; options given again are merged into the earlier ones.
   */
  public static of(scope: IConstruct, options: VoiceAgentGuardOptions = {}): VoiceAgentGuard {
    const { acknowledgements = [], policy, ...stackOptions } = options;
    policiesOf(policy, stackOptions.rules, scope.node.path || "(app)");
    if (App.isApp(scope)) {
      if (policy && !appPolicies(scope).includes(policy)) appPolicies(scope).push(policy);
      for (const ack of acknowledgements)
        checkAcknowledgement(ack.constructPath, ack, stackOptions, appPolicyList(scope));
      patchApp(scope, stackOptions, acknowledgements);
    } else {
      const stack = TerraformStack.of(scope);
      attachGuard(stack, { ...stackOptions, policy }, "override", scope.node.path);
      for (const ack of acknowledgements)
        checkAcknowledgement(ack.constructPath, ack, stackOptions, stackPolicies(stack));
      for (const ack of acknowledgements) {
        if (!coversPath(stack.node.path, ack.constructPath))
          throw propsError("VoiceAgentGuard", stack.node.path, [outsideProblem(ack)]);
        record(stack, ack);
      }
    }
    return new VoiceAgentGuard(scope);
  }

  /** Same as {@link VoiceAgentGuard.of}, for use as a statement. */
  public static apply(scope: IConstruct, options: VoiceAgentGuardOptions = {}): void {
    VoiceAgentGuard.of(scope, options);
  }

  /**
   * Accepts the findings of one rule on `scope` and every construct below it,
   * with a written reason (at least 20 characters) and an optional expiry
   * (`YYYY-MM-DD`, the last day it applies). Throws at once for an unknown
   * rule id, a rule that is not acknowledgeable, a short reason or a bad date.
   * The acknowledgement is recorded in the stack's JSON (`//.voiceAgentGuard`)
   * and in the reports.
   */
  public static acknowledge(scope: IConstruct, props: AcknowledgementProps): void {
    const stack = TerraformStack.of(scope);
    const state = attachGuard(stack);
    const ack = { ...props, constructPath: scope.node.path };
    checkAcknowledgement(ack.constructPath, ack, state.options, stackPolicies(stack));
    record(stack, ack);
  }

  /**
   * The organisation's guard policies for a working directory: the
   * `voice-agent-guard.policy.json` next to the nearest `cdktf.json` at or
   * above it, and the file `VOICE_AGENT_GUARD_POLICY` names. Each is
   * validated; a bad one throws one error listing every problem. Pass the
   * result as `policy` to {@link VoiceAgentGuard.check} (synthesis loads them
   * itself).
   */
  public static loadPolicies(lookup: GuardPolicyLookup = {}): GuardPolicy[] {
    return loadGuardPolicies(isBuiltInRuleId, lookup);
  }

  /**
   * Runs the guard on rendered Terraform JSON (a parsed `cdk.tf.json` or its
   * text) without any construct tree: pure, for tests and tools. The
   * acknowledgements recorded in the JSON apply, and the `policy` given
   * (policy files are not read here: pass `VoiceAgentGuard.loadPolicies()`).
   */
  public static check(
    json: Record<string, unknown> | string,
    options: VoiceAgentGuardCheckOptions = {},
  ): GuardReport {
    const parsed = (typeof json === "string" ? JSON.parse(json) : json) as Record<string, unknown>;
    const meta = (parsed["//"] as { metadata?: { stackName?: unknown } } | undefined)?.metadata;
    const name =
      options.stackName ?? (typeof meta?.stackName === "string" ? meta.stackName : "stack");
    return runGuard(new TerraformDocument(parsed, name), options);
  }

  /**
   * Runs the guard on a stack as synthesis would (aspects invoked, then the
   * rendered JSON with the stack's guard options and acknowledgements),
   * without writing anything. For tests; see also the jest matchers in
   * `cdktf-ibm-voice-agent/lib/testing`.
   */
  public static evaluate(stack: TerraformStack): GuardReport {
    Testing.synth(stack); // invokes the stack's aspects, the public way
    return evaluateStack(stack, stack.toTerraform());
  }

  private constructor(
    /** The construct (stack or app) the guard was attached through. */
    public readonly scope: IConstruct,
  ) {}

  /** The reports of every guarded stack under this guard's scope, in construct order (see {@link VoiceAgentGuard.evaluate}). */
  public reports(): GuardReport[] {
    const stacks = App.isApp(this.scope)
      ? this.scope.node.findAll().filter(TerraformStack.isStack)
      : [TerraformStack.of(this.scope)];
    return stacks.map((s) => VoiceAgentGuard.evaluate(s));
  }
}

/** Checks an acknowledgement when it is made, against the rules and the policies known so far. */
function checkAcknowledgement(
  path: string,
  ack: Acknowledgement,
  options: StackGuardOptions,
  policies: readonly GuardPolicy[],
): void {
  const known = new Map(
    [...ALL_RULES, ...GUARD_CHECKS, ...(options.rules ?? [])].map((r) => [r.id, r]),
  );
  const problems = acknowledgementProblems(ack, (id) => known.get(id));
  if (problems.length === 0) {
    const policy = combinePolicies(policies);
    problems.push(...policyRefusal(policy, ack, guardDate(path || "(app)", options.now, policy)));
  }
  if (problems.length) throw propsError("VoiceAgentGuard.acknowledge", path || "(app)", problems);
}

/** The policies known for a whole app: the policy files and those given for the app. */
function appPolicyList(app: App): GuardPolicy[] {
  return [...loadGuardPolicies(isBuiltInRuleId), ...appPolicies(app)];
}

function outsideProblem(ack: Acknowledgement) {
  return {
    prop: "acknowledgements.constructPath",
    problem: "must be a construct path inside the stack",
    received: JSON.stringify(ack.constructPath),
    fix: "give the path of a construct in this stack (construct.node.path), or acknowledge through the app",
  };
}

/** Records an acknowledgement on a stack and in its rendered JSON metadata. */
function record(stack: TerraformStack, ack: Acknowledgement): void {
  const state = attachGuard(stack);
  const plain: Acknowledgement = {
    ruleId: ack.ruleId,
    constructPath: ack.constructPath,
    reason: ack.reason,
    ...(ack.expires !== undefined ? { expires: ack.expires } : {}),
  };
  const same = (a: Acknowledgement) => JSON.stringify(a) === JSON.stringify(plain);
  if (!state.acknowledgements.some(same))
    state.acknowledgements = sortAcknowledgements([...state.acknowledgements, plain]);
  stack.addOverride(`//.${GUARD_METADATA_KEY}`, { acknowledgements: state.acknowledgements });
}

/**
 * Puts the guard on every stack of an app now, and again when the app
 * synthesizes (for stacks added later; options set on a stack itself win).
 */
function patchApp(app: App, options: StackGuardOptions, acks: readonly Acknowledgement[]): void {
  const run = (final: boolean) => {
    const stacks = app.node.findAll().filter(TerraformStack.isStack);
    stacks.forEach((s) => attachGuard(s, options, final ? "default" : "override", "(app)"));
    for (const ack of acks) {
      const stack = stacks.find((s) => coversPath(s.node.path, ack.constructPath));
      if (stack) record(stack, ack);
      else if (final) throw propsError("VoiceAgentGuard", "(app)", [outsideProblem(ack)]);
    }
  };
  run(false);
  appSynthHooks(app).push(() => run(true));
}

/** The hooks run before `app.synth()`, kept on the app under a `Symbol.for` key; patches `synth` once. */
function appSynthHooks(app: App): (() => void)[] {
  const target = app as unknown as Record<symbol, (() => void)[] | undefined>;
  const existing = target[APP_SYNTH_HOOKS];
  if (existing) return existing;
  const hooks: (() => void)[] = [];
  Object.defineProperty(app, APP_SYNTH_HOOKS, { value: hooks, enumerable: false });
  const synth = app.synth.bind(app);
  app.synth = () => {
    hooks.forEach((h) => h());
    synth();
  };
  return hooks;
}
