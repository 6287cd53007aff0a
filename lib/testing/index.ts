export * from "./guard-matchers";
