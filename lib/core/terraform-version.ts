import { TerraformElement, TerraformStack } from "cdktf";
import { propsError, VoiceAgentPropsError } from "./errors";

/** The oldest Terraform the library's output runs on: `terraform_data` came with 1.4. */
export const MIN_TERRAFORM_VERSION = "1.4.0";

/** The `terraform.required_version` the library emits in every stack it touches. */
export const REQUIRED_TERRAFORM_VERSION = `>= ${MIN_TERRAFORM_VERSION}`;

const MARK = Symbol.for("cdktf-ibm-voice-agent.required-terraform-version");

/**
 * Contributes `terraform.required_version` to the stack's JSON as a default:
 * elements are merged before the stack's overrides, so a value the user sets
 * with `stack.addOverride("terraform.required_version", …)` wins whenever it
 * was set. The stack's validation then checks that the final value still
 * excludes every Terraform older than {@link MIN_TERRAFORM_VERSION}.
 */
class RequiredTerraformVersion extends TerraformElement {
  public toTerraform(): unknown {
    return { terraform: { required_version: REQUIRED_TERRAFORM_VERSION } };
  }

  public toHclTerraform(): unknown {
    return this.toTerraform();
  }
}

/**
 * Makes `stack` require Terraform {@link MIN_TERRAFORM_VERSION} or later
 * (idempotent, also across two loaded copies of the library).
 */
export function requireTerraformVersion(stack: TerraformStack): void {
  const marked = stack as unknown as Record<symbol, boolean>;
  if (marked[MARK]) return;
  Object.defineProperty(stack, MARK, { value: true });
  new RequiredTerraformVersion(stack, "voice-agent-required-terraform-version");
}

/** True when a library construct made `stack` require {@link MIN_TERRAFORM_VERSION}. */
export function requiresTerraformVersion(stack: TerraformStack): boolean {
  return (stack as unknown as Record<symbol, boolean>)[MARK] === true;
}

/**
 * The error for a stack whose final JSON (`stack.toTerraform()` or the written
 * `cdk.tf.json`, overrides included) has a `terraform.required_version` that
 * still admits Terraform older than {@link MIN_TERRAFORM_VERSION}; undefined
 * when the constraint is right. The guard checks it on the JSON it judges, so
 * the stack is resolved once.
 */
export function terraformVersionError(
  stack: TerraformStack,
  json: Record<string, unknown>,
): VoiceAgentPropsError | undefined {
  if (!requiresTerraformVersion(stack)) return undefined;
  const terraform = (json as { terraform?: { required_version?: unknown } }).terraform;
  const value = terraform?.required_version;
  if (typeof value === "string" && excludesOlderThan(value, MIN_TERRAFORM_VERSION))
    return undefined;
  return propsError("TerraformStack", stack.node.path, [
    {
      prop: "terraform.required_version",
      problem: `must exclude terraform older than ${MIN_TERRAFORM_VERSION} (terraform_data)`,
      received: JSON.stringify(value ?? null),
      fix: `add "${REQUIRED_TERRAFORM_VERSION}" to the constraint, e.g. "${typeof value === "string" && value.trim() ? `${value}, ` : ""}${REQUIRED_TERRAFORM_VERSION}"`,
    },
  ]);
}

/** A version's numeric parts (`1.4` → [1, 4, 0]); undefined when it is not one. */
function parseVersion(text: string): number[] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-[0-9A-Za-z.-]+)?$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * True when a Terraform version constraint (`">= 1.5, < 2.0"`, `"~> 1.6"`,
 * `"1.7.2"`) admits no version older than `min`: one of its parts is a lower
 * bound (`>=`, `>`, `~>`, `=` or a bare version) at or above `min`.
 */
export function excludesOlderThan(constraint: string, min: string): boolean {
  const floor = parseVersion(min);
  if (!floor) return false;
  return constraint.split(",").some((part) => {
    const m = /^\s*(>=|>|~>|=)?\s*(\S+)\s*$/.exec(part);
    const version = m ? parseVersion(m[2]) : undefined;
    return version !== undefined && compare(version, floor) >= 0;
  });
}
