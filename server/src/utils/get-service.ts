import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/plugin-id';
import type services from '../services';

/** Each service's own type, from its factory: calls through `getService` are typed end to end. */
export type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export const getService = <Name extends keyof Services>(name: Name, { strapi }: { strapi: Core.Strapi }): Services[Name] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[Name];
