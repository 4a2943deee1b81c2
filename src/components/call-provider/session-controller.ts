import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeError, type AcsErrorDetail } from '../../events/acs-error.js';
import type { AcsSdk, Call, CallAgent, DeviceManager } from '../../sdk/index.js';
import { CallSession, SessionDisposedError, SessionError, type SessionSettings } from './call-session.js';
import { FetchedTokenCredential } from './token-credential.js';

/** What a {@link SessionController} is given. */
export interface SessionControllerOptions {
  /** The settings a session is made from now, or `undefined` when none is to be made. */
  readonly settings: () => SessionSettings | undefined;
  /** A step failed (the element fires `acs-error`). */
  readonly onError: (detail: AcsErrorDetail) => void;
  /** The call shown: a call live when a token refresh first fails, and that then fails too, ended in the outage. */
  readonly call?: () => Call | undefined;
  /**
   * A token came after a refresh had failed: the outage is over. `callEnded`: the call that was live when the
   * outage began has since ended, and not by a hang-up (its end reason has a code).
   */
  readonly onRecovered?: (callEnded: boolean) => void;
}

/** The settings a session is made from: a change of them makes a new session. */
const keyOf = (s: SessionSettings | undefined) =>
  s && JSON.stringify([s.simulated, s.tokenUrl, s.displayName, s.sdkSrc]);

/**
 * Keeps one {@link CallSession} in line with its host's settings: starts one when there are settings, a new one
 * when they change (releasing the old one first), none after the host left the page. It knows where the session
 * stands (`loading`), what it made (`agent`, `deviceManager`, `sdk`), and what failed: a setup step or a token
 * refresh (`failure`, with "Try again" = `retry()`), or the device manager (`deviceFailure`, `retryDevices()`).
 */
export class SessionController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SessionControllerOptions;
  #session?: CallSession;
  #agent?: CallAgent;
  #deviceManager?: DeviceManager;
  #loading = false;
  #failure?: AcsErrorDetail;
  #deviceFailure?: AcsErrorDetail;
  /** The call that was live when the token refresh began to fail. */
  #liveAtOutage?: Call;

  constructor(host: ReactiveControllerHost, options: SessionControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The session in effect. */
  get session(): CallSession | undefined {
    return this.#session;
  }

  /** The session's agent, once made. */
  get agent(): CallAgent | undefined {
    return this.#agent;
  }

  /** The session's device manager, once had. */
  get deviceManager(): DeviceManager | undefined {
    return this.#deviceManager;
  }

  /** The session's SDK capabilities, once loaded. */
  get sdk(): AcsSdk | undefined {
    return this.#session?.sdk;
  }

  /** The setup is in progress. */
  get loading(): boolean {
    return this.#loading;
  }

  /** A failed setup step, or a failed token refresh. */
  get failure(): AcsErrorDetail | undefined {
    return this.#failure;
  }

  /** The device manager could not be had. */
  get deviceFailure(): AcsErrorDetail | undefined {
    return this.#deviceFailure;
  }

  /**
   * Brings the session in line with the settings (call it while the host is in the page). Returns `true` when it
   * ended a session because the settings changed.
   */
  sync(): boolean {
    const settings = this.#options.settings();
    const changed = !!this.#session && keyOf(this.#session.settings) !== keyOf(settings);
    if (changed) this.end();
    if (!this.#session && settings) this.#start(settings);
    return changed;
  }

  /** Ends the session in effect: what it made is released in the background, in order. */
  end(): void {
    void this.#session?.dispose();
    this.#session = this.#agent = this.#deviceManager = undefined;
    this.#loading = false;
    this.#failure = this.#deviceFailure = undefined;
    this.#liveAtOutage = undefined;
    this.#host.requestUpdate();
  }

  /** "Try again": fetches the token again after a failed refresh, else sets the session up again. */
  retry(): void {
    const credential = this.#session?.credential;
    if (this.#failure?.operation === 'refreshToken' && credential instanceof FetchedTokenCredential)
      void credential.refresh().catch(() => {});
    else this.end();
  }

  /** Asks the session's client for the device manager (again); a failure is `deviceFailure`. */
  async retryDevices(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    this.#deviceFailure = undefined;
    this.#host.requestUpdate();
    try {
      const deviceManager = await session.deviceManager();
      if (session === this.#session) this.#deviceManager = deviceManager;
    } catch (error) {
      if (session === this.#session && !(error instanceof SessionDisposedError))
        this.#options.onError((this.#deviceFailure = describeError('getDeviceManager', error)));
    }
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Back in the page after a removal: a session is set up again on the next update.
    this.#host.requestUpdate();
  }

  #start(settings: SessionSettings): void {
    const session = new CallSession(settings, {
      refreshFailed: (error) => {
        if (session !== this.#session) return;
        if (this.#failure?.operation !== 'refreshToken') {
          const call = this.#options.call?.();
          this.#liveAtOutage = call && call.state !== 'Disconnected' ? call : undefined;
        }
        this.#options.onError((this.#failure = describeError('refreshToken', error)));
        this.#host.requestUpdate();
      },
      tokenFetched: () => {
        if (session !== this.#session || this.#failure?.operation !== 'refreshToken') return;
        this.#failure = undefined;
        const call = this.#liveAtOutage;
        this.#liveAtOutage = undefined;
        // Ended by the outage, not by the user: a hang-up ends with code 0.
        const reason = call?.state === 'Disconnected' ? call.callEndReason : undefined;
        this.#options.onRecovered?.(!!reason && reason.code !== 0);
        this.#host.requestUpdate();
      },
    });
    this.#session = session;
    this.#loading = true;
    this.#failure = this.#deviceFailure = undefined;
    session.start().then(
      (agent) => {
        if (session !== this.#session) return;
        this.#agent = agent;
        this.#loading = false;
        this.#host.requestUpdate();
        // The device manager can take seconds (the real SDK fetches its configuration first): joining never waits.
        void this.retryDevices();
      },
      (error: unknown) => {
        if (session !== this.#session || error instanceof SessionDisposedError) return;
        this.#loading = false;
        const { step, cause } = error instanceof SessionError ? error : { step: 'loadSdk', cause: error };
        this.#options.onError((this.#failure = describeError(step, cause)));
        this.#host.requestUpdate();
      },
    );
  }
}
