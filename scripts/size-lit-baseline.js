// What a page pays for lit alone (a trivial element), the baseline every element's size includes.
import { LitElement, html } from 'lit';
customElements.define(
  'x-lit-baseline',
  class extends LitElement {
    render() {
      return html`<p>lit</p>`;
    }
  },
);
