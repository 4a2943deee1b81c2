import type { ReactiveControllerHost } from 'lit';
import type {
  MediaDiagnosticChangedEventArgs,
  MediaDiagnosticName,
  NetworkDiagnosticChangedEventArgs,
  NetworkDiagnosticName,
  UserFacingDiagnosticsFeature,
} from '../sdk/index.js';
import { FeatureController } from './feature-controller.js';

/** One diagnostic change, as the SDK reported it. */
export type DiagnosticChange = MediaDiagnosticChangedEventArgs | NetworkDiagnosticChangedEventArgs;

/**
 * Follows a call's user-facing diagnostics (`call.feature(Features.UserFacingDiagnostics)`, its `media` and
 * `network` parts), reading the latest values from the SDK (`getLatest()`) at render time; `set(call, sdk)`
 * chooses the call. `onChange` hears each change as it happens, for transient notices ("reconnected") that the SDK
 * keeps no state for.
 */
export class DiagnosticsController extends FeatureController<UserFacingDiagnosticsFeature, 'diagnosticChanged'> {
  constructor(host: ReactiveControllerHost, onChange?: (change: DiagnosticChange) => void) {
    super(host, (f) => f.UserFacingDiagnostics, {
      events: ['diagnosticChanged'],
      emitters: (feature) => [feature.media, feature.network],
      onEvent: (_, [change]) => onChange?.(change as DiagnosticChange),
    });
  }

  /** Whether a diagnostic currently reports a problem: quality Poor or Bad (2, 3), or flag `true`. */
  isBad(kind: 'media', name: MediaDiagnosticName): boolean;
  isBad(kind: 'network', name: NetworkDiagnosticName): boolean;
  isBad(kind: 'media' | 'network', name: string): boolean {
    const value = this.latest(kind as 'media', name as MediaDiagnosticName);
    return value === true || (typeof value === 'number' && value > 1);
  }

  /** The latest value of a diagnostic (`true`/`false` for flags, 1/2/3 for qualities), if any. */
  latest(kind: 'media', name: MediaDiagnosticName): number | boolean | undefined;
  latest(kind: 'network', name: NetworkDiagnosticName): number | boolean | undefined;
  latest(kind: 'media' | 'network', name: string): number | boolean | undefined {
    const latest = this.target?.[kind].getLatest() as Record<string, { value: number | boolean } | undefined>;
    return latest?.[name]?.value;
  }
}
