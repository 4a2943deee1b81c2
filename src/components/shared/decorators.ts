import type { PropertyDeclaration, ReactiveControllerHost, ReactiveElement } from 'lit';
import type { Context, ContextCallback } from '@lit/context';

/*
 * Lean versions of lit's `@property`, `@state` and @lit/context's `@consume` for TypeScript's
 * `experimentalDecorators` (the mode this project compiles with). Lit's own decorators also carry the standard
 * decorators' code path, which costs about 0.4 KB min+gzip in every element's bundle; these do exactly what the
 * legacy path of lit's decorators does. Tools (lit-analyzer, the manifest analyzer) recognise them by name.
 * The smallest elements (and their shared base) skip decorators altogether: lit's `static properties` and
 * `consumeContext` in the constructor cost less than the decorator helper the compiler emits with them.
 */

type Ctor = typeof ReactiveElement;

/** Declares a reactive property (as lit's `@property`). */
export const property =
  (options?: PropertyDeclaration) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (proto: object, name: PropertyKey): any => {
    const own = Object.prototype.hasOwnProperty.call(proto, name);
    (proto.constructor as Ctor).createProperty(name, options);
    // On an accessor, hand back lit's wrapping descriptor, or TypeScript would restore the unwrapped one.
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };

/** Declares internal reactive state (as lit's `@state`): no attribute. */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true });

/**
 * Fills `element[name]` from the nearest provider of `context`, and follows its changes (as @lit/context's
 * `ContextConsumer` with `subscribe: true`, speaking the same community context protocol: a bubbling, composed
 * `context-request` event answered by @lit/context's `ContextProvider`, re-sent by the provider when a nearer one
 * appears). Call it in the constructor.
 */
export function consumeContext<T>(
  element: ReactiveControllerHost & HTMLElement,
  context: Context<unknown, T>,
  name: string,
): void {
  let unsubscribe: (() => void) | undefined;
  element.addController({
    hostConnected() {
      const callback: ContextCallback<T> = (value, unsub) => {
        // A nearer provider took over: leave the previous one.
        if (unsubscribe !== unsub) unsubscribe?.();
        unsubscribe = unsub;
        (element as unknown as Record<string, T>)[name] = value;
      };
      element.dispatchEvent(
        Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
          context,
          contextTarget: element,
          callback,
          subscribe: true,
        }),
      );
    },
    hostDisconnected() {
      unsubscribe = void unsubscribe?.();
    },
  });
}

/** Fills the property from the nearest provider of `context`, and follows its changes (see `consumeContext`). */
export const consume =
  <T>({ context }: { context: Context<unknown, T>; subscribe?: true }) =>
  (proto: object, name: PropertyKey): void =>
    (proto.constructor as Ctor).addInitializer((element) => consumeContext(element, context, name as string));
