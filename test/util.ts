import { TerraformLocal, TerraformStack, Testing } from "cdktf";

let counter = 0;

/** What a token renders to in cdk.tf.json (via a throwaway local). */
export function rendered(stack: TerraformStack, value: unknown): unknown {
  const id = `rendered_${counter++}`;
  new TerraformLocal(stack, id, value);
  const json = JSON.parse(Testing.synth(stack));
  return json.locals[id];
}

/** Synthesizes a stack (validations off) and parses the JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}
