import { SchemaProblem, SchemaProblemCode } from "./schema-problem";

/** Collects the problems of one validation run. */
export class ProblemSink {
  /** Every problem, in the order found. */
  public readonly problems: SchemaProblem[] = [];

  /** Records a problem. */
  public report(address: string, path: string, code: SchemaProblemCode, message: string): void {
    this.problems.push({ address, path, message, code });
  }

  /** A reporter bound to one address. */
  public at(address: string): AddressReporter {
    return (path, code, message) => this.report(address, path, code, message);
  }
}

/** Reports a problem at a fixed address. */
export type AddressReporter = (path: string, code: SchemaProblemCode, message: string) => void;

/** Appends an attribute name to a path (`cors_config[0]` + `origins`). */
export function childPath(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

/** Appends a list index to a path (`addresses` + 1 → `addresses[1]`). */
export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Appends a map key to a path (`parameters` + `a` → `parameters["a"]`). */
export function keyPath(path: string, key: string): string {
  return `${path}[${JSON.stringify(key)}]`;
}
