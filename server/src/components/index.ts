import type { Core } from '@strapi/strapi';
import legalBasisClaim from '../../../content-types/components/legal-basis-claim.json';
import controllerDetails from '../../../content-types/components/controller-details.json';
import automatedDecision from '../../../content-types/components/automated-decision.json';

const CATEGORY = 'privacy-policy';

const SCHEMAS: Record<string, object> = {
  'legal-basis-claim': legalBasisClaim,
  'controller-details': controllerDetails,
  'automated-decision': automatedDecision,
};

const camel = (text: string) => text.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

/** Strapi loads components only from the app's src/components, so the plugin registers its own (same shape). */
export const registerComponents = (strapi: Core.Strapi) => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const uid = `${CATEGORY}.${name}`;
    if (strapi.get('components').get(uid)) continue;
    const copy = JSON.parse(JSON.stringify(schema));
    strapi.get('components').set(uid, {
      ...copy,
      __schema__: JSON.parse(JSON.stringify(schema)),
      uid,
      category: CATEGORY,
      modelType: 'component',
      modelName: name,
      globalId: `ComponentPrivacyPolicy${camel(name)}`,
    });
  }
};
