import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  AcsSdk,
  Call,
  MediaDiagnosticChangedEventArgs,
  MediaDiagnosticName,
  NetworkDiagnosticChangedEventArgs,
  NetworkDiagnosticName,
  UserFacingDiagnosticsFeature,
} from '../sdk/index.js';
import { Quality } from '../sdk/index.js';
import { Subscriptions } from './sdk-events.js';

/** One diagnostic change, as the SDK reported it. */
export type DiagnosticChange = MediaDiagnosticChangedEventArgs | NetworkDiagnosticChangedEventArgs;

/**
 * Follows a call's user-facing diagnostics (`call.feature(Features.UserFacingDiagnostics)`), reading the latest
 * values from the SDK (`media.getLatest()`, `network.getLatest()`) at render time. `onChange` receives each
 * change as it happens, for transient notices ("reconnected") that the SDK has no state for.
 */
export class DiagnosticsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange?: (change: DiagnosticChange) => void;
  readonly #subs = new Subscriptions();
  #call?: Call;
  #sdk?: AcsSdk;
  #feature?: UserFacingDiagnosticsFeature;
  #connected = false;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange?: (change: DiagnosticChange) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** Follows `call`'s diagnostics, reached through `sdk.Features`. */
  set(call: Call | undefined, sdk: AcsSdk | undefined): void {
    if (call === this.#call && sdk === this.#sdk) return;
    this.#subs.release();
    this.#call = call;
    this.#sdk = sdk;
    this.#feature = undefined;
    if (this.#connected) this.#subscribe();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
    // Changes were missed while the host was out of the document: read again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#subs.release();
  }

  get listenerCount(): number {
    return this.#subs.size;
  }

  /** The latest value of a media diagnostic (`true`/`false` for flags, 1/2/3 for qualities), if any. */
  media(name: MediaDiagnosticName): number | boolean | undefined {
    return this.#reach()?.media.getLatest()[name]?.value;
  }

  /** The latest value of a network diagnostic, if any. */
  network(name: NetworkDiagnosticName): number | boolean | undefined {
    return this.#reach()?.network.getLatest()[name]?.value;
  }

  /** Whether a diagnostic currently reports a problem: quality Poor/Bad or flag `true`. */
  isBad(kind: 'media', name: MediaDiagnosticName): boolean;
  isBad(kind: 'network', name: NetworkDiagnosticName): boolean;
  isBad(kind: 'media' | 'network', name: string): boolean {
    const value =
      kind === 'media' ? this.media(name as MediaDiagnosticName) : this.network(name as NetworkDiagnosticName);
    return value === true || value === Quality.Poor || value === Quality.Bad;
  }

  #reach(): UserFacingDiagnosticsFeature | undefined {
    if (this.#feature) return this.#feature;
    if (!this.#call || !this.#sdk) return undefined;
    try {
      this.#feature = this.#call.feature(this.#sdk.Features.UserFacingDiagnostics);
    } catch {
      // A call that cannot give the feature (a disposed call) simply has no diagnostics to show.
      this.#feature = undefined;
    }
    return this.#feature;
  }

  #subscribe() {
    const feature = this.#reach();
    if (!feature || this.#subs.size) return;
    const listener = (...args: unknown[]) => {
      this.#onChange?.(args[0] as DiagnosticChange);
      this.#host.requestUpdate();
    };
    this.#subs.add(feature.media, ['diagnosticChanged'], listener);
    this.#subs.add(feature.network, ['diagnosticChanged'], listener);
  }
}
