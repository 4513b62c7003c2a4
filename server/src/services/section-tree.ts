import type { Core } from '@strapi/strapi';
import { UID } from '../domain/uids';

export interface SectionNode {
  id: number;
  documentId: string;
  slug: string;
  title: string;
  position: number;
  [field: string]: any;
  children: SectionNode[];
}

const SECTION_POPULATE = {
  parent: { select: ['id'] },
  children: { select: ['id'] },
  legalBases: { populate: { legalBasis: true } },
  processors: true,
  retentionRules: true,
  automatedDecision: true,
} as const;

const byPositionThenOrder = (order: Map<number, number>) => (a: SectionNode, b: SectionNode) =>
  (a.position ?? 0) - (b.position ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);

const sectionTree = ({ strapi }: { strapi: Core.Strapi }) => {
  const maxDepth = () => strapi.plugin('privacy-policy').config<number>('maxSectionDepth');

  /** Loads sections level by level (one query per level), never revisiting a section. */
  const loadLevels = async (rootIds: number[], populate: object) => {
    const nodes = new Map<number, SectionNode>();
    let frontier = rootIds;
    for (let level = 0; frontier.length && level < maxDepth(); level += 1) {
      const rows = (await strapi.db.query(UID.section).findMany({
        where: { id: { $in: frontier } },
        populate,
      })) as SectionNode[];
      const next: number[] = [];
      for (const row of rows) {
        nodes.set(row.id, row);
        for (const child of row.children ?? []) if (!nodes.has(child.id)) next.push(child.id);
      }
      frontier = next;
    }
    return nodes;
  };

  const linkedSectionIds = async (policyRowId: number): Promise<number[]> => {
    const policy = await strapi.db.query(UID.policy).findOne({
      where: { id: policyRowId },
      select: ['id'],
      populate: { sections: { select: ['id'] } },
    });
    return (policy?.sections ?? []).map((section: { id: number }) => section.id);
  };

  return {
    /** The policy row's sections as a tree: linked sections at the top (unless nested under another), children below. */
    async treeOfPolicyRow(policyRowId: number): Promise<SectionNode[]> {
      const linked = await linkedSectionIds(policyRowId);
      const order = new Map(linked.map((id, index) => [id, index]));
      const nodes = await loadLevels(linked, SECTION_POPULATE);
      const attach = (node: SectionNode, depth: number): SectionNode => {
        const childIds = depth < maxDepth() ? (node.children ?? []).map((child) => child.id) : [];
        const children = childIds
          .map((id) => nodes.get(id))
          .filter((child): child is SectionNode => Boolean(child))
          .map((child) => attach(child, depth + 1))
          .sort(byPositionThenOrder(new Map()));
        return { ...node, children };
      };
      return linked
        .map((id) => nodes.get(id))
        .filter((node): node is SectionNode => Boolean(node) && !(node!.parent && nodes.has(node!.parent.id)))
        .sort(byPositionThenOrder(order))
        .map((node) => attach(node, 1));
    },

    async flatSectionsOfPolicyRow(policyRowId: number) {
      const nodes = await loadLevels(await linkedSectionIds(policyRowId), {
        children: { select: ['id'] },
      });
      return [...nodes.values()].map(({ id, documentId, slug, title }) => ({ id, documentId, slug, title }));
    },

    /** Rows (draft and published) of every policy whose tree holds this section. */
    async policyRowsHoldingSection(sectionId: number): Promise<number[]> {
      const chain: number[] = [];
      let current: number | undefined = sectionId;
      while (current !== undefined && !chain.includes(current) && chain.length <= maxDepth()) {
        chain.push(current);
        const row: any = await strapi.db.query(UID.section).findOne({
          where: { id: current },
          select: ['id'],
          populate: { parent: { select: ['id'] } },
        });
        current = row?.parent?.id;
      }
      const policies = await strapi.db.query(UID.policy).findMany({
        where: { sections: { id: { $in: chain } } },
        select: ['id'],
      });
      return policies.map((policy: { id: number }) => policy.id);
    },
  };
};

export default sectionTree;
