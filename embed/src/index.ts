import { PrivacyPolicyAcceptanceElement } from './acceptance';
import { PrivacyPolicyElement } from './policy';
import { PrivacyPolicySubscribeElement } from './subscribe';

/**
 * The plugin's web components, served as one ES module at /api/privacy-policy/embed.js:
 *
 *   <script type="module" src="https://cms.example.com/api/privacy-policy/embed.js"></script>
 *   <privacy-policy slug="privacy-policy"></privacy-policy>
 *
 * Loading the module twice (two script tags, two bundles) defines each element once.
 */
const ELEMENTS: [string, CustomElementConstructor][] = [
  ['privacy-policy', PrivacyPolicyElement],
  ['privacy-policy-subscribe', PrivacyPolicySubscribeElement],
  ['privacy-policy-acceptance', PrivacyPolicyAcceptanceElement],
];
for (const [name, element] of ELEMENTS) if (!customElements.get(name)) customElements.define(name, element);

export { PrivacyPolicyAcceptanceElement, PrivacyPolicyElement, PrivacyPolicySubscribeElement };
