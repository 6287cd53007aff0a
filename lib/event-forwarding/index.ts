export * from "./cloudant-event-target-defaults";
export * from "./event-database-name";
export * from "./cloudant-event-store";
export * from "./cloudant-event-target";
export * from "./existing-cloudant-event-target";
export * from "./network-restriction-defaults";
export * from "./network-restriction";
export { CbrAddress } from "./validate-network-restriction-props";
