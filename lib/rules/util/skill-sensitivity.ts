/**
 * Which values in a Watson Assistant skill are sensitive: names the user
 * declares sensitive, names matching the defaults of the agent's data classes
 * (overridable by declaring a name not sensitive), and everything taken from
 * the caller (`input.text`, slot and step answers, DTMF, system entities
 * such as `@sys-number`).
 */
import { ManifestDataClass, SkillModel, SkillReference } from "../../contracts";

/**
 * Default sensitive names per data class, as word sequences: a name matches
 * when its words (split at `_ - .` and camelCase) contain the sequence, or,
 * for sequences of two words or one long word, when the name glued together
 * contains it (`accountnumber`, `currentbalance`). A sequence written `=word`
 * matches only a name that is that word alone (`$name`, not `$product_name`).
 */
export const SENSITIVE_NAME_DEFAULTS: Readonly<Record<ManifestDataClass, readonly string[]>> = {
  PII: [
    "=name",
    "first name",
    "last name",
    "full name",
    "surname",
    "given name",
    "family name",
    "=address",
    "=street",
    "postcode",
    "postal code",
    "=zip",
    "zipcode",
    "email",
    "e mail",
    "=phone",
    "phone number",
    "=mobile",
    "caller id",
    "ssn",
    "social security",
    "=sin",
    "national id",
    "passport",
    "driver license",
    "drivers license",
    "licence number",
    "date of birth",
    "dob",
    "birth date",
    "birthdate",
    "birthday",
    "=account",
    "account number",
    "acct",
    "acct no",
    "account id",
    "customer id",
    "member id",
    "balance",
    "pin",
    "passcode",
    "password",
    "otp",
    "one time code",
    "verification code",
    "security answer",
    "mothers maiden name",
  ],
  PHI: [
    "diagnosis",
    "diagnoses",
    "=condition",
    "medical condition",
    "medication",
    "medicine",
    "prescription",
    "=rx",
    "dosage",
    "symptom",
    "symptoms",
    "allergy",
    "allergies",
    "treatment",
    "=procedure",
    "patient id",
    "mrn",
    "medical record",
    "=health",
    "=insurance",
    "policy number",
    "=claim",
    "claim number",
    "lab result",
    "test result",
    "blood type",
    "=doctor",
    "physician",
    "provider name",
    "=appointment",
  ],
  PCI: [
    "=card",
    "card number",
    "cardnumber",
    "credit card",
    "debit card",
    "=pan",
    "=cc",
    "cc number",
    "cvv",
    "cvv2",
    "cvc",
    "csc",
    "security code",
    "card security code",
    "expiry",
    "expiration",
    "exp date",
    "expiry date",
    "card expiry",
    "pin",
    "iban",
    "routing number",
    "sort code",
    "bank account",
    "balance",
    "=payment",
  ],
};

/** The words of a name: `accountNumber_2` → `account number 2`. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function matchesPattern(words: readonly string[], pattern: string): boolean {
  if (pattern.startsWith("=")) return words.join(" ") === pattern.slice(1);
  const p = pattern.split(" ");
  for (let i = 0; i + p.length <= words.length; i++)
    if (p.every((w, j) => words[i + j] === w)) return true;
  const glued = p.join("");
  return (p.length > 1 || glued.length >= 6) && words.join("").includes(glued);
}

const byName = new Map<string, readonly ManifestDataClass[]>();

/** The data classes whose defaults count `name` as sensitive (memoized: skills repeat names). */
export function defaultClassesOf(
  name: string,
  classes: readonly ManifestDataClass[],
): ManifestDataClass[] {
  let matching = byName.get(name);
  if (!matching) {
    const words = nameWords(name);
    matching = (Object.keys(SENSITIVE_NAME_DEFAULTS) as ManifestDataClass[]).filter((c) =>
      SENSITIVE_NAME_DEFAULTS[c].some((p) => matchesPattern(words, p)),
    );
    if (byName.size > 10_000) byName.clear();
    byName.set(name, matching);
  }
  return classes.filter((c) => matching.includes(c));
}

/** What makes a value sensitive, for a finding's message. */
export interface SensitiveReference {
  /** The reference. */
  readonly reference: SkillReference;
  /** Why it is sensitive (`from the caller`, `declared sensitive`, `a PCI default`). */
  readonly why: string;
}

/** The declarations and data classes sensitivity is judged by. */
export interface SensitivityFacts {
  /** The agent's data classes. */
  readonly dataClasses: readonly ManifestDataClass[];
  /** Names declared sensitive (no `$`/`@`). */
  readonly sensitive: readonly string[];
  /** Names declared not sensitive. */
  readonly notSensitive: readonly string[];
}

/** `$name`, `@name` or `input.text`, as a message shows a reference. */
export function shownReference(r: SkillReference): string {
  return r.kind === "variable" ? `$${r.name}` : r.kind === "entity" ? `@${r.name}` : r.name;
}

/** The sensitive ones among `references`, each with why. */
export function sensitiveReferences(
  references: readonly SkillReference[],
  skill: SkillModel,
  facts: SensitivityFacts,
): SensitiveReference[] {
  const out: SensitiveReference[] = [];
  for (const reference of references) {
    const why = whySensitive(reference, skill, facts);
    if (why) out.push({ reference, why });
  }
  return out;
}

function whySensitive(
  r: SkillReference,
  skill: SkillModel,
  facts: SensitivityFacts,
): string | undefined {
  if (r.kind === "input") return "the caller's input";
  if (facts.sensitive.includes(r.name)) return "declared sensitive";
  if (facts.notSensitive.includes(r.name)) return undefined;
  if (r.kind === "entity" && r.name.startsWith("sys-"))
    return "a system entity captured from the caller";
  if (r.kind === "variable" && skill.callerVariables.includes(r.name))
    return "filled from the caller";
  const classes = defaultClassesOf(r.name, facts.dataClasses);
  return classes.length ? `a ${classes.join("/")} default` : undefined;
}
