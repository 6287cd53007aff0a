import { AssistantSkill } from "../../lib";

const NODE = { dialog_node: "n1", output: { text: "Your balance is $balance." } };

describe("AssistantSkill", () => {
  test("finds lines by JSON path whatever the formatting (minified, CRLF, keys repeated in strings)", () => {
    const minified = AssistantSkill.fromText(
      JSON.stringify({ name: "m", dialog_nodes: [NODE] }),
      "m.json",
    );
    expect(minified.model.nodes[0].spoken[0].line).toBe(1);
    const crlf = JSON.stringify(
      { name: "c", dialog_nodes: [{ ...NODE, dialog_node: "text", title: "output text" }] },
      null,
      2,
    ).replace(/\n/g, "\r\n");
    const skill = AssistantSkill.fromText(crlf, "c.json");
    const lines = crlf.split("\r\n");
    const line = skill.model.nodes[0].spoken[0].line;
    expect(lines[line - 1]).toContain('"text": "Your balance is $balance."');
  });

  test("reads a dialog skill under workspace, and ids, kinds and titles of its nodes", () => {
    const skill = AssistantSkill.fromObject({
      workspace: {
        name: "Nested",
        dialog_nodes: [
          { ...NODE, title: "Balance" },
          {
            dialog_node: "Node with spaces. And dots",
            type: "slot",
            variable: "$account",
            output: {},
          },
          { output: { text: "no id" } },
        ],
      },
    });
    expect(skill.model.name).toBe("Nested");
    expect(skill.model.format).toBe("dialog");
    expect(skill.model.nodes.map((n) => [n.id, n.kind, n.title])).toEqual([
      ["n1", "standard", "Balance"],
      ["Node with spaces. And dots", "slot", undefined],
      ["#2", "standard", undefined],
    ]);
    expect(skill.model.callerVariables).toEqual(["account"]);
    expect(skill.model.nodes[0].line).toBe(0);
  });

  test("reads an actions skill at the top level, with action handlers", () => {
    const skill = AssistantSkill.fromObject(
      {
        actions: [
          {
            action: "a1",
            handlers: [{ handler: "h", output: { generic: [] } }],
            steps: [{ step: "s1", question: { entity: "sys-number" }, output: { generic: [] } }],
          },
        ],
      },
      "top",
    );
    expect(skill.model.format).toBe("actions");
    expect(skill.model.name).toBe("top");
    expect(skill.model.nodes.map((n) => n.id)).toEqual(["a1/handler/h", "a1/s1"]);
    expect(skill.model.callerVariables).toEqual(["s1"]);
  });

  test("one error lists every problem with the received value", () => {
    let message = "";
    try {
      AssistantSkill.fromObject({ intents: [] }, "odd", {
        sensitive: "balance" as any,
        notSensitive: ["ok", "not ok!"],
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("neither dialog_nodes");
    expect(message).toContain("sensitive");
    expect(message).toContain("notSensitive");
    expect(message).toContain('"not ok!"');
  });
});
