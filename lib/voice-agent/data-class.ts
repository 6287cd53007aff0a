/**
 * Classes of sensitive data callers may disclose to an agent. The guard uses
 * them to decide which combinations are unsafe (e.g. forwarding
 * transcriptions of an agent that takes card numbers).
 */
export enum DataClass {
  /** Personally identifiable information. Every agent handles it: callers' numbers are personal data. */
  PII = "PII",
  /** Protected health information (HIPAA). */
  PHI = "PHI",
  /** Payment card data (PCI DSS), e.g. card numbers said aloud or typed as DTMF. */
  PCI = "PCI",
}
