export * from "./sip-transport";
export * from "./sip-trunk-defaults";
export * from "./sip-trunk";
export * from "./twilio-sip-trunk-defaults";
export * from "./twilio-sip-trunk-props";
export * from "./twilio-sip-trunk";
