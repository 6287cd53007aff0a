export * from "./service-credential";
