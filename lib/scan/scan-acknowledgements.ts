/**
 * The acknowledgements file of `scan`: JSON, either a list or
 * `{ "acknowledgements": [...] }`, each entry
 * `{ "ruleId", "address", "reason", "expires"? }` where `address` is a
 * Terraform address or address prefix (`module.events`,
 * `module.events.ibm_cloudant.db`, `ibm_resource_key.writer`) or, for a
 * cdktf stack, a construct path. Checked as `VoiceAgentGuard.acknowledge`
 * checks (known rule that accepts acknowledgements, reason of at least 20
 * characters, `YYYY-MM-DD` expiry); any problem refuses the whole file.
 */
import { isRecord } from "../contracts";
import { describeValue, PropProblem } from "../core";
import { checkAcknowledgementProps, GuardOptions } from "../guard";

/** One entry of an acknowledgements file. */
export interface FileAcknowledgement {
  /** The rule whose findings it accepts. */
  readonly ruleId: string;
  /** A Terraform address or address prefix (or a cdktf construct path). */
  readonly address: string;
  /** Why the findings are acceptable (at least 20 characters). */
  readonly reason: string;
  /** The last day it applies, `YYYY-MM-DD`. */
  readonly expires?: string;
  /** Where it is written (`acks.json#2`), for messages. */
  readonly origin: string;
}

/** An acknowledgements file that cannot be used: every problem, each with its entry. */
export class AcknowledgementFileError extends Error {}

const KEYS = new Set(["ruleId", "address", "reason", "expires"]);

/** Parses and checks an acknowledgements file's text; throws {@link AcknowledgementFileError} listing every problem. */
export function parseAcknowledgementFile(
  file: string,
  text: string,
  options: Pick<GuardOptions, "rules"> = {},
): FileAcknowledgement[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new AcknowledgementFileError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(parsed)
    ? parsed
    : isRecord(parsed) && Array.isArray(parsed.acknowledgements)
      ? parsed.acknowledgements
      : undefined;
  if (!list)
    throw new AcknowledgementFileError(
      `${file}: must be a list of acknowledgements or an object with an "acknowledgements" list`,
    );
  const problems: string[] = [];
  const out: FileAcknowledgement[] = [];
  list.forEach((entry, i) => {
    const origin = `${file}#${i + 1}`;
    const found: PropProblem[] = [];
    const e = isRecord(entry) ? entry : {};
    if (!isRecord(entry))
      found.push({
        prop: "(entry)",
        problem: "must be an object",
        received: describeValue(entry),
        fix: 'write { "ruleId", "address", "reason", "expires" }',
      });
    for (const k of Object.keys(e))
      if (!KEYS.has(k))
        found.push({
          prop: k,
          problem: "is not a field of an acknowledgement",
          received: describeValue(e[k]),
          fix: "use ruleId, address, reason and expires",
        });
    if (typeof e.address !== "string" || e.address.trim() === "")
      found.push({
        prop: "address",
        problem: "must be a Terraform address or address prefix",
        received: describeValue(e.address),
        fix: 'name what it accepts, e.g. "module.events.ibm_cloudant.db" or "module.events"',
      });
    found.push(...checkAcknowledgementProps(e, options));
    if (found.length)
      problems.push(
        ...found.map((p) => `${origin}: ${p.prop} ${p.problem}, got ${p.received}; ${p.fix}`),
      );
    else
      out.push({
        ruleId: String(e.ruleId),
        address: String(e.address).trim(),
        reason: String(e.reason),
        ...(e.expires !== undefined ? { expires: String(e.expires) } : {}),
        origin,
      });
  });
  if (problems.length)
    throw new AcknowledgementFileError(
      `${file}: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`,
    );
  return out;
}

/** True when an acknowledgement's address (prefix) covers a Terraform address. */
export function coversAddress(prefix: string, address: string): boolean {
  return address === prefix || address.startsWith(`${prefix}.`) || address.startsWith(`${prefix}[`);
}
