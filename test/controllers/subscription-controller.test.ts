// SubscriptionController, the one way the project follows SDK objects: collections, hosts that leave and come
// back, values that are not (or stop being) SDK objects, and SDK versions without one of the events.
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { SubscriptionController } from '../../src/controllers/subscription-controller.js';

/** A fake SDK object: on/off with listener counts, `emit` to fire, `refuse` to make on() throw for an event. */
function emitter(refuse: string[] = []) {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    on(event: string, listener: (...args: unknown[]) => void) {
      if (refuse.includes(event)) throw new Error(`unknown event name ${event}`);
      (listeners.get(event) ?? listeners.set(event, new Set()).get(event)!).add(listener);
    },
    off(event: string, listener: (...args: unknown[]) => void) {
      listeners.get(event)?.delete(listener);
    },
    emit(event: string, ...args: unknown[]) {
      for (const l of [...(listeners.get(event) ?? [])]) l(...args);
    },
    count: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}
type Fake = ReturnType<typeof emitter>;

let n = 0;
function host(options: Partial<ConstructorParameters<typeof SubscriptionController<Fake>>[1]> = {}) {
  const invalid: unknown[] = [];
  const heard: string[] = [];
  class Host extends ReactiveElement {
    updates = 0;
    readonly subs = new SubscriptionController<Fake>(this, {
      events: ['a', 'b'],
      onEvent: (event) => heard.push(event),
      onInvalid: (value) => invalid.push(value),
      ...options,
    });
    protected override update(changed: Map<PropertyKey, unknown>) {
      super.update(changed);
      this.updates++;
    }
  }
  customElements.define(`subscription-host-${++n}`, Host);
  const el = new Host();
  return { el, subs: el.subs, invalid, heard };
}

describe('SubscriptionController', () => {
  it('follows a collection: keeps the objects that stay, releases those that leave, subscribes newcomers', async () => {
    const { el, subs } = host();
    const [x, y, z] = [emitter(), emitter(), emitter()];
    subs.follow([x, y]);
    expect([x.count(), y.count()], 'nothing held before the host is connected').to.deep.equal([0, 0]);
    document.body.append(el);
    expect([x.count(), y.count()]).to.deep.equal([2, 2]);
    subs.follow([y, z]);
    expect([x.count(), y.count(), z.count()]).to.deep.equal([0, 2, 2]);
    subs.follow([z, y]);
    expect(subs.targets).to.deep.equal([z, y]);
    expect([y.count(), z.count()], 'a new order keeps the listeners').to.deep.equal([2, 2]);
    el.remove();
    expect([y.count(), z.count()]).to.deep.equal([0, 0]);
  });

  it('renders the host on each event, hears them first, and nothing after a release', async () => {
    const { el, subs, heard } = host();
    const x = emitter();
    subs.target = x;
    document.body.append(el);
    await el.updateComplete;
    const before = el.updates;
    x.emit('a');
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
    expect(heard).to.deep.equal(['a']);
    subs.target = undefined;
    x.emit('a');
    expect(heard).to.deep.equal(['a']);
  });

  it('changes made while the host is away are followed when it comes back, without rendering the detached host', async () => {
    const { el, subs } = host();
    const [x, y] = [emitter(), emitter()];
    subs.target = x;
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    const updates = el.updates;
    subs.target = y;
    await el.updateComplete;
    expect(el.updates, 'no render while detached').to.equal(updates);
    expect([x.count(), y.count()]).to.deep.equal([0, 0]);
    document.body.append(el);
    await el.updateComplete;
    expect([x.count(), y.count()]).to.deep.equal([0, 2]);
    el.remove();
  });

  it('drops values that are not SDK objects, reporting each once, and follows the next good one', async () => {
    const { el, subs, invalid } = host();
    document.body.append(el);
    const good = emitter();
    const bad1 = {} as Fake;
    const bad2 = 'call' as unknown as Fake;
    subs.follow([bad1, good, bad2]);
    subs.follow([bad1, good, bad2]);
    expect(subs.targets).to.deep.equal([good]);
    expect(invalid, 'each bad value once, however often it is given').to.deep.equal([bad1, bad2]);
    subs.follow([good]);
    subs.follow([bad1]);
    expect(invalid, 'given again after a good list, reported again').to.deep.equal([bad1, bad2, bad1]);
    el.remove();
  });

  it('follows an object whose on() refuses one event (an SDK version without it) for the others', async () => {
    const { el, subs, invalid } = host();
    document.body.append(el);
    const older = emitter(['b']);
    subs.target = older;
    expect(subs.target).to.equal(older);
    expect(older.count()).to.equal(1);
    expect(invalid).to.deep.equal([]);
    const refusesAll = emitter(['a', 'b']);
    subs.target = refusesAll;
    expect(subs.target, 'refusing every event: not followed').to.equal(undefined);
    expect(invalid).to.deep.equal([refusesAll]);
    el.remove();
  });

  it('drops, with a report, a target that stopped being an SDK object while the host was away', async () => {
    const { el, subs, invalid } = host();
    const x = emitter() as Partial<Fake>;
    subs.target = x as Fake;
    document.body.append(el);
    el.remove();
    delete x.on;
    document.body.append(el);
    expect(subs.target).to.equal(undefined);
    expect(invalid).to.deep.equal([x]);
    el.remove();
  });
});
