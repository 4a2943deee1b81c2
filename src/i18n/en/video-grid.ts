import type { StringTable } from '../localize.js';

/** English strings of `<acs-video-grid>` and its tiles (namespace `video-grid`). */
export const videoGridStrings = {
  /** The grid's accessible name. */
  grid: 'Participants',
  /** The local user's name when the page gives none. */
  you: 'You',
  /** An unnamed participant's name (tiles, labels). */
  unnamed: 'Unnamed participant',
  /** An unnamed participant in an announcement. */
  aParticipant: 'A participant',
  muted: 'muted',
  speaking: 'speaking',
  /** The SDK's remote diagnostics say the participant's network is bad (the marker's accessible description). */
  poorConnection: 'poor connection',
  loadingVideo: 'Loading video',
  /** The label of a tile: name and what it shows, e.g. "Ana, muted, speaking". */
  tileLabel: (parts: string[]) => parts.join(', '),
  /** The screen share tile of a participant. */
  screenOf: (name: string) => `${name}'s screen`,
  /** The placeholder shown instead of the local user's own screen. */
  youAreSharing: 'You are sharing your screen',
  pin: (name: string) => `Pin ${name}`,
  pinned: 'pinned',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pages: 'Pages',
  page: (page: number, count: number) => `Page ${page} of ${count}`,
  /** "Ana, Ben and 3 others" */
  others: (count: number) => `${count} others`,
  joined: (names: string) => `${names} joined`,
  left: (names: string) => `${names} left`,
  /** The layout in effect changed; `layout` is `grid`, `screen-share`, `one-to-one` or `speaker`. */
  layoutChanged: (layout: string) => `Layout: ${layout.replace(/-/g, ' ')}`,
  stateConnecting: 'Connecting',
  stateRinging: 'Ringing',
  stateEarlyMedia: 'Early media',
  stateHold: 'On hold',
  stateInLobby: 'In the lobby',
  stateIdle: 'Idle',
} satisfies StringTable;

export type VideoGridStrings = typeof videoGridStrings;
