import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken, adminWithRole } from '../helpers/admin-api';
import { dayFrom, setClock, UID } from '../helpers/policy-fixture';

/**
 * The admin's policies list and section tree (issue 13): the list's summary in one answer, the draft's
 * whole tree with its facts, and moves in it written through the document service in one transaction.
 */
const day = dayFrom('2032-03-01');

let app: TestApp;
let token: string;

const auth = () => ({ Authorization: `Bearer ${token}` });
const documents = (uid: string) => app.strapi.documents(uid as any);
const getTree = (documentId: string, locale = 'en') =>
  app.http.get(`/privacy-policy/policies/${documentId}/tree?locale=${locale}`).set(auth());
const putTree = (documentId: string, body: object) => app.http.put(`/privacy-policy/policies/${documentId}/tree`).set(auth()).send(body);

interface Node {
  documentId: string;
  title: string;
  position: number;
  parent: string | null;
  depth: number;
  children: Node[];
  [field: string]: any;
}
/** The tree as nested titles: ['A', ['A1', ['A1a']], 'B'] reads "A holds A1, which holds A1a; then B". */
const outline = (nodes: Node[]): unknown[] =>
  nodes.flatMap((node) => (node.children.length ? [node.title, outline(node.children)] : [node.title]));
const find = (nodes: Node[], title: string): Node | undefined => {
  for (const node of nodes) {
    if (node.title === title) return node;
    const inner = find(node.children, title);
    if (inner) return inner;
  }
  return undefined;
};
/** Sections of this test's tree as the database holds them: parent, position, updatedAt. */
const rows = async (titles: string[]): Promise<Record<string, { parent: string | null; position: number; updatedAt: string }>> =>
  Object.fromEntries(
    await Promise.all(
      titles.map(async (title) => {
        const row = await app.strapi.db
          .query(UID.section)
          .findOne({ where: { documentId: ids[title], locale: 'en' }, populate: { parent: { select: ['title'] } } });
        return [title, { parent: row.parent?.title ?? null, position: row.position, updatedAt: String(row.updatedAt) }];
      }),
    ),
  );

/** The processor and retention rule every tree links to; read, never changed. */
const linked: Record<string, string> = {};
/** This test's tree: a policy and its sections, planted before each test and removed after it. */
let policyDocumentId: string;
let ids: Record<string, string> = {};
const TITLES = ['A', 'A1', 'A1a', 'A2', 'B', 'C', 'Deep 1', 'Deep 2', 'Deep 3', 'Deep 4', 'Deep 5', 'Deep 6'];

const section = async (title: string, data: Record<string, unknown> = {}) => {
  const created = await documents(UID.section).create({ data: { title, category: 'other', body: `${title}.`, ...data } });
  ids[title] = created.documentId;
  return created;
};

/**
 * A (A1 (A1a), A2), B, C and Deep 1 … Deep 6 nested six levels, in a policy whose version 1.0 is in
 * force: every test starts from this tree, whatever the others moved.
 */
const plantTree = async () => {
  ids = { host: linked.host, rule: linked.rule };
  const basis = await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-b' } });
  await section('A', { position: 0, dataCollected: ['name', 'email address'] });
  await section('A1', {
    position: 0,
    parent: ids.A,
    legalBases: [{ legalBasis: basis.documentId, justificationLabel: 'Contract' }],
    processors: [ids.host],
    retentionRules: [ids.rule],
  });
  await section('A1a', { position: 0, parent: ids.A1 });
  await section('A2', { position: 1, parent: ids.A });
  await section('B', { position: 1 });
  await section('C', { position: 2 });
  await section('Deep 1', { position: 3 });
  for (let level = 2; level <= 6; level += 1) await section(`Deep ${level}`, { position: 0, parent: ids[`Deep ${level - 1}`] });
  const policy = await documents(UID.policy).create({
    data: { title: 'Tree Policy', controller: { name: 'Tree Ltd' }, sections: [ids.A, ids.B, ids.C, ids['Deep 1']] },
  });
  policyDocumentId = policy.documentId;
  await app.strapi
    .plugin('privacy-policy')
    .service('publishing')
    .publish(policyDocumentId, { changeType: 'major', effectiveDate: day(0), changeSummary: 'First' });
};

const uprootTree = async () => {
  await documents(UID.policy).delete({ documentId: policyDocumentId });
  for (const title of TITLES) await documents(UID.section).delete({ documentId: ids[title] });
};

beforeAll(async () => {
  app = await startStrapi();
  token = await adminToken(app);
  setClock(app, day(0));
  const host = await documents(UID.processor).create({ data: { name: 'Tree Host', category: 'hosting', storageCountries: ['GB'] } });
  const rule = await documents(UID.retentionRule).create({
    data: { name: 'Tree orders', dataCategory: 'Orders', period: 'P6Y', trigger: 'end-of-financial-year' },
  });
  linked.host = host.documentId;
  linked.rule = rule.documentId;
});
beforeEach(plantTree);
afterEach(uprootTree);
afterAll(async () => {
  await app?.stop();
});

test('the tree route answers the whole draft tree, every level, with each section’s facts and the linked entries', async () => {
  const res = await getTree(policyDocumentId);
  expect(res.status).toBe(200);
  const { policy, sections, processors, retentionRules, maxDepth } = res.body.data;
  expect(policy).toMatchObject({ documentId: policyDocumentId, title: 'Tree Policy', locale: 'en' });
  expect(maxDepth).toBe(6);
  expect(outline(sections)).toEqual([
    'A',
    ['A1', ['A1a'], 'A2'],
    'B',
    'C',
    'Deep 1',
    ['Deep 2', ['Deep 3', ['Deep 4', ['Deep 5', ['Deep 6']]]]],
  ]);
  expect(find(sections, 'A')).toMatchObject({ parent: null, depth: 1, position: 0, dataCollected: ['name', 'email address'] });
  expect(find(sections, 'A1')).toMatchObject({
    documentId: ids.A1,
    slug: 'a1',
    parent: ids.A,
    depth: 2,
    legalBases: [{ name: 'Contract', article: 'Article 6(1)(b)', label: 'Contract' }],
    processors: [{ documentId: ids.host, name: 'Tree Host', slug: 'tree-host' }],
    retentionRules: [{ documentId: ids.rule, name: 'Tree orders', slug: 'tree-orders', period: 'P6Y' }],
  });
  expect(find(sections, 'Deep 6')).toMatchObject({ depth: 6 });
  expect(processors).toEqual([{ documentId: ids.host, name: 'Tree Host', slug: 'tree-host' }]);
  expect(retentionRules).toEqual([{ documentId: ids.rule, name: 'Tree orders', slug: 'tree-orders' }]);
});

test('the policies route sums up every policy of a locale in one answer: versions, dates and health', async () => {
  await documents(UID.section).update({ documentId: ids.C, locale: 'en', data: { body: 'C, changed.' } });
  await app.strapi
    .plugin('privacy-policy')
    .service('publishing')
    .publish(policyDocumentId, { changeType: 'major', effectiveDate: day(40), changeSummary: 'Second' });
  const res = await app.http.get('/privacy-policy/policies?locale=en').set(auth());
  expect(res.status).toBe(200);
  const health = (await app.http.get(`/privacy-policy/policies/${policyDocumentId}/health?locale=en`).set(auth())).body.data.counts;
  expect(res.body.data).toEqual([
    {
      documentId: policyDocumentId,
      title: 'Tree Policy',
      slug: 'tree-policy',
      kind: 'privacy',
      current: { number: '1.0', effectiveDate: day(0) },
      upcoming: { number: '2.0', effectiveDate: day(40) },
      versionCount: 2,
      health: { error: health.error, warning: health.warning, info: health.info },
    },
  ]);
  expect(health.error).toBeGreaterThan(0);
  expect(res.body.meta).toEqual({ locale: 'en', today: day(0), pagination: { page: 1, pageSize: 20, pageCount: 1, total: 1 } });

  const second = await documents(UID.policy).create({ data: { title: 'Another Policy' } });
  const paged = await app.http.get('/privacy-policy/policies?locale=en&page=2&pageSize=1').set(auth());
  expect(paged.body.data.map((row: any) => row.title)).toEqual(['Tree Policy']);
  expect(paged.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
  const first = await app.http.get('/privacy-policy/policies?locale=en&page=1&pageSize=1').set(auth());
  expect(first.body.data).toEqual([expect.objectContaining({ title: 'Another Policy', current: null, upcoming: null, versionCount: 0 })]);
  await documents(UID.policy).delete({ documentId: second.documentId });

  const unknown = await app.http.get('/privacy-policy/policies?locale=xx').set(auth());
  expect([unknown.status, unknown.body.error.message]).toEqual([400, 'locale "xx" is not one of the configured locales: en']);
  const badPage = await app.http.get('/privacy-policy/policies?pageSize=500').set(auth());
  expect([badPage.status, badPage.body.error.message]).toEqual([400, 'pageSize must be a whole number from 1 to 100']);
});

test('moves reorder and re-parent through the document service; positions are renumbered and the top-level list follows', async () => {
  const seen: string[] = [];
  const stopSpying = app.strapi.documents.use(async (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.action === 'update' && (ctx.uid === UID.section || ctx.uid === UID.policy)) {
      seen.push(`${ctx.uid === UID.section ? 'section' : 'policy'} ${JSON.stringify(ctx.params.data)}`);
    }
    return next();
  });
  try {
    // C first at the top; A2 out of A to the top level after C; A1a up to the first place under A.
    const res = await putTree(policyDocumentId, {
      locale: 'en',
      moves: [
        { documentId: ids.C, parent: null, position: 0 },
        { documentId: ids.A2, parent: null, position: 1 },
        { documentId: ids.A1a, parent: ids.A, position: 0 },
      ],
    });
    expect(res.status).toBe(200);
    expect(outline(res.body.data.sections)).toEqual([
      'C',
      'A2',
      'A',
      ['A1a', 'A1'],
      'B',
      'Deep 1',
      ['Deep 2', ['Deep 3', ['Deep 4', ['Deep 5', ['Deep 6']]]]],
    ]);
  } finally {
    stopSpying();
  }
  // Every write went through strapi.documents(…).update, so the plugin's write validation ran on each:
  // re-parented sections first (shallowest first), then the renumbered siblings, then the top-level list.
  expect(seen).toEqual([
    'section {"parent":null,"position":1}',
    `section {"parent":"${ids.A}","position":0}`,
    'section {"position":0}',
    'section {"position":2}',
    'section {"position":3}',
    'section {"position":4}',
    'section {"position":1}',
    `policy {"sections":["${ids.C}","${ids.A2}","${ids.A}","${ids.B}","${ids['Deep 1']}"]}`,
  ]);
  const stored = await rows(['C', 'A2', 'A', 'A1a', 'A1', 'B', 'Deep 1']);
  expect(Object.fromEntries(Object.entries(stored).map(([title, row]) => [title, [row.parent, row.position]]))).toEqual({
    C: [null, 0],
    A2: [null, 1],
    A: [null, 2],
    A1a: ['A', 0],
    A1: ['A', 1],
    B: [null, 3],
    'Deep 1': [null, 4],
  });
  // The policy's relation holds the top-level sections in the new order.
  const policy = await documents(UID.policy).findOne({ documentId: policyDocumentId, locale: 'en', populate: ['sections'] } as any);
  expect((policy as any).sections.map((entry: any) => entry.title)).toEqual(['C', 'A2', 'A', 'B', 'Deep 1']);

  // A section moved with its subsections takes them along: A under B.
  const moved = await putTree(policyDocumentId, { locale: 'en', moves: [{ documentId: ids.A, parent: ids.B, position: 0 }] });
  expect(moved.status).toBe(200);
  expect(outline(moved.body.data.sections).slice(0, 4)).toEqual(['C', 'A2', 'B', ['A', ['A1a', 'A1']]]);
  expect(find(moved.body.data.sections, 'A1')).toMatchObject({ depth: 3, parent: ids.A });

  // A publish records the new order: the public HTML lists the sections in it.
  const publish = await app.http
    .post(`/privacy-policy/policies/${policyDocumentId}/versions`)
    .set(auth())
    .send({ changeType: 'minor', effectiveDate: day(40), locale: 'en' });
  expect([publish.status, publish.body.data?.version?.number]).toEqual([201, '1.1']);
  const version = await app.strapi.db.query(UID.version).findOne({ where: { policyDocumentId, number: '1.1' } });
  expect(version.snapshot.sections.map((entry: any) => entry.title)).toEqual(['C', 'A2', 'B', 'Deep 1']);
  expect(version.snapshot.sections[2].children.map((entry: any) => entry.title)).toEqual(['A']);
});

test('a refused move is a 400 naming the sections, and changes nothing', async () => {
  const titles = TITLES;
  const before = await rows(titles);
  const treeBefore = (await getTree(policyDocumentId)).body.data.sections;
  const refused = async (moves: object[], message: string, rule: string) => {
    const res = await putTree(policyDocumentId, { locale: 'en', moves });
    expect([res.status, res.body.error?.message, res.body.error?.details?.errors?.[0]?.rule]).toEqual([400, message, rule]);
  };

  // B under Deep 6 would be level 7.
  await refused(
    [{ documentId: ids.B, parent: ids['Deep 6'], position: 0 }],
    '“B” cannot go under “Deep 6”: sections nest at most 6 levels deep',
    'max-depth',
  );
  // A under Deep 5 is level 6 itself, within the limit, but its subsections would be level 7.
  await refused(
    [{ documentId: ids.A, parent: ids['Deep 5'], position: 0 }],
    '“A” cannot go under “Deep 5”: sections nest at most 6 levels deep',
    'max-depth',
  );
  // Into its own subsection.
  await refused([{ documentId: ids.A, parent: ids.A1a, position: 0 }], '“A” cannot go under “A1a”, one of its own subsections', 'cycle');
  await refused([{ documentId: ids.B, parent: ids.B, position: 0 }], '“B” cannot be its own parent', 'cycle');
  // A section of another tree: the whole request is refused, its valid first move included.
  const stray = await documents(UID.section).create({ data: { title: 'Stray', category: 'other' } });
  await refused(
    [
      { documentId: ids.C, parent: null, position: 3 },
      { documentId: stray.documentId, parent: null, position: 0 },
    ],
    `section "${stray.documentId}" is not in the section tree of this policy (locale en)`,
    'not-in-tree',
  );
  await documents(UID.section).delete({ documentId: stray.documentId });
  expect(await rows(titles)).toEqual(before);
  expect((await getTree(policyDocumentId)).body.data.sections).toEqual(treeBefore);

  // The request's shape.
  const bad = async (body: object, message: string) => {
    const res = await putTree(policyDocumentId, body);
    expect([res.status, res.body.error?.message]).toEqual([400, message]);
  };
  await bad({ locale: 'en' }, 'moves is required: a list of { documentId, parent, position }');
  await bad({ moves: [] }, 'moves must list at least one move');
  await bad({ moves: [{ documentId: ids.B, position: 0 }] }, 'parent is required: the new parent section, or null for the top level');
  await bad({ moves: [{ documentId: ids.B, parent: null, position: -1 }] }, 'position must be a whole number from 0');
  await bad({ moves: [{ documentId: ids.B, parent: null, position: 0, title: 'x' }] }, 'unknown field: title');
  await bad({ moves: [{ documentId: ids.B, parent: null, position: 0 }], order: 'x' }, 'unknown field: order');
  await bad(
    { locale: 'xx', moves: [{ documentId: ids.B, parent: null, position: 0 }] },
    'locale "xx" is not one of the configured locales: en',
  );
  const missing = await putTree('nosuchpolicy', { moves: [{ documentId: ids.B, parent: null, position: 0 }] });
  expect([missing.status, missing.body.error.message]).toEqual([404, 'No policy draft has the documentId "nosuchpolicy" in locale "en"']);
  expect(await rows(titles)).toEqual(before);
});

test('the moves share one transaction: when the document service refuses a later write, the earlier ones are undone', async () => {
  const before = await rows(TITLES);
  // Stands in for any refusal of the document middleware (a field rule, a slug clash): the second section write fails.
  let sectionWrites = 0;
  const stop = app.strapi.documents.use(async (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.action === 'update' && ctx.uid === UID.section) {
      sectionWrites += 1;
      if (sectionWrites === 2) {
        const { errors } = require('@strapi/utils');
        throw new errors.ValidationError('refused by the document service');
      }
    }
    return next();
  });
  try {
    const res = await putTree(policyDocumentId, {
      locale: 'en',
      moves: [
        { documentId: ids.C, parent: ids.B, position: 0 },
        { documentId: ids.A2, parent: ids.B, position: 0 },
      ],
    });
    expect([res.status, res.body.error?.message]).toEqual([400, 'refused by the document service']);
  } finally {
    stop();
  }
  expect(sectionWrites).toBe(2);
  expect(await rows(TITLES)).toEqual(before);
});

test('a move takes what the same change takes in the content manager: Update on each entry written, in its locale, for each field', async () => {
  const UPDATE = 'plugin::content-manager.explorer.update';
  const roleWith = async (name: string, permissions: object[]) => {
    const created = await app.http.post('/admin/roles').set(auth()).send({ name, description: 'tree moves' });
    const granted = await app.http
      .put(`/admin/roles/${created.body.data.id}/permissions`)
      .set(auth())
      .send({ permissions: permissions.map((permission) => ({ properties: {}, conditions: [], ...permission })) });
    expect(granted.status).toBe(200);
    const email = `${name.toLowerCase().replace(/\W+/g, '-')}@example.test`;
    return adminWithRole(app, token, created.body.data.id, email);
  };
  const sectionsIn = (locales: string[], fields?: string[]) => ({
    action: UPDATE,
    subject: UID.section,
    properties: { locales, ...(fields ? { fields } : {}) },
  });
  const editor = await roleWith('Sections editor', [sectionsIn(['en'])]);
  const frenchEditor = await roleWith('French sections editor', [sectionsIn(['fr'])]);
  const positionsOnly = await roleWith('Positions only', [sectionsIn(['en'], ['position'])]);
  const treeEditor = await roleWith('Tree editor', [
    sectionsIn(['en']),
    { action: UPDATE, subject: UID.policy, properties: { locales: ['en'], fields: ['sections'] } },
  ]);
  const publisher = await roleWith('Publisher', [
    { action: 'plugin::privacy-policy.versions.read', subject: null },
    { action: 'plugin::privacy-policy.versions.publish', subject: null },
  ]);
  const putAs = (as: string, moves: object[]) =>
    app.http.put(`/privacy-policy/policies/${policyDocumentId}/tree`).set('Authorization', `Bearer ${as}`).send({ locale: 'en', moves });
  const refusal = (res: any) => [res.status, res.body.error?.name, res.body.error?.message];
  const needs = (field: string, kind: string, title: string, type: string) =>
    `Your role may not change "${field}" of the ${kind} “${title}” in locale en: it needs the content manager's Update permission on ${type} for that field and locale`;

  const start = outline((await getTree(policyDocumentId)).body.data.sections);
  expect(start.slice(0, 3)).toEqual(['A', ['A1', ['A1a'], 'A2'], 'B']);
  const before = await rows(TITLES);

  // Without the content manager's Update on sections, publishing rights do not move sections.
  expect((await putAs(publisher, [{ documentId: ids.A2, parent: ids.A, position: 0 }])).status).toBe(403);
  // Update on sections in French only: the English sections are not this role's to change.
  expect(refusal(await putAs(frenchEditor, [{ documentId: ids.A2, parent: ids.A, position: 0 }]))).toEqual([
    403,
    'PolicyError',
    needs('position', 'section', 'A2', 'Policy section'),
  ]);
  // Update on sections, Position only: reordering is allowed, re-parenting (Parent) is not.
  expect(refusal(await putAs(positionsOnly, [{ documentId: ids.A1, parent: ids.B, position: 0 }]))).toEqual([
    403,
    'PolicyError',
    needs('parent', 'section', 'A1', 'Policy section'),
  ]);
  // A new top-level order writes the policy's Sections too, which a sections editor may not change.
  expect(refusal(await putAs(editor, [{ documentId: ids.A2, parent: null, position: 0 }]))).toEqual([
    403,
    'PolicyError',
    needs('sections', 'policy', 'Tree Policy', 'Policy'),
  ]);
  // Refused: nothing written.
  expect(await rows(TITLES)).toEqual(before);

  // The same role moves what it may change.
  const reordered = await putAs(positionsOnly, [{ documentId: ids.A2, parent: ids.A, position: 0 }]);
  expect(reordered.status).toBe(200);
  expect(outline(reordered.body.data.sections).slice(0, 3)).toEqual(['A', ['A2', 'A1', ['A1a']], 'B']);
  const reparented = await putAs(editor, [{ documentId: ids.A1a, parent: ids.B, position: 0 }]);
  expect(reparented.status).toBe(200);
  expect(outline(reparented.body.data.sections).slice(0, 4)).toEqual(['A', ['A2', 'A1'], 'B', ['A1a']]);
  const topLevel = await putAs(treeEditor, [{ documentId: ids.A2, parent: null, position: 0 }]);
  expect(topLevel.status).toBe(200);
  expect(outline(topLevel.body.data.sections).slice(0, 4)).toEqual(['A2', 'A', ['A1'], 'B']);
});
