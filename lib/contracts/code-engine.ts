/**
 * Facts about Code Engine values shared by the Code Engine SOE's props
 * validation and the provisioning rules.
 */

/** An image reference pinned to a content digest. */
export const IMAGE_DIGEST = /@sha256:[a-fA-F0-9]{64}$/;

/** Names that suggest a secret (variables, environment variables, map keys). */
export const SECRET_NAME = /(password|passwd|secret|token|api_?key|private_?key|credential)/i;
