import {
  anyToHclTerraform,
  anyToTerraform,
  hashMapper,
  hashMapperHcl,
  TerraformProvider,
  TerraformResource,
} from "cdktf";
import { Construct } from "constructs";

/** Props of {@link TerraformDataRecord}. */
export interface TerraformDataRecordProps {
  /** The value `terraform plan` tracks (`input` of `terraform_data`). */
  readonly input: Record<string, unknown>;
  /**
   * An aliased provider (`terraform_data` is built in; this only sets `provider`).
   * @default - none
   */
  readonly provider?: TerraformProvider;
}

/**
 * Terraform's built-in `terraform_data` resource (Terraform 1.4 or later),
 * carrying a reviewable record (an agent manifest, instance settings) so that
 * `terraform plan` shows every change to it.
 *
 * cdktf's own `DataResource` renders the same JSON but also adds a synth-time
 * validation that runs the `terraform` binary to check its version; the
 * library must synthesize where no terraform binary exists, so it renders the
 * resource itself. Terraform checks its own version at `init`/`plan`.
 */
export class TerraformDataRecord extends TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = "terraform_data";

  private readonly input: Record<string, unknown>;

  /** Adds a `terraform_data` resource with `input`. */
  constructor(scope: Construct, id: string, props: TerraformDataRecordProps) {
    super(scope, id, {
      terraformResourceType: TerraformDataRecord.tfResourceType,
      terraformGeneratorMetadata: { providerName: "terraform" },
      provider: props.provider,
    });
    this.input = props.input;
  }

  /** @internal */
  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: hashMapper(anyToTerraform)(this.input) };
  }

  /** @internal */
  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return { input: hashMapperHcl(anyToHclTerraform)(this.input) };
  }
}
