import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID, UID } from '../domain/uids';
import { getService } from '../utils/get-service';
import type { SectionNode } from './section-tree';
import type { LinkedEntry, PolicyTreeAnswer, SectionMove, TreeSection } from '../../../shared/contracts/admin';
import { applyMoves, layoutOf, levelOf, MoveRefusal, TOP } from '../../../shared/section-moves';

const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

const linked = (entry: any): LinkedEntry => ({ documentId: entry.documentId, slug: entry.slug ?? null, name: entry.name ?? '' });

const toSection = (node: SectionNode, parent: string | null, depth: number): TreeSection => ({
  documentId: node.documentId,
  title: node.title,
  slug: node.slug,
  category: node.category ?? null,
  position: node.position ?? 0,
  parent,
  depth,
  dataCollected: texts(node.dataCollected),
  legalBases: (node.legalBases ?? [])
    .map((claim: any) => ({
      name: claim?.legalBasis?.name ?? claim?.justificationLabel ?? '',
      article: claim?.legalBasis?.article ?? null,
      label: claim?.justificationLabel ?? null,
    }))
    .filter((basis: { name: string }) => basis.name),
  processors: (node.processors ?? []).map(linked),
  retentionRules: (node.retentionRules ?? []).map((rule: any) => ({ ...linked(rule), period: rule.period ?? null })),
  children: node.children.map((child) => toSection(child, node.documentId, depth + 1)),
});

/** One entry a move writes, and the fields it changes: what the caller may check against the admin's role before anything is written. */
export interface PlannedWrite {
  uid: typeof UID.section | typeof UID.policy;
  documentId: string;
  locale: string;
  title: string;
  fields: string[];
}

/**
 * The draft's whole section tree for the admin panel, and moves in it (reorder, re-parent). A move is
 * written through the document service, so the plugin's write validation (field rules, cycles, depth,
 * slug uniqueness) runs on every entry it touches, in one transaction: a refused move changes nothing.
 */
const policyTree = ({ strapi }: { strapi: Core.Strapi }) => {
  const maxDepth = () => strapi.plugin(PLUGIN_ID).config<number>('maxSectionDepth');

  const draftOf = async (documentId: string, locale: string) => {
    const draft = await strapi.db
      .query(UID.policy)
      .findOne({ where: { documentId, locale, publishedAt: null }, select: ['id', 'documentId', 'title', 'slug', 'locale'] });
    if (!draft) throw new errors.NotFoundError(`No policy draft has the documentId "${documentId}" in locale "${locale}"`);
    return draft as { id: number; documentId: string; title: string; slug: string; locale: string };
  };

  const service = {
    async tree(documentId: string, locale: string): Promise<PolicyTreeAnswer['data']> {
      const draft = await draftOf(documentId, locale);
      const roots = await getService('section-tree', { strapi }).treeOfPolicyRow(draft.id);
      const sections = roots.map((node) => toSection(node, null, 1));
      const processors = new Map<string, LinkedEntry>();
      const retentionRules = new Map<string, LinkedEntry>();
      const collect = (nodes: TreeSection[]) =>
        nodes.forEach((node) => {
          node.processors.forEach((entry) => processors.set(entry.documentId, entry));
          node.retentionRules.forEach(({ period: _period, ...entry }) => retentionRules.set(entry.documentId, entry));
          collect(node.children);
        });
      collect(sections);
      return {
        policy: { documentId: draft.documentId, title: draft.title, slug: draft.slug, locale },
        sections,
        processors: [...processors.values()],
        retentionRules: [...retentionRules.values()],
        maxDepth: maxDepth(),
      };
    },

    /**
     * Applies the moves in order to the draft's tree in `locale`: each section goes under its new parent
     * (null: the top level) at its new position among its siblings, whose positions are renumbered 0, 1, 2…
     * Only the sections whose parent or position changes are written, and the policy's list of top-level
     * sections when it changes. `checkWrite` sees each of these writes before any is made, and refuses
     * by throwing. Returns the tree as it is afterwards.
     */
    async move(
      documentId: string,
      locale: string,
      moves: SectionMove[],
      { checkWrite }: { checkWrite?: (write: PlannedWrite) => Promise<void> } = {},
    ): Promise<PolicyTreeAnswer['data']> {
      return strapi.db.transaction(async () => {
        const draft = await draftOf(documentId, locale);
        const roots = await getService('section-tree', { strapi }).treeOfPolicyRow(draft.id);
        const before = layoutOf(roots);
        const stored = new Map<string, number>();
        const remember = (nodes: SectionNode[]) =>
          nodes.forEach((node) => {
            stored.set(node.documentId, node.position ?? 0);
            remember(node.children);
          });
        remember(roots);
        let planned: ReturnType<typeof applyMoves>;
        try {
          planned = applyMoves(before, moves, maxDepth(), `this policy (locale ${locale})`);
        } catch (error) {
          if (!(error instanceof MoveRefusal)) throw error;
          throw new errors.ValidationError(error.message, {
            errors: [{ path: error.path, message: error.message, name: 'ValidationError', rule: error.rule }],
          });
        }
        const after = planned.layout;

        // Writes, parents first (shallowest first, so that every step is a valid tree), then positions.
        const writes: { id: string; data: Record<string, unknown>; level: number }[] = [];
        for (const parent of planned.touched) {
          (after.siblings.get(parent) ?? []).forEach((id, position) => {
            const data: Record<string, unknown> = {};
            if (before.parentOf.get(id) !== parent) data.parent = parent === TOP ? null : parent;
            if (stored.get(id) !== position || 'parent' in data) data.position = position;
            if (Object.keys(data).length) writes.push({ id, data, level: 'parent' in data ? levelOf(after, id) : Infinity });
          });
        }
        writes.sort((a, b) => a.level - b.level);
        const top = after.siblings.get(TOP) ?? [];
        const topBefore = before.siblings.get(TOP) ?? [];
        const topChanged = top.length !== topBefore.length || top.some((id, position) => topBefore[position] !== id);

        // Every write is checked before the first is made.
        if (checkWrite) {
          for (const write of writes) {
            await checkWrite({
              uid: UID.section,
              documentId: write.id,
              locale,
              title: after.titles.get(write.id) ?? write.id,
              fields: Object.keys(write.data),
            });
          }
          if (topChanged) await checkWrite({ uid: UID.policy, documentId, locale, title: draft.title, fields: ['sections'] });
        }
        for (const write of writes) {
          await strapi.documents(UID.section).update({ documentId: write.id, locale, data: write.data } as any);
        }
        if (topChanged) await strapi.documents(UID.policy).update({ documentId, locale, data: { sections: top } } as any);
        return service.tree(documentId, locale);
      });
    },
  };
  return service;
};

export default policyTree;
export type PolicyTreeService = ReturnType<typeof policyTree>;
