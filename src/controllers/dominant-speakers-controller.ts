import type { ReactiveControllerHost } from 'lit';
import type { CommunicationIdentifierKind, DominantSpeakersCallFeature } from '../sdk/index.js';
import { FeatureController } from './feature-controller.js';

const NONE: readonly CommunicationIdentifierKind[] = [];

/**
 * Follows `call.feature(sdk.Features.DominantSpeakers)` and reads `speakersList` live; `set(call, sdk)` chooses
 * the call. A change does not render the host by itself: `onChange` decides (a grid re-orders its tiles only when a
 * speaker is off the page).
 */
export class DominantSpeakersController extends FeatureController<DominantSpeakersCallFeature> {
  constructor(host: ReactiveControllerHost, onChange: () => void) {
    super(host, (f) => f.DominantSpeakers, {
      events: ['dominantSpeakersChanged'],
      update: false,
      onEvent: onChange,
    });
  }

  /** The dominant speakers, most dominant first (empty without the feature). */
  get speakers(): readonly CommunicationIdentifierKind[] {
    return this.target?.dominantSpeakers?.speakersList ?? NONE;
  }
}
