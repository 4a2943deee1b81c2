import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { callContext, sdkContext } from '../../context/index.js';
import type { AcsSdk, Call } from '../../sdk/index.js';
import { accepted, CALL_INPUT, checkInputs, reportInvalid, SDK_INPUT } from './input-check.js';

/**
 * The base of every element: focus delegation and custom states for CSS (`:state(x)`). Elements fire `acs-error`
 * with `emitError` (events/acs-error.ts).
 */
export class AcsElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };

  /** @internal */
  protected readonly internals: ElementInternals = this.attachInternals();
}

/** Sets an element's custom states (`:state(name)` in CSS) to exactly the `true` entries of `states`. */
export function setStates(internals: ElementInternals, states: Record<string, boolean>): void {
  for (const [name, on] of Object.entries(states)) internals.states[on ? 'add' : 'delete'](name);
}

/**
 * The base of elements that act on a call: the call and the SDK's runtime capabilities come from the nearest
 * `<acs-call-provider>` (through `@lit/context`), or from properties, which win.
 *
 * A property given something it cannot use (a Promise, a string, `{}`) is reported once (a console error and an
 * `acs-error` event with `code: 'invalid-property'`) and ignored: the element says it is not in a call, and
 * follows the next good value.
 */
export class AcsCallElement extends AcsElement {
  /** The call to follow. Overrides the call provided by an enclosing `<acs-call-provider>`. */
  @property({ attribute: false }) call?: Call;

  /**
   * The SDK's runtime capabilities (`Features`, `LocalVideoStream`, `VideoStreamRenderer`): the real SDK module,
   * or a simulator's `sim.sdk`. Overrides the one provided by an enclosing `<acs-call-provider>`.
   */
  @property({ attribute: false }) sdk?: AcsSdk;

  /** @internal */
  @consume({ context: callContext, subscribe: true })
  @state()
  protected contextCall?: Call;

  /** @internal */
  @consume({ context: sdkContext, subscribe: true })
  @state()
  protected contextSdk?: AcsSdk;

  /**
   * @internal Reports a call that cannot be followed (its `on()` refused every event): give it as the `onInvalid` of
   * the element's call controller.
   */
  protected readonly reportInvalidCall = (value: unknown): void => reportInvalid(this, 'call', value, CALL_INPUT);

  /** @internal The call in effect: the `call` property (when it is a call), else the provided one. */
  protected get activeCall(): Call | undefined {
    return this.call == null ? this.contextCall : accepted(this.call, CALL_INPUT);
  }

  /** @internal The SDK capabilities in effect. */
  protected get activeSdk(): AcsSdk | undefined {
    return this.sdk == null ? this.contextSdk : accepted(this.sdk, SDK_INPUT);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    checkInputs(this, changed, { call: CALL_INPUT, sdk: SDK_INPUT });
  }
}
