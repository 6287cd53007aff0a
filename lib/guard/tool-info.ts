import * as fs from "fs";
import * as path from "path";

/** The package name, as the reports name the tool. */
export const TOOL_NAME = "cdktf-ibm-voice-agent";

/** Where the tool is described (SARIF `informationUri`). */
export const TOOL_INFORMATION_URI = "https://www.npmjs.com/package/cdktf-ibm-voice-agent";

/** The published RULES.md (shipped in the package), for links to the guard's own checks. */
export const RULES_DOC_URI = "https://unpkg.com/cdktf-ibm-voice-agent/RULES.md";

let version: string | undefined;

/** The package version, read from the package's own package.json (source or dist layout); `0.0.0` if not found. */
export function toolVersion(): string {
  if (version !== undefined) return version;
  for (let dir = __dirname, i = 0; i < 6; dir = path.dirname(dir), i++) {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === TOOL_NAME && typeof pkg.version === "string") return (version = pkg.version);
  }
  return (version = "0.0.0");
}
