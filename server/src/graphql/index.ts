import type { Core } from '@strapi/strapi';
import { typeDefs } from './type-defs';
import { END_USER_RESOLVERS, PUBLIC_RESOLVERS, resolvers } from './resolvers';

/** Adds the plugin's queries and mutation when @strapi/plugin-graphql is installed; does nothing otherwise. */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(() => ({
    typeDefs,
    resolvers: resolvers(strapi),
    resolversConfig: { ...Object.fromEntries(PUBLIC_RESOLVERS.map((name) => [name, { auth: false }])), ...END_USER_RESOLVERS },
  }));
};
