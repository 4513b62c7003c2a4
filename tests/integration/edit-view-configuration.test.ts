import { startStrapi, TestApp } from '../helpers/strapi';
import { adminToken } from '../helpers/admin-api';
import { EDIT_VIEWS } from '../../shared/editor-fields/edit-views';
import { WORDING } from '../../shared/editor-fields/translate';
import { CONTENT_TYPE_KEYS, COMPONENT_KEYS, modelUid } from '../../shared/editor-fields/types';

/**
 * The labels, help and layout the plugin gives its edit views in the content manager: set on first
 * install, in the configured language; rewritten while nobody changed them; never over an admin's change,
 * across restarts.
 */
let app: TestApp;
let token: string;

const start = (language: string, database?: TestApp['database']) =>
  startStrapi({ database, env: { PRIVACY_POLICY_ADMIN_LANGUAGE: language } });
const auth = () => ({ Authorization: `Bearer ${token}` });
const configuration = async (uid: string) => {
  const response = await app.http.get(`/content-manager/content-types/${uid}/configuration`).set(auth());
  expect(response.status).toBe(200);
  return response.body.data;
};
const componentConfiguration = async (uid: string) => {
  const response = await app.http.get(`/content-manager/components/${uid}/configuration`).set(auth());
  expect(response.status).toBe(200);
  return response.body.data.component;
};
const login = async () => {
  const response = await app.http.post('/admin/login').send({ email: 'editor@example.test', password: 'Test-Editor-2026' });
  return response.body.data.token as string;
};
/** The body the admin's "Configure the view" form sends back for a configuration. */
const asSaved = ({ layouts, metadatas, settings }: any) => {
  // The answer adds the creator fields' main field to their list metadata; the admin's form leaves it out when it saves.
  for (const metadata of Object.values<any>(metadatas)) delete metadata.list?.mainField;
  return { layouts, metadatas, settings };
};
const names = (rows: { name: string; size: number }[][]) => rows.map((row) => row.map(({ name, size }) => [name, size]));

beforeAll(async () => {
  app = await start('en');
  token = await adminToken(app);
});
afterAll(async () => {
  await app?.stop();
  // Later suites in this worker start with the default language again.
  delete process.env.PRIVACY_POLICY_ADMIN_LANGUAGE;
});

test('the first start gives every field of the five types and their components a label, help, example and place, and each list its columns', async () => {
  for (const key of CONTENT_TYPE_KEYS) {
    const { contentType } = await configuration(modelUid(key));
    for (const [field, words] of Object.entries(WORDING.en[key])) {
      expect([key, field, contentType.metadatas[field].edit]).toEqual([
        key,
        field,
        expect.objectContaining({ label: words.label, description: words.description, placeholder: words.placeholder ?? '' }),
      ]);
      expect(contentType.metadatas[field].list.label).toBe(words.label);
    }
    expect([key, names(contentType.layouts.edit)]).toEqual([key, names(EDIT_VIEWS[key].layout)]);
    expect([key, contentType.layouts.list]).toEqual([key, EDIT_VIEWS[key].list]);
    expect(contentType.settings.mainField).toBe(EDIT_VIEWS[key].mainField);
  }
  for (const key of COMPONENT_KEYS) {
    const component = await componentConfiguration(modelUid(key));
    for (const [field, words] of Object.entries(WORDING.en[key])) expect(component.metadatas[field].edit.label).toBe(words.label);
    expect([key, names(component.layouts.edit)]).toEqual([key, names(EDIT_VIEWS[key].layout)]);
  }
  // What the plugin wrote is a configuration the content manager's own settings form can save again.
  for (const key of CONTENT_TYPE_KEYS) {
    const { contentType } = await configuration(modelUid(key));
    const saved = await app.http
      .put(`/content-manager/content-types/${modelUid(key)}/configuration`)
      .set(auth())
      .send(asSaved(contentType));
    expect([key, saved.status, saved.body.error]).toEqual([key, 200, undefined]);
  }
  for (const key of COMPONENT_KEYS) {
    const component = await componentConfiguration(modelUid(key));
    const saved = await app.http
      .put(`/content-manager/components/${modelUid(key)}/configuration`)
      .set(auth())
      .send(asSaved(component));
    expect([key, saved.status, saved.body.error]).toEqual([key, 200, undefined]);
  }
  const claim = await componentConfiguration(modelUid('legal-basis-claim'));
  expect(claim.metadatas.legalBasis.edit.mainField).toBe('name');
});

test('the custom fields keep their stored types, as the content manager reports them', async () => {
  const response = await app.http.get('/content-manager/content-types').set(auth());
  const byUid = Object.fromEntries(response.body.data.map((model: any) => [model.uid, model.attributes]));
  expect(byUid[modelUid('processor')].storageCountries).toMatchObject({ type: 'json', customField: 'plugin::privacy-policy.countries' });
  expect(byUid[modelUid('processor')].transferMechanism).toMatchObject({
    type: 'enumeration',
    customField: 'plugin::privacy-policy.choice',
    options: { choices: 'transfer-mechanism' },
  });
  expect(byUid[modelUid('processor')].transferMechanism.enum).toContain('data-privacy-framework');
  expect(byUid[modelUid('retention-rule')].period).toMatchObject({
    type: 'string',
    customField: 'plugin::privacy-policy.retention-period',
  });
  expect(byUid[modelUid('policy-section')].rights).toMatchObject({ type: 'json', customField: 'plugin::privacy-policy.rights' });
  expect(byUid[modelUid('policy-section')].dataCollected).toMatchObject({ type: 'json', customField: 'plugin::privacy-policy.item-list' });
  expect(byUid[modelUid('legal-basis')].specialCategory).toMatchObject({ type: 'boolean', customField: 'plugin::privacy-policy.checkbox' });
});

describe('across restarts', () => {
  // The test restarts Strapi on its database in French, over an admin's change: the tests after it get a first start of their own.
  afterAll(async () => {
    await app?.stop();
    app = await start('en');
    token = await adminToken(app);
  });

  test("an admin's change survives restarts; what nobody changed follows the plugin's language", async () => {
    const uid = modelUid('processor');
    const { contentType } = await configuration(uid);
    contentType.metadatas.name.edit.label = 'Supplier';
    contentType.layouts.edit = [...contentType.layouts.edit].reverse();
    const { layouts } = contentType;
    const saved = await app.http.put(`/content-manager/content-types/${uid}/configuration`).set(auth()).send(asSaved(contentType));
    expect([saved.status, saved.body.error]).toEqual([200, undefined]);

    await app.stop({ keepDatabase: true });
    app = await start('en', app.database);
    token = await login();
    const after = (await configuration(uid)).contentType;
    expect(after.metadatas.name.edit.label).toBe('Supplier');
    expect(names(after.layouts.edit)).toEqual(names(layouts.edit));

    // The plugin's language changes: every configuration nobody touched is rewritten in French; the admin's is not.
    await app.stop({ keepDatabase: true });
    app = await start('fr', app.database);
    token = await login();
    expect((await configuration(modelUid('retention-rule'))).contentType.metadatas.period.edit.label).toBe(
      WORDING.fr['retention-rule'].period.label,
    );
    expect((await componentConfiguration(modelUid('controller-details'))).metadatas.dpoName.edit.label).toBe(
      WORDING.fr['controller-details'].dpoName.label,
    );
    const kept = (await configuration(uid)).contentType;
    expect(kept.metadatas.name.edit.label).toBe('Supplier');
    expect(kept.metadatas.storageCountries.edit.label).toBe(WORDING.en.processor.storageCountries.label);
    expect(names(kept.layouts.edit)).toEqual(names(layouts.edit));
  });
});
