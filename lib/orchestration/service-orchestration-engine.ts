import { Construct, IConstruct } from "constructs";
import { ensureGuard } from "../guard";
import { Secret } from "../secrets";
import { ManifestServiceLocation } from "../contracts";
import { SOE_SERVICE_TYPE } from "./service-orchestration-engine-defaults";
import { CodeEngineServiceOrchestrationEngine } from "./code-engine-service-orchestration-engine";
import type { CodeEngineServiceOrchestrationEngineProps } from "./code-engine-service-orchestration-engine-props";
import { validateServiceOrchestrationEngineProps } from "./validate-service-orchestration-engine-props";

/**
 * A service orchestration engine an agent can use in its conversation slot
 * instead of Watson Assistant: where it is reached and how the agent
 * authenticates. Hosting is separate, so an SOE run elsewhere (or one the
 * library deploys later) implements the same interface.
 */
export interface IServiceOrchestrationEngine extends IConstruct {
  /** The URL the agent sends Watson Assistant message requests to. */
  readonly url: string;
  /** The IBM Cloud region the SOE is in (`us-south`). */
  readonly region: string;
  /** The basic-auth user name, if any. */
  readonly userName?: string;
  /** The basic-auth password, if any. */
  readonly password?: Secret;
  /** The conversation location as the agent manifest shows it (secrets as references). */
  renderLocation(): ManifestServiceLocation;
}

/** Props of a {@link ServiceOrchestrationEngine}. */
export interface ServiceOrchestrationEngineProps {
  /**
   * The SOE's URL, at most 256 characters
   * (e.g. `https://iva-soesample.myorg.net/SOE/myWorkspace`). Must be
   * absolute; `http:` passes construction but the guard blocks it.
   */
  readonly url: string;
  /** The IBM Cloud region the SOE runs in (`us-south`). */
  readonly region: string;
  /**
   * Basic-auth user name (at most 64 characters).
   * @default - none; required unless `allowUnauthenticatedAccess` is true
   */
  readonly userName?: string;
  /**
   * Basic-auth password (at most 256 characters), as a {@link Secret}.
   * @default - none; required unless `allowUnauthenticatedAccess` is true
   */
  readonly password?: Secret;
  /**
   * Must be true to leave out `userName` and `password`. An SOE without
   * authentication lets anyone who finds the URL talk to the dialog (and
   * lets any caller impersonate the agent); the guard blocks it unless
   * acknowledged.
   * @default false
   */
  readonly allowUnauthenticatedAccess?: boolean;
}

const SOE_SYMBOL = Symbol.for("cdktf-ibm-voice-agent.ServiceOrchestrationEngine");

/**
 * A service orchestration engine (SOE) reached at a URL with HTTP basic
 * authentication. It sits between the agent and Watson Assistant and sees
 * every utterance, so the guard insists on `https:` and credentials. It
 * creates no Terraform resources.
 */
export class ServiceOrchestrationEngine extends Construct implements IServiceOrchestrationEngine {
  /**
   * An SOE the library deploys: the given container image run as an IBM Code
   * Engine app behind a public https endpoint, with its basic-auth
   * credentials and the Watson Assistant API key in Code Engine secrets. Use
   * the result as an agent's `orchestrationEngine`: its URL and credentials
   * go into the manifest.
   */
  public static onCodeEngine(
    scope: Construct,
    id: string,
    props: CodeEngineServiceOrchestrationEngineProps,
  ): CodeEngineServiceOrchestrationEngine {
    return new CodeEngineServiceOrchestrationEngine(scope, id, props);
  }

  /** True for anything implementing {@link IServiceOrchestrationEngine} (also across two loaded copies). */
  public static isServiceOrchestrationEngine(x: unknown): x is IServiceOrchestrationEngine {
    if (typeof x !== "object" || x === null) return false;
    if ((x as Record<symbol, unknown>)[SOE_SYMBOL] === true) return true;
    return (
      typeof (x as { renderLocation?: unknown }).renderLocation === "function" &&
      typeof (x as { url?: unknown }).url === "string"
    );
  }

  /** The SOE's URL. */
  public readonly url: string;
  /** The region. */
  public readonly region: string;
  /** The basic-auth user name, if any. */
  public readonly userName?: string;
  /** The basic-auth password, if any. */
  public readonly password?: Secret;

  constructor(scope: Construct, id: string, props: ServiceOrchestrationEngineProps) {
    super(scope, id);
    ensureGuard(this);
    validateServiceOrchestrationEngineProps(this, props);
    Object.defineProperty(this, SOE_SYMBOL, { value: true });
    this.url = props.url;
    this.region = props.region;
    this.userName = props.userName;
    this.password = props.password;
  }

  /** The conversation location as the agent manifest shows it. */
  public renderLocation(): ManifestServiceLocation {
    return {
      serviceType: SOE_SERVICE_TYPE,
      region: this.region,
      url: this.url,
      ...(this.userName !== undefined ? { userName: this.userName } : {}),
      ...(this.password !== undefined ? { password: { ...this.password.reference } } : {}),
    };
  }
}
