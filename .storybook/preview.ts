import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/styles/themes/light.css';
import '../src/styles/themes/dark.css';
import '../src/styles/themes/presets.css';

/** A custom state of an element, as custom-elements.json lists it. */
interface CssState {
  name: string;
  description?: string;
}

/**
 * Storybook's docs list attributes, properties, events, slots, parts and CSS properties from the manifest, but not
 * custom states: each element's description gets a table of its states (`:state(name)` in CSS) and what each means.
 */
function withStatesInDescriptions(source: typeof manifest): typeof manifest {
  const copy = structuredClone(source);
  for (const module of copy.modules)
    for (const declaration of (module.declarations ?? []) as { description?: string; cssStates?: CssState[] }[]) {
      const states = declaration.cssStates ?? [];
      if (!states.length) continue;
      const rows = states.map((s) => `| \`:state(${s.name})\` | ${s.description ?? ''} |`).join('\n');
      declaration.description = `${declaration.description ?? ''}\n\n**Custom states** (style them with \`:state()\`, no JavaScript needed)\n\n| State | Meaning |\n| --- | --- |\n${rows}`;
    }
  return copy;
}

setCustomElementsManifest(withStatesInDescriptions(manifest));

/**
 * Properties that take SDK objects (or functions) get no control: Storybook's "Set object" editor cannot make a
 * call or a device manager. The stories give them from the simulator. No control says "Set object".
 */
const SDK_OBJECTS = new Set([
  'call',
  'sdk',
  'deviceManager',
  'callAgent',
  'incomingCall',
  'incomingCalls',
  'clock',
  'fetch',
  'pinned',
  'platform',
  'environment',
  'shortcut',
]);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme (src/styles/themes)',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    density: {
      description: 'Density preset (themes/presets.css)',
      toolbar: {
        title: 'Density',
        icon: 'component',
        items: ['standard', 'compact', 'comfortable'],
        dynamicTitle: true,
      },
    },
    corners: {
      description: 'Corner style preset (themes/presets.css)',
      toolbar: { title: 'Corners', icon: 'circle', items: ['theme', 'square', 'rounded', 'pill'], dynamicTitle: true },
    },
    textSize: {
      description: 'The user’s text size (a browser font size setting of 16 or 32 px)',
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        items: [
          { value: '100', title: 'Text 100 %' },
          { value: '200', title: 'Text 200 %' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', textSize: '100', density: 'standard', corners: 'theme' },
  argTypesEnhancers: [
    (context) => {
      const argTypes = { ...context.argTypes };
      for (const [name, argType] of Object.entries(argTypes)) {
        const type = String(argType.table?.type?.summary ?? '');
        const control = (argType.control as { type?: string } | undefined)?.type;
        // An optional string or number gets a text or number field (Storybook would offer "Set object").
        // Controls only where they do something: attributes and properties (events, slots, parts and CSS
        // properties are documented, not set from here; the Theming pages edit the tokens).
        const category = argType.table?.category ?? '';
        if (SDK_OBJECTS.has(name) || (category && !['attributes', 'properties'].includes(category)))
          argTypes[name] = { ...argType, control: false };
        else if (/^string( \| undefined)?$/.test(type)) argTypes[name] = { ...argType, control: { type: 'text' } };
        else if (/^number( \| undefined)?$/.test(type)) argTypes[name] = { ...argType, control: { type: 'number' } };
        else if (type !== 'boolean' && (!control || control === 'object'))
          argTypes[name] = { ...argType, control: false };
      }
      return argTypes;
    },
  ],
  decorators: [
    (story, context) => {
      const root = document.documentElement;
      const dark = context.globals.theme === 'dark';
      root.classList.toggle('acs-theme-dark', dark);
      root.classList.toggle('acs-theme-light', !dark);
      root.dir = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
      // The presets are classes a partner puts on any container: here, the root.
      for (const density of ['compact', 'comfortable'])
        root.classList.toggle(`acs-density-${density}`, context.globals.density === density);
      for (const corners of ['square', 'rounded', 'pill'])
        root.classList.toggle(`acs-corners-${corners}`, context.globals.corners === corners);
      // 200 %: what a browser gives with its font size set to 32 px (the root font and \`medium\` doubled).
      const large = context.globals.textSize === '200';
      root.style.fontSize = large ? '200%' : '';
      if (large) root.style.setProperty('--acs-user-font-size', '32px');
      else root.style.removeProperty('--acs-user-font-size');
      document.body.style.background = dark ? '#1b1b1f' : '#ffffff';
      document.body.style.color = dark ? '#e4e2e6' : '#1b1b1f';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
