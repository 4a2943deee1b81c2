import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/styles/themes/light.css';
import '../src/styles/themes/dark.css';

setCustomElementsManifest(manifest);

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
  },
  initialGlobals: { theme: 'light', direction: 'ltr' },
  decorators: [
    (story, context) => {
      const root = document.documentElement;
      const dark = context.globals.theme === 'dark';
      root.classList.toggle('acs-theme-dark', dark);
      root.classList.toggle('acs-theme-light', !dark);
      root.dir = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
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
