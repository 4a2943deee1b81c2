import type { PropertyDeclaration, ReactiveElement } from 'lit';
import { ContextConsumer, type Context } from '@lit/context';

/*
 * Lean versions of lit's `@property`, `@state` and @lit/context's `@consume` for TypeScript's
 * `experimentalDecorators` (the mode this project compiles with). Lit's own decorators also carry the standard
 * decorators' code path, which costs about 0.4 KB min+gzip in every element's bundle; these do exactly what the
 * legacy path of lit's decorators does. Tools (lit-analyzer, the manifest analyzer) recognise them by name.
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
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });

/** Fills the property from the nearest provider of `context` (as @lit/context's `@consume`). */
export const consume =
  <T>({ context, subscribe }: { context: Context<unknown, T>; subscribe?: boolean }) =>
  (proto: object, name: PropertyKey): void => {
    (proto.constructor as Ctor).addInitializer((element) => {
      new ContextConsumer(element, {
        context,
        subscribe,
        callback: (value: T) => {
          (element as unknown as Record<PropertyKey, T>)[name] = value;
        },
      });
    });
  };
