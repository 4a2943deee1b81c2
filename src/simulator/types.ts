/**
 * Type helpers: the listener type of each event name, read from the SDK's own `on()` overloads, so the
 * simulated objects' `on()` are as strictly typed as the real ones.
 */

type OnPairs<T> = T extends {
  (e: infer E1, l: infer L1): any;
  (e: infer E2, l: infer L2): any;
  (e: infer E3, l: infer L3): any;
  (e: infer E4, l: infer L4): any;
  (e: infer E5, l: infer L5): any;
  (e: infer E6, l: infer L6): any;
  (e: infer E7, l: infer L7): any;
  (e: infer E8, l: infer L8): any;
  (e: infer E9, l: infer L9): any;
  (e: infer E10, l: infer L10): any;
  (e: infer E11, l: infer L11): any;
  (e: infer E12, l: infer L12): any;
  (e: infer E13, l: infer L13): any;
  (e: infer E14, l: infer L14): any;
  (e: infer E15, l: infer L15): any;
  (e: infer E16, l: infer L16): any;
}
  ? | [E1, L1]
    | [E2, L2]
    | [E3, L3]
    | [E4, L4]
    | [E5, L5]
    | [E6, L6]
    | [E7, L7]
    | [E8, L8]
    | [E9, L9]
    | [E10, L10]
    | [E11, L11]
    | [E12, L12]
    | [E13, L13]
    | [E14, L14]
    | [E15, L15]
    | [E16, L16]
  : never;

/** The listener type the SDK declares for event `K` of an overloaded `on` method `T`. */
export type ListenerOf<T, K> = Extract<OnPairs<T>, [K, unknown]>[1];

/** Every event name of an overloaded `on` method `T` (like `CallEventName`, for objects src/sdk does not list). */
export type EventNameOf<T> = OnPairs<T>[0];
