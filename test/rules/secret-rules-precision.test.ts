import * as fs from "fs";
import * as path from "path";
import { VoiceAgentGuard } from "../../lib";

// Precision of the secret rules on ordinary IBM Cloud Terraform: fixtures
// written after the shapes of terraform-ibm-modules' Cloudant, Secrets
// Manager and Code Engine modules (not copies), full of inputs whose names
// mention secrets, tokens and credentials but hold names, ids, CRNs, file
// paths and boolean switches, and of real secrets passed only to the
// attributes meant for them. The secret rules find nothing to report.

const DIR = path.join(__dirname, "fixtures", "ibm-terraform");
const SECRET_RULES = /^VAW-(SECRET-\d+|CRED-3|CE-1|GUARD-3)$/;
const FIXTURES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

describe("secret rules on IBM Terraform modules' shapes", () => {
  test.each(FIXTURES)("%s: no secret finding", (file) => {
    const report = VoiceAgentGuard.check(fs.readFileSync(path.join(DIR, file), "utf8"));
    expect(report.findings.filter((f) => SECRET_RULES.test(f.ruleId))).toEqual([]);
    const judged = report.rules
      .filter((r) => /^VAW-SECRET-[234]$/.test(r.id))
      .map((r) => r.outcomes.compliant);
    expect(judged.some((n) => n > 0)).toBe(true);
  });

  test.each(FIXTURES)("%s: the same secret moved into a tag is blocked", (file) => {
    const json = JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8"));
    const [type, byName] = Object.entries<any>(json.resource)[0];
    const [name, body] = Object.entries<any>(byName)[0];
    json.variable = { ...json.variable, canary_api_key: { type: "string", sensitive: true } };
    body.tags = [...(Array.isArray(body.tags) ? body.tags : []), "key:${var.canary_api_key}"];
    const found = VoiceAgentGuard.check(json).findings.filter((f) => f.ruleId === "VAW-SECRET-4");
    expect(found).toEqual([
      expect.objectContaining({ address: `${type}.${name}`, blocking: true }),
    ]);
  });
});
