import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';
import { GDPR_LEGAL_BASES } from '../domain/legal-bases';

const STORE_KEY = 'installedLegalBases';

const legalBases = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'privacy-policy' });

  return {
    /**
     * Creates each default basis once. A code the plugin installed before is never created again (so an editor
     * may delete one), and an existing entry with the same code is never touched (so edits survive).
     */
    async installDefaults() {
      const alreadyInstalled = new Set<string>(((await store().get({ key: STORE_KEY })) as string[] | null) ?? []);
      const existing = await strapi.db.query(UID.legalBasis).findMany({ select: ['code'] });
      const existingCodes = new Set(existing.map((row: { code: string }) => row.code));
      const created: string[] = [];
      for (const definition of GDPR_LEGAL_BASES) {
        if (alreadyInstalled.has(definition.code) || existingCodes.has(definition.code)) continue;
        await strapi.documents(UID.legalBasis).create({ data: definition as any });
        created.push(definition.code);
      }
      const recorded = new Set([...alreadyInstalled, ...GDPR_LEGAL_BASES.map((definition) => definition.code)]);
      await store().set({ key: STORE_KEY, value: [...recorded] });
      return { created };
    },
  };
};

export default legalBases;
