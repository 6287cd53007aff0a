export * from "./secret";
