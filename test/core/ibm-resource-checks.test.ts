import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import {
  checkDerivedName,
  checkInstanceCrn,
  checkResourceGroupId,
  instanceGuidOfCrn,
  parseCrn,
} from "../../lib/core/ibm-resource-checks";
import { PropsChecker } from "../../lib/core/validation";
import { rendered } from "../util";

const CRN = "crn:v1:bluemix:public:conversation:us-south:a/acct123:0a1b-2c3d::";

function checker(): { c: PropsChecker; stack: TerraformStack } {
  const stack = new TerraformStack(Testing.app(), "test");
  return { c: new PropsChecker("Thing", stack), stack };
}

function problemsOf(c: PropsChecker): string[] {
  try {
    c.throwIfAny();
  } catch (e) {
    return (e as { problems: { prop: string; problem: string }[] }).problems.map(
      (p) => `${p.prop} ${p.problem}`,
    );
  }
  return [];
}

describe("parseCrn", () => {
  test("splits a service instance crn", () => {
    expect(parseCrn(CRN)).toEqual({
      cname: "bluemix",
      ctype: "public",
      serviceName: "conversation",
      location: "us-south",
      scope: "a/acct123",
      serviceInstance: "0a1b-2c3d",
    });
  });

  test("rejects strings that are not crns", () => {
    expect(parseCrn("0a1b-2c3d")).toBeUndefined();
    expect(parseCrn("crn:v2:bluemix:public:conversation:us-south:a/x:g::")).toBeUndefined();
    expect(parseCrn("crn:v1:bluemix:public:conversation:us-south:a/x:::")).toBeUndefined();
  });
});

describe("instanceGuidOfCrn", () => {
  test("takes the guid of a literal crn", () => {
    expect(instanceGuidOfCrn(CRN)).toBe("0a1b-2c3d");
  });

  test("computes the guid of a crn token in terraform", () => {
    const { stack } = checker();
    const v = new TerraformVariable(stack, "crn", { type: "string" });
    expect(rendered(stack, instanceGuidOfCrn(v.stringValue))).toBe(
      '${element(split(":", var.crn), 7)}',
    );
  });
});

describe("checkInstanceCrn", () => {
  test("accepts a crn of the right service and location", () => {
    const { c } = checker();
    checkInstanceCrn(c, "crn", CRN, "conversation", "us-south");
    expect(problemsOf(c)).toEqual([]);
  });

  test("reports a crn of another service and another location", () => {
    const { c } = checker();
    checkInstanceCrn(c, "crn", CRN, "speech-to-text", "eu-de");
    expect(problemsOf(c)).toEqual([
      'crn names service "conversation", not "speech-to-text"',
      'crn is in location "us-south", not "eu-de"',
    ]);
  });

  test("reports something that is not a crn", () => {
    const { c } = checker();
    checkInstanceCrn(c, "crn", "my-instance", "conversation");
    expect(problemsOf(c)).toEqual(["crn is not a service instance crn"]);
  });

  test("skips tokens", () => {
    const { c, stack } = checker();
    checkInstanceCrn(c, "crn", new TerraformVariable(stack, "v", {}).stringValue, "conversation");
    expect(problemsOf(c)).toEqual([]);
  });
});

describe("checkResourceGroupId", () => {
  test("accepts 32 lowercase letters and digits and reports a group name", () => {
    const { c } = checker();
    checkResourceGroupId(c, "ok", "0123456789abcdef0123456789abcdef");
    checkResourceGroupId(c, "bad", "Default");
    expect(problemsOf(c)).toEqual(["bad has the wrong format"]);
  });
});

describe("checkDerivedName", () => {
  test("reports a derived name over 128 characters on the name's prop", () => {
    const { c } = checker();
    checkDerivedName(c, "credentialName", undefined, "n".repeat(120), "-voice-agent");
    checkDerivedName(c, "other", undefined, "n".repeat(116), "-voice-agent");
    expect(problemsOf(c)).toEqual([
      "credentialName derived from the instance name is longer than 128 characters",
    ]);
  });

  test("checks the explicit name instead when one is given", () => {
    const { c } = checker();
    checkDerivedName(c, "credentialName", "", "n".repeat(200), "-voice-agent");
    expect(problemsOf(c)).toEqual(["credentialName must not be empty"]);
  });
});
