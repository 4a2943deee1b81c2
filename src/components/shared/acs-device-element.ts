import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { AcsCallElement } from './acs-element.js';
import { deviceManagerContext } from '../../context/index.js';
import { localMediaContext, type LocalMedia } from '../../context/local-media.js';
import type { DeviceManager } from '../../sdk/index.js';
import { accepted, checkInputs, DEVICE_MANAGER_INPUT } from './input-check.js';

/**
 * The base of call elements that also use devices (device picker, permission guide, call status for "accept with
 * video"): the device manager comes from the nearest `<acs-call-provider>`, or from the property, which wins.
 */
export class AcsDeviceElement extends AcsCallElement {
  /** The device manager. Overrides the one provided by an enclosing `<acs-call-provider>`. */
  @property({ attribute: false }) deviceManager?: DeviceManager;

  /** @internal */
  @consume({ context: deviceManagerContext, subscribe: true })
  @state()
  protected contextDeviceManager?: DeviceManager;

  /**
   * @internal The local media choices (chosen camera, camera on before a call) shared by the elements of the
   * enclosing `<acs-call-provider>`.
   */
  @consume({ context: localMediaContext, subscribe: true })
  @state()
  protected localMedia?: LocalMedia;

  /** @internal The device manager in effect. */
  protected get activeDeviceManager(): DeviceManager | undefined {
    return this.deviceManager == null ? this.contextDeviceManager : accepted(this.deviceManager, DEVICE_MANAGER_INPUT);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    checkInputs(this, changed, { deviceManager: DEVICE_MANAGER_INPUT });
  }
}
