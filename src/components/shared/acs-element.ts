import { LitElement } from 'lit';
import { consumeContext } from './decorators.js';
import { callContext, sdkContext } from '../../context/index.js';
import type { AcsSdk, Call } from '../../sdk/index.js';

/**
 * The base of every element: focus delegation and custom states for CSS (`:state(x)`). Elements fire `acs-error`
 * with `emitError` (events/acs-error.ts).
 */
export class AcsElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };

  /** @internal */
  protected readonly internals: ElementInternals = this.attachInternals();
}

/**
 * Sets an element's custom states (`:state(name)` in CSS) to exactly the `true` entries of `states`. A function,
 * not a method, so that elements that manage their states otherwise do not download it.
 */
export function setStates(internals: ElementInternals, states: Record<string, boolean>): void {
  for (const [name, on] of Object.entries(states)) internals.states[on ? 'add' : 'delete'](name);
}

// AcsCallElement (and AcsDeviceElement, in its own module so that elements without devices do not download it)
// declare their reactive properties with `createProperty` in a static block, not with decorators: the compiler's
// decorator helper would otherwise be in every element bundle, even the smallest. None has an attribute, so the
// manifest analyzer documents them as the plain fields they are.

/**
 * The base of elements that act on a call: the call and the SDK's runtime capabilities come from the nearest
 * `<acs-call-provider>` (through `@lit/context`), or from properties, which win.
 */
export class AcsCallElement extends AcsElement {
  static {
    // Reactive properties without attributes, and the provided values (internal state).
    for (const name of ['call', 'sdk', 'contextCall', 'contextSdk']) this.createProperty(name, { attribute: false });
  }

  /** The call to follow. Overrides the call provided by an enclosing `<acs-call-provider>`. */
  call?: Call;

  /**
   * The SDK's runtime capabilities (`Features`, `LocalVideoStream`, `VideoStreamRenderer`): the real SDK module,
   * or a simulator's `sim.sdk`. Overrides the one provided by an enclosing `<acs-call-provider>`.
   */
  sdk?: AcsSdk;

  /** @internal */
  protected contextCall?: Call;

  /** @internal */
  protected contextSdk?: AcsSdk;

  constructor() {
    super();
    consumeContext(this, callContext, 'contextCall');
    consumeContext(this, sdkContext, 'contextSdk');
  }

  /** @internal The call in effect: the `call` property, else the provided one. */
  protected get activeCall(): Call | undefined {
    return this.call ?? this.contextCall;
  }

  /** @internal The SDK capabilities in effect. */
  protected get activeSdk(): AcsSdk | undefined {
    return this.sdk ?? this.contextSdk;
  }
}
