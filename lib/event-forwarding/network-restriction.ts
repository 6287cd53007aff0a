import { Fn, TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { CbrRule } from "../../.gen/providers/ibm/cbr-rule";
import { CbrZone } from "../../.gen/providers/ibm/cbr-zone";
import { parseCrn } from "../core";
import { isToken } from "../core";
import { ensureGuard } from "../guard";
import {
  CbrEnforcementMode,
  NETWORK_RESTRICTION_DEFAULTS as D,
  NETWORK_RESTRICTION_LIMITS as LIMITS,
} from "./network-restriction-defaults";
import {
  CbrAddress,
  cbrAddressOf,
  validateNetworkRestrictionProps,
} from "./validate-network-restriction-props";

/**
 * Which networks may reach a service instance: the `networkRestriction` of
 * a `CloudantEventTarget`. Voice Agent with Watson writes events from its
 * own network, so its egress addresses must be among `allowedAddresses` or
 * forwarding stops; IBM does not document them (see
 * `NETWORK_RESTRICTION_DEFAULTS` for the candidates and how to find out).
 */
export interface NetworkRestrictionOptions {
  /**
   * The networks allowed: IP addresses (`169.61.56.226`), CIDR subnets
   * (`10.0.0.0/24`) and ranges (`1.2.3.4-1.2.3.9`), IPv4 or IPv6.
   */
  readonly allowedAddresses: string[];
  /**
   * The IBM Cloud account of the zone and the rule.
   * @default - the account in the instance's CRN
   */
  readonly accountId?: string;
  /**
   * Whether the rule denies requests from elsewhere. `REPORT` only logs
   * them: use it to find the addresses to allow, then enforce (the guard
   * warns about rules that are not enforced, VAW-CBR-1).
   * @default CbrEnforcementMode.ENABLED
   */
  readonly enforcementMode?: CbrEnforcementMode;
  /**
   * The network zone's name (letters, digits, spaces, `-`, `_`; at most 128).
   * @default - `<instance name>-allowed-networks`
   */
  readonly zoneName?: string;
  /**
   * The description of the zone and the rule (at most 300 characters, no personal data).
   * @default - one naming the instance
   */
  readonly description?: string;
}

/** Props of a {@link NetworkRestriction}. */
export interface NetworkRestrictionProps extends NetworkRestrictionOptions {
  /** The resource-controller service name (`cloudantnosqldb`). */
  readonly serviceName: string;
  /** The instance GUID (literal or expression, e.g. `ibm_cloudant.x.guid`). */
  readonly serviceInstance: string;
  /** The instance CRN, which names the account. */
  readonly instanceCrn: string;
  /** The instance's name, for the zone's default name and the descriptions. */
  readonly name: string;
  /**
   * The IBM provider (for example an aliased one) for the zone and the rule.
   * @default - the stack's default IBM provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * A context-based restriction on one service instance: a network zone
 * (`ibm_cbr_zone`) of the allowed addresses and a rule (`ibm_cbr_rule`) on
 * the instance that admits requests only from that zone, enforced by
 * default. IAM still decides who may do what; the rule adds where from, so
 * a leaked API key is useless outside the allowed networks.
 */
export class NetworkRestriction extends Construct {
  /** The network zone. */
  public readonly zone: CbrZone;
  /** The rule on the instance. */
  public readonly rule: CbrRule;
  /** The enforcement mode. */
  public readonly enforcementMode: CbrEnforcementMode;
  /** The zone's addresses, with the type detected for each. */
  public readonly addresses: readonly CbrAddress[];

  /** Creates the zone and the rule; fails with one error listing every problem. */
  constructor(scope: Construct, id: string, props: NetworkRestrictionProps) {
    super(scope, id);
    ensureGuard(this);
    validateNetworkRestrictionProps(this, props);
    const accountId = props.accountId ?? accountOfCrn(props.instanceCrn);
    const description =
      props.description ??
      `Networks allowed to reach ${props.name}`.slice(0, LIMITS.descriptionMaxLength);
    this.enforcementMode = props.enforcementMode ?? D.enforcementMode;
    this.addresses = props.allowedAddresses.map((a) => cbrAddressOf(a) as CbrAddress);
    this.zone = new CbrZone(this, "Zone", {
      accountId,
      name: props.zoneName ?? zoneNameOf(props.name),
      description,
      addresses: this.addresses.map((a) => ({ type: a.type, value: a.value })),
      provider: props.provider,
    });
    this.rule = new CbrRule(this, "Rule", {
      description,
      enforcementMode: this.enforcementMode,
      resources: [
        {
          attributes: [
            { name: "accountId", value: accountId },
            { name: "serviceName", value: props.serviceName },
            { name: "serviceInstance", value: props.serviceInstance },
          ],
        },
      ],
      contexts: [{ attributes: [{ name: "networkZoneId", value: this.zone.id }] }],
      provider: props.provider,
    });
  }
}

/** The account ID of a CRN's `a/<account>` scope: computed now for a literal, as an expression for a token. */
function accountOfCrn(crn: string): string {
  const parts = isToken(crn) ? undefined : parseCrn(crn);
  if (parts) return parts.scope.replace(/^a\//, "");
  return Fn.trimprefix(Fn.element(Fn.split(":", crn), 6), "a/");
}

/** `<name>-allowed-networks`, with characters a zone name cannot hold replaced by `-`. */
function zoneNameOf(name: string): string {
  const base = isToken(name) ? "event-store" : name.replace(/[^a-zA-Z0-9 _-]/g, "-");
  return `${base.slice(0, LIMITS.zoneNameMaxLength - D.zoneNameSuffix.length)}${D.zoneNameSuffix}`;
}
