// Every test process runs cdktf offline and without telemetry.
process.env.CHECKPOINT_DISABLE = "1";
process.env.TERRAFORM_BINARY_NAME =
  process.env.TERRAFORM_BINARY_NAME || "cdktf-ibm-voice-agent-no-terraform";
