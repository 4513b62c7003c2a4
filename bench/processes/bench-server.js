'use strict';
/**
 * The example app in its own process for the read benchmarks: boots on the database in the environment,
 * adds the generic-REST route a user would write without the plugin's read path and a bare route sending a
 * body held in memory (the floor for answers of that size), optionally publishes a
 * long history, listens on PORT and sends { ready } to the parent.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'example');
const POLICY = 'plugin::privacy-policy.policy';
const SECTION = 'plugin::privacy-policy.policy-section';

const sectionPopulate = (depth) => ({
  populate: {
    legalBases: { populate: { legalBasis: true } },
    processors: true,
    retentionRules: true,
    automatedDecision: true,
    ...(depth > 1 ? { children: sectionPopulate(depth - 1) } : {}),
  },
});

/** The policy through the document service with every relation populated, as Strapi's generic REST serves it. */
const genericRead = (strapi) => async (ctx) => {
  const [policy] = await strapi.documents(POLICY).findMany({
    filters: { slug: ctx.params.slug },
    status: 'published',
    populate: { controller: true, sections: sectionPopulate(6) },
    limit: 1,
  });
  if (!policy) return ctx.notFound();
  ctx.body = { data: policy };
};

/** Publishes `count` minor versions of a 20-section policy, each changing one section. */
const publishHistory = async (strapi, count) => {
  const sections = [];
  for (let index = 0; index < 20; index += 1) {
    sections.push(
      await strapi
        .documents(SECTION)
        .create({ data: { title: `Section ${index + 1}`, category: 'other', body: `Text of section ${index + 1}, revision 0.` } }),
    );
  }
  const policy = await strapi
    .documents(POLICY)
    .create({ data: { title: 'Long history', slug: 'long-history', sections: sections.map((section) => section.documentId) } });
  const versions = strapi.plugin('privacy-policy').service('publishing');
  const today = strapi.plugin('privacy-policy').service('clock').today();
  // The fixture is not a complete notice; the override keeps the compliance check in each publish.
  await versions.publish(policy.documentId, {
    changeType: 'major',
    effectiveDate: today,
    changeSummary: 'First',
    overrideCompliance: true,
  });
  for (let revision = 1; revision < count; revision += 1) {
    const section = sections[revision % sections.length];
    await strapi
      .documents(SECTION)
      .update({ documentId: section.documentId, data: { body: `Text of ${section.title.toLowerCase()}, revision ${revision}.` } });
    await versions.publish(policy.documentId, { changeType: 'minor', effectiveDate: today, overrideCompliance: true });
  }
};

(async () => {
  const strapi = createStrapi({ appDir, distDir: appDir });
  strapi.log.level = 'error';
  await strapi.load();
  const invalidate = async (ctx) => {
    await strapi.plugin('privacy-policy').service('published-cache').invalidate();
    ctx.status = 204;
  };
  strapi.server.routes({
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/bench/generic/:slug', handler: genericRead(strapi), config: { auth: false } },
      { method: 'POST', path: '/bench/invalidate', handler: invalidate, config: { auth: false } },
    ],
  });
  const cacheStats = (ctx) => {
    ctx.body = strapi.plugin('privacy-policy').service('published-cache').stats();
  };
  // The floor for an answer of given bytes: a bare route sending a body held in memory, with no work at all.
  const constants = new Map();
  const keepConstant = (ctx) => {
    const { body, encoding, type } = ctx.request.body;
    constants.set(ctx.params.name, { body: Buffer.from(body, 'base64'), encoding, type });
    ctx.status = 204;
  };
  const sendConstant = (ctx) => {
    const constant = constants.get(ctx.params.name);
    if (!constant) return ctx.notFound();
    ctx.set('Content-Encoding', constant.encoding);
    ctx.type = constant.type;
    ctx.body = constant.body;
  };
  strapi.server.routes({
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/bench/cache-stats', handler: cacheStats, config: { auth: false } },
      { method: 'POST', path: '/bench/constant/:name', handler: keepConstant, config: { auth: false } },
      { method: 'GET', path: '/bench/constant/:name', handler: sendConstant, config: { auth: false } },
    ],
  });
  if (process.env.BENCH_TYPICAL_POLICY === 'true') {
    // A policy of about 10 KB as JSON: six sections, three processors, three retention rules.
    const fixture = require('../fixtures/typical-policy.json');
    await strapi.plugin('privacy-policy').service('policy-import').importPolicy(fixture, { publish: true });
  }
  const history = Number(process.env.BENCH_HISTORY_VERSIONS ?? 0);
  if (history > 0) await publishHistory(strapi, history);
  await strapi.listen();
  process.send({ ready: true });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
