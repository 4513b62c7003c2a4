import { startStrapi, TestApp } from '../helpers/strapi';
import { GDPR_LEGAL_BASES } from '../../server/src/domain/legal-bases';
import { UID } from '../helpers/policy-fixture';

// What is tested here happens at start: each test boots Strapi on a database of its own.
let app: TestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const codes = async () =>
  (await app.strapi.db.query(UID.legalBasis).findMany({ select: ['code'], orderBy: { code: 'asc' } })).map((row: any) => row.code);

test('installs the GDPR Art. 6(1)(a)-(f) and 9(2)(a)-(j) bases on first start', async () => {
  app = await startStrapi();
  expect(await codes()).toEqual([
    'gdpr-art-6-1-a',
    'gdpr-art-6-1-b',
    'gdpr-art-6-1-c',
    'gdpr-art-6-1-d',
    'gdpr-art-6-1-e',
    'gdpr-art-6-1-f',
    'gdpr-art-9-2-a',
    'gdpr-art-9-2-b',
    'gdpr-art-9-2-c',
    'gdpr-art-9-2-d',
    'gdpr-art-9-2-e',
    'gdpr-art-9-2-f',
    'gdpr-art-9-2-g',
    'gdpr-art-9-2-h',
    'gdpr-art-9-2-i',
    'gdpr-art-9-2-j',
  ]);
  const legitimateInterests = await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-f' } });
  expect(legitimateInterests).toMatchObject({ regulation: 'GDPR', article: 'Article 6(1)(f)', name: 'Legitimate interests' });
});

test('installing again, in the same run or after a restart, never overwrites edits nor brings back deletions', async () => {
  app = await startStrapi();
  expect(await app.strapi.db.query(UID.legalBasis).count()).toBe(GDPR_LEGAL_BASES.length);
  const service = () => app.strapi.plugin('privacy-policy').service('legal-bases');
  const edited = await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-f' } });
  await app.strapi
    .documents(UID.legalBasis)
    .update({ documentId: edited.documentId, data: { name: 'Our legitimate interests', regulation: 'UK GDPR' } });
  const removed = await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-9-2-j' } });
  await app.strapi.documents(UID.legalBasis).delete({ documentId: removed.documentId });

  expect(await service().installDefaults()).toEqual({ created: [] });

  const { database } = app;
  await app.stop({ keepDatabase: true });
  app = undefined;
  app = await startStrapi({ database });
  expect(await service().installDefaults()).toEqual({ created: [] });

  expect(await app.strapi.db.query(UID.legalBasis).count()).toBe(GDPR_LEGAL_BASES.length - 1);
  expect(await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-f' } })).toMatchObject({
    name: 'Our legitimate interests',
    regulation: 'UK GDPR',
  });
  expect(await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-9-2-j' } })).toBeNull();
});

test('a basis the editor created with a default code before the install is kept as it is', async () => {
  app = await startStrapi({ env: { PRIVACY_POLICY_INSTALL_LEGAL_BASES: 'false' } });
  expect(await app.strapi.db.query(UID.legalBasis).count()).toBe(0);
  await app.strapi
    .documents(UID.legalBasis)
    .create({ data: { code: 'gdpr-art-6-1-a', regulation: 'UK GDPR', article: 'Art. 6(1)(a)', name: 'Consent (UK)' } });
  const { created } = await app.strapi.plugin('privacy-policy').service('legal-bases').installDefaults();
  expect(created).toHaveLength(GDPR_LEGAL_BASES.length - 1);
  expect(created).not.toContain('gdpr-art-6-1-a');
  expect(await app.strapi.db.query(UID.legalBasis).findOne({ where: { code: 'gdpr-art-6-1-a' } })).toMatchObject({ name: 'Consent (UK)' });
});
