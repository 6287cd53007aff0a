import * as fs from "fs";
import * as path from "path";
import { IAssistantSkill, registerSkillModel, SkillModel } from "../contracts";
import { describeValue, PropProblem, propsError } from "../core";
import { contentHash } from "./canonical-json";
import { lineFinder, LineOf, NO_LINES } from "./skill-locator";
import { skillShape, walkSkill } from "./skill-walk";

/** Options of {@link AssistantSkill.fromFile} and {@link AssistantSkill.fromObject}. */
export interface AssistantSkillOptions {
  /**
   * Context variables (`account_id`, `$account_id`) and entities (`@member_id`)
   * whose values are sensitive, besides the defaults that follow from the
   * agent's data classes and everything taken from the caller.
   * @default - none
   */
  readonly sensitive?: readonly string[];
  /**
   * Names the data-class defaults count as sensitive that are not in this
   * skill (`$pin_attempts`). `input.text` cannot be declared not sensitive.
   * @default - none
   */
  readonly notSensitive?: readonly string[];
}

/**
 * A Watson Assistant skill export, analysed for the guard's skill rules: a
 * v1 dialog skill or workspace (`dialog_nodes`, intents, entities) or a v2
 * actions skill (`actions[].steps[]`). Give it to a `VoiceAgent`
 * (`assistant.skill`): the guard then checks at synth what the dialog speaks
 * (TTS caching), transfers, sends as MMS, which credentials it carries and
 * which voice-gateway commands it misspells; the skill's name and content
 * hash go into the agent manifest.
 */
export class AssistantSkill implements IAssistantSkill {
  /**
   * Reads a skill export file (JSON). Findings then name the file and line.
   * Throws one error naming the file when it cannot be read or is not a skill.
   */
  public static fromFile(file: string, options: AssistantSkillOptions = {}): AssistantSkill {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      throw skillError(file, [
        {
          prop: "file",
          problem: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
          received: JSON.stringify(file),
          fix: "give the path of a Watson Assistant skill export (JSON)",
        },
      ]);
    }
    return AssistantSkill.fromText(text, file, options);
  }

  /**
   * Takes the text of a skill export read from `file` (which findings name).
   * Throws one error naming the file when the text is not a skill.
   */
  public static fromText(
    text: string,
    file: string,
    options: AssistantSkillOptions = {},
  ): AssistantSkill {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
      throw skillError(file, [
        {
          prop: "file",
          problem: `is not JSON: ${(e as Error).message}`,
          received: JSON.stringify(file),
          fix: "export the skill from Watson Assistant (Download as JSON) and give that file",
        },
      ]);
    }
    const fallback = path.basename(file).replace(/\.json$/i, "");
    const shown = path.isAbsolute(file) ? relativeIfInside(file) : file;
    return new AssistantSkill(
      json,
      fallback,
      options,
      lineFinder(text.replace(/^\uFEFF/, "")),
      shown,
    );
  }

  /** Takes a parsed skill export. `name` is used when the export has none. */
  public static fromObject(
    json: unknown,
    name?: string,
    options: AssistantSkillOptions = {},
  ): AssistantSkill {
    return new AssistantSkill(json, name ?? "skill", options, NO_LINES, undefined);
  }

  /** Whether `x` is an {@link AssistantSkill} (also from another loaded copy of the library). */
  public static isAssistantSkill(x: unknown): x is AssistantSkill {
    return typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[MARK] === true;
  }

  /** The analysed skill, as the guard's rules read it. */
  public readonly model: SkillModel;
  /** Declared-sensitive names, without `$` or `@`, sorted. */
  public readonly sensitive: readonly string[];
  /** Names declared not sensitive, sorted. */
  public readonly notSensitive: readonly string[];

  private constructor(
    json: unknown,
    fallbackName: string,
    options: AssistantSkillOptions,
    lineOf: LineOf,
    file: string | undefined,
  ) {
    const where = file ?? fallbackName;
    const shape = skillShape(json);
    const problems: PropProblem[] = [];
    if ("problem" in shape)
      problems.push({
        prop: file ? "file" : "json",
        problem: shape.problem,
        received: file ? JSON.stringify(file) : describeValue(json),
        fix: "give a Watson Assistant dialog skill or actions skill export",
      });
    const names = (prop: string, v: unknown): string[] => {
      if (v === undefined) return [];
      const fix = 'give names such as ["account_number", "@member_id"]';
      if (!Array.isArray(v)) {
        problems.push({
          prop,
          problem: "must be a list of names",
          received: describeValue(v),
          fix,
        });
        return [];
      }
      v.forEach((s, i) => {
        if (typeof s !== "string" || !/^[$@]?[\w.-]+$/.test(s))
          problems.push({
            prop: `${prop}[${i}]`,
            problem: "must be a context variable or entity name",
            received: describeValue(s),
            fix,
          });
      });
      return [
        ...new Set(
          v.filter((s) => typeof s === "string").map((s: string) => s.replace(/^[$@]/, "")),
        ),
      ].sort();
    };
    this.sensitive = names("sensitive", options.sensitive);
    this.notSensitive = names("notSensitive", options.notSensitive);
    if (problems.length || "problem" in shape) throw skillError(where, problems);
    const root = shape.root;
    const name = typeof root.name === "string" && root.name.trim() ? root.name : fallbackName;
    this.model = {
      name,
      format: shape.format,
      contentHash: contentHash(json),
      ...(file !== undefined ? { file } : {}),
      ...walkSkill(shape.format, root, shape.base, lineOf),
    };
    Object.defineProperty(this, MARK, { value: true });
    registerSkillModel(this.model);
  }
}

/** A path under the working directory as a relative one (reports stay the same on every machine). */
function relativeIfInside(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel)
    ? rel.split(path.sep).join("/")
    : file;
}

const MARK = Symbol.for("cdktf-ibm-voice-agent.AssistantSkill");

function skillError(where: string, problems: PropProblem[]) {
  return propsError("AssistantSkill", where, problems);
}
