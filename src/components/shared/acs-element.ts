import { LitElement } from 'lit';
import { consume, property, state } from './decorators.js';
import { callContext, deviceManagerContext, sdkContext } from '../../context/index.js';
import { AcsErrorEvent, describeError, type AcsErrorDetail } from '../../events/acs-error.js';
import type { AcsSdk, Call, DeviceManager } from '../../sdk/index.js';

/**
 * The base of every element: focus delegation, custom states for CSS (`:state(x)`) and `acs-error`.
 */
export class AcsElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** @internal */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** Sets the element's custom states (`:state(name)` in CSS) to exactly the `true` entries of `states`. */
  protected setStates(states: Record<string, boolean>): void {
    const set = this.internals.states;
    for (const [name, on] of Object.entries(states)) {
      if (on) set.add(name);
      else set.delete(name);
    }
  }

  /** Fires `acs-error` for a failed operation and returns what it said, for the element to show. */
  protected emitError(operation: string, error: unknown): AcsErrorDetail {
    const detail = describeError(operation, error);
    this.dispatchEvent(new AcsErrorEvent(detail));
    return detail;
  }
}

/**
 * The base of elements that act on a call: the call, the device manager and the SDK's runtime capabilities
 * come from the nearest `<acs-call-provider>` (through `@lit/context`), or from properties, which win.
 */
export class AcsCallElement extends AcsElement {
  /** The call to follow. Overrides the call provided by an enclosing `<acs-call-provider>`. */
  @property({ attribute: false }) call?: Call;

  /**
   * The SDK's runtime capabilities (`Features`, `LocalVideoStream`, `VideoStreamRenderer`): the real SDK module,
   * or a simulator's `sim.sdk`. Overrides the one provided by an enclosing `<acs-call-provider>`.
   */
  @property({ attribute: false }) sdk?: AcsSdk;

  /** The device manager. Overrides the one provided by an enclosing `<acs-call-provider>`. */
  @property({ attribute: false }) deviceManager?: DeviceManager;

  /** @internal */
  @consume({ context: callContext, subscribe: true })
  @state()
  protected contextCall?: Call;

  /** @internal */
  @consume({ context: sdkContext, subscribe: true })
  @state()
  protected contextSdk?: AcsSdk;

  /** @internal */
  @consume({ context: deviceManagerContext, subscribe: true })
  @state()
  protected contextDeviceManager?: DeviceManager;

  /** @internal The call in effect: the `call` property, else the provided one. */
  protected get activeCall(): Call | undefined {
    return this.call ?? this.contextCall;
  }

  /** @internal The SDK capabilities in effect. */
  protected get activeSdk(): AcsSdk | undefined {
    return this.sdk ?? this.contextSdk;
  }

  /** @internal The device manager in effect. */
  protected get activeDeviceManager(): DeviceManager | undefined {
    return this.deviceManager ?? this.contextDeviceManager;
  }
}
