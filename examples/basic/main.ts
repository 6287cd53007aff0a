// examples/basic: the smallest stack: an IBM provider whose API key comes from a
// sensitive Terraform variable, and a Secret read from it. Grows into a complete agent.
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { IbmProvider } from "../../.gen/providers/ibm/provider";
import { Secret } from "../../lib";

class BasicStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const apiKey = new TerraformVariable(this, "ibmcloud_api_key", {
      type: "string",
      sensitive: true,
      description: "IBM Cloud API key (set TF_VAR_ibmcloud_api_key)",
    });
    new IbmProvider(this, "ibm", {
      ibmcloudApiKey: Secret.fromVariable(apiKey).value,
      region: "us-south",
    });
  }
}

const app = new App();
new BasicStack(app, "voice-agent-basic");
app.synth();
