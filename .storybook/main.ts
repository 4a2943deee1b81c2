import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // One copy of lit for the stories and the elements (else Vite's dependency pre-bundling can load two).
  viteFinal: async (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'] },
  }),
};
export default config;
