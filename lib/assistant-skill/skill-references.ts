/**
 * The values a Watson Assistant text takes in: `$name` and `$name.field`
 * (context variables; `\$` is a literal dollar), `@entity` (not an e-mail
 * address), `<? expression ?>` (SpEL: `input.text`, `context['x']`,
 * `entities['x']`, `$x`, `@x`) and `${variable}` (actions skills; caller data
 * under `system_integrations.voice_telephony.private`).
 */
import { SkillReference } from "../contracts";

const EXPRESSION = /<\?([\s\S]*?)\?>/g;
const DOLLAR_BRACE = /\$\{\s*([A-Za-z_][\w.-]*)\s*\}/g;
const VARIABLE = /(?<![\\\w])\$([A-Za-z_][\w-]*)/g;
const ENTITY = /(?<![\w.@\\])@([A-Za-z_][\w-]*(?:[.:][\w-]+)?)/g;
const INPUT_TEXT = /\binput\s*\.\s*text\b/;
const CONTEXT_KEY = /\bcontext\s*(?:\.\s*([A-Za-z_]\w*)|\[\s*['"]([^'"]+)['"]\s*\])/g;
const ENTITIES_KEY = /\bentities\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]+)['"]\s*\])/g;
const CALLER_PATH = /^system_integrations\.voice_telephony\.private\./;

/** The references in one text, each once, in order of first appearance. */
export function referencesIn(text: string): SkillReference[] {
  const found: SkillReference[] = [];
  const seen = new Set<string>();
  const add = (kind: SkillReference["kind"], name: string) => {
    const key = `${kind}:${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind, name });
  };
  const scanPlain = (s: string) => {
    for (const m of s.matchAll(VARIABLE)) add("variable", m[1]);
    for (const m of s.matchAll(ENTITY)) add("entity", m[1].split(/[.:]/)[0]);
  };
  let rest = text.replace(DOLLAR_BRACE, (_all, path: string) => {
    if (CALLER_PATH.test(path)) add("input", path);
    else add("variable", path.split(".")[0]);
    return "_"; // a word character: `${x}@host` is no entity
  });
  rest = rest.replace(EXPRESSION, (_all, body: string) => {
    if (INPUT_TEXT.test(body)) add("input", "input.text");
    for (const m of body.matchAll(CONTEXT_KEY)) add("variable", m[1] ?? m[2]);
    for (const m of body.matchAll(ENTITIES_KEY)) add("entity", m[1] ?? m[2]);
    scanPlain(body);
    return "_";
  });
  scanPlain(rest);
  return found;
}
