/**
 * The JSON Schema (draft-07) of `voice-agent-guard.json`, for consumers that
 * validate the report before reading it (CI gates, dashboards).
 */
import { GUARD_REPORT_SCHEMA_VERSION } from "./guard-report";

const count = { type: "integer", minimum: 0 };
const text = { type: "string" };
const level = { enum: ["error", "warning"] };
const isoDate = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };

const ackRef = {
  constructPath: text,
  reason: { type: "string", minLength: 1 },
  expires: isoDate,
};

/** The JSON Schema of {@link GuardReport}, `schemaVersion` {@link GUARD_REPORT_SCHEMA_VERSION}. */
export const GUARD_REPORT_JSON_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://unpkg.com/cdktf-ibm-voice-agent/guard-report.schema.json",
  title: "cdktf-ibm-voice-agent guard report",
  type: "object",
  additionalProperties: false,
  required: [
    "schemaVersion",
    "tool",
    "stack",
    "passed",
    "counts",
    "findings",
    "acknowledgements",
    "rules",
    "notApplicableRules",
    "configuration",
  ],
  definitions: {
    acknowledgementRef: {
      type: "object",
      additionalProperties: false,
      required: ["constructPath", "reason"],
      properties: ackRef,
    },
  },
  properties: {
    schemaVersion: { const: GUARD_REPORT_SCHEMA_VERSION },
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: { name: text, version: text },
    },
    stack: text,
    passed: { type: "boolean" },
    counts: {
      type: "object",
      additionalProperties: false,
      required: [
        "errors",
        "warnings",
        "acknowledged",
        "cannotVerify",
        "rulesRun",
        "rulesNotApplicable",
      ],
      properties: {
        errors: count,
        warnings: count,
        acknowledged: count,
        cannotVerify: count,
        rulesRun: count,
        rulesNotApplicable: count,
      },
    },
    findings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "ruleId",
          "level",
          "status",
          "constructPath",
          "address",
          "resourceType",
          "message",
          "fix",
          "docUrl",
          "blocking",
          "acknowledged",
        ],
        properties: {
          ruleId: { type: "string", pattern: "^VAW-[A-Z0-9]+-[0-9]+$" },
          level,
          status: { enum: ["non-compliant", "cannot-verify"] },
          constructPath: text,
          address: text,
          resourceType: text,
          attributePath: text,
          message: text,
          fix: text,
          docUrl: { type: "string", format: "uri" },
          blocking: { type: "boolean" },
          acknowledged: { type: "boolean" },
          acknowledgement: { $ref: "#/definitions/acknowledgementRef" },
          expiredAcknowledgement: { $ref: "#/definitions/acknowledgementRef" },
          acknowledgeable: { const: false },
          skill: {
            type: "object",
            additionalProperties: false,
            required: ["name", "nodeId", "pointer", "line"],
            properties: {
              name: text,
              file: text,
              nodeId: text,
              pointer: { type: "string" },
              line: count,
            },
          },
        },
      },
    },
    acknowledgements: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["ruleId", "constructPath", "reason", "status", "matchedFindings"],
        properties: {
          ruleId: text,
          ...ackRef,
          reason: text,
          expires: text,
          status: { enum: ["active", "expired", "unmatched", "rejected"] },
          matchedFindings: count,
          problem: text,
        },
      },
    },
    rules: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "severity", "title", "scope", "acknowledgeable", "applicable", "outcomes"],
        properties: {
          id: text,
          severity: level,
          title: text,
          scope: { enum: ["agent", "resource"] },
          acknowledgeable: { type: "boolean" },
          applicable: { type: "boolean" },
          notApplicableReasons: { type: "array", items: text },
          outcomes: {
            type: "object",
            additionalProperties: false,
            required: ["compliant", "nonCompliant", "cannotVerify", "notApplicable"],
            properties: {
              compliant: count,
              nonCompliant: count,
              cannotVerify: count,
              notApplicable: count,
            },
          },
        },
      },
    },
    notApplicableRules: { type: "array", items: text },
    configuration: {
      type: "object",
      additionalProperties: false,
      required: ["rulesNotRun", "rulesWeakened", "rulesRestored"],
      properties: {
        rulesNotRun: { type: "array", items: text },
        rulesWeakened: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["id", "changes"],
            properties: { id: text, changes: { type: "array", items: text } },
          },
        },
        rulesRestored: { type: "array", items: text },
        policy: {
          type: "object",
          additionalProperties: false,
          required: ["sources", "enforcedRules", "reasonPatterns", "warningsFail"],
          properties: {
            sources: { type: "array", items: text },
            enforcedRules: { type: "array", items: text },
            reasonPatterns: { type: "array", items: text },
            maxAcknowledgementDays: { type: "integer", minimum: 1 },
            warningsFail: { type: "boolean" },
          },
        },
      },
    },
  },
} as const;
