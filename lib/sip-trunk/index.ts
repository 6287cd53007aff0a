export * from "./sip-transport";
export * from "./sip-trunk-defaults";
export * from "./sip-trunk";
