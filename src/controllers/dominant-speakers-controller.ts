import type { ReactiveControllerHost } from 'lit';
import type { AcsSdk, Call, CommunicationIdentifierKind, DominantSpeakersCallFeature } from '../sdk/index.js';
import { FollowingController } from './participants-controller.js';

const NONE: readonly CommunicationIdentifierKind[] = [];

/**
 * Follows `call.feature(sdk.Features.DominantSpeakers)`: calls `onChange` on `dominantSpeakersChanged` (the host
 * decides whether that changes what it shows) and reads `speakersList` live.
 */
export class DominantSpeakersController extends FollowingController {
  readonly #onChange: () => void;
  #call?: Call;
  #sdk?: AcsSdk;
  #feature?: DominantSpeakersCallFeature;

  constructor(host: ReactiveControllerHost, onChange: () => void) {
    super();
    this.#onChange = onChange;
    host.addController(this);
  }

  /** Follows the dominant speakers of `call` (the feature token comes from `sdk`). */
  set(call: Call | undefined, sdk: AcsSdk | undefined): void {
    if (call === this.#call && sdk === this.#sdk) return;
    this.retarget(() => {
      this.#call = call;
      this.#sdk = sdk;
    });
  }

  /** The dominant speakers, most dominant first (empty without the feature). */
  get speakers(): readonly CommunicationIdentifierKind[] {
    return this.#feature?.dominantSpeakers?.speakersList ?? NONE;
  }

  readonly #changed = () => this.#onChange();

  protected subscribe(): void {
    if (this.#feature || !this.#call || !this.#sdk) return;
    try {
      const feature = this.#call.feature(this.#sdk.Features.DominantSpeakers);
      feature.on('dominantSpeakersChanged', this.#changed);
      this.#feature = feature;
    } catch {
      // A call without the feature (e.g. an early simulator or a call that ended): no dominant speakers.
      this.#feature = undefined;
    }
  }

  protected release(): void {
    this.#feature?.off('dominantSpeakersChanged', this.#changed);
    this.#feature = undefined;
  }
}
