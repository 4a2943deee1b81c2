import type { ReactiveControllerHost } from 'lit';
import type {
  MediaDiagnosticChangedEventArgs,
  MediaDiagnosticName,
  NetworkDiagnosticChangedEventArgs,
  NetworkDiagnosticName,
  UserFacingDiagnosticsFeature,
} from '../sdk/index.js';
import { FeatureController, type SdkEmitter } from './sdk-events.js';

/** One diagnostic change, as the SDK reported it. */
export type DiagnosticChange = MediaDiagnosticChangedEventArgs | NetworkDiagnosticChangedEventArgs;

/**
 * Follows a call's user-facing diagnostics (`call.feature(Features.UserFacingDiagnostics)`), reading the latest
 * values from the SDK (`media.getLatest()`, `network.getLatest()`: `latest(kind, name)`) at render time; `set(call, sdk)` chooses the
 * call. `onChange` receives each change as it happens, for transient notices ("reconnected") that the SDK has no
 * state for.
 */
export class DiagnosticsController extends FeatureController<UserFacingDiagnosticsFeature> {
  constructor(host: ReactiveControllerHost & HTMLElement, onChange?: (change: DiagnosticChange) => void) {
    super(
      host,
      (f) => f.UserFacingDiagnostics,
      ['diagnosticChanged'],
      (_, args) => onChange?.(args[0] as DiagnosticChange),
    );
  }

  protected override emitters(feature: UserFacingDiagnosticsFeature): SdkEmitter[] {
    return [feature.media, feature.network];
  }

  /** Whether a diagnostic currently reports a problem: quality Poor/Bad (2, 3) or flag `true`. */
  isBad(kind: 'media', name: MediaDiagnosticName): boolean;
  isBad(kind: 'network', name: NetworkDiagnosticName): boolean;
  isBad(kind: 'media' | 'network', name: string): boolean {
    const value = this.latest(kind as 'media', name as MediaDiagnosticName);
    return value === true || (value as number) > 1;
  }

  /** The latest value of a diagnostic (`true`/`false` for flags, 1/2/3 for qualities), if any. */
  latest(kind: 'media', name: MediaDiagnosticName): number | boolean | undefined;
  latest(kind: 'network', name: NetworkDiagnosticName): number | boolean | undefined;
  latest(kind: 'media' | 'network', name: string): number | boolean | undefined {
    return (this.target?.[kind].getLatest() as Record<string, { value: number | boolean } | undefined>)?.[name]?.value;
  }
}
