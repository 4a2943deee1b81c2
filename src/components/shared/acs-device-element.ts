import { consumeContext } from './decorators.js';
import { AcsCallElement } from './acs-element.js';
import { deviceManagerContext } from '../../context/index.js';
import type { DeviceManager } from '../../sdk/index.js';

/**
 * The base of call elements that also use devices (device picker, permission guide, call status for "accept with
 * video"): the device manager comes from the nearest `<acs-call-provider>`, or from the property, which wins.
 */
export class AcsDeviceElement extends AcsCallElement {
  static {
    for (const name of ['deviceManager', 'contextDeviceManager']) this.createProperty(name, { attribute: false });
  }

  /** The device manager. Overrides the one provided by an enclosing `<acs-call-provider>`. */
  deviceManager?: DeviceManager;

  /** @internal */
  protected contextDeviceManager?: DeviceManager;

  constructor() {
    super();
    consumeContext(this, deviceManagerContext, 'contextDeviceManager');
  }

  /** @internal The device manager in effect. */
  protected get activeDeviceManager(): DeviceManager | undefined {
    return this.deviceManager ?? this.contextDeviceManager;
  }
}
