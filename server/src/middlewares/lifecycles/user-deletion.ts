import type { Core } from '@strapi/strapi';
import { getService } from '../../utils/get-service';

const USER_UID = 'plugin::users-permissions.user';

/**
 * When a users-permissions user is deleted, their acceptance records are erased or anonymised
 * (`acceptance.onUserDelete`), in the delete's own transaction when it has one.
 *
 * A database lifecycle, not a document-service middleware: users-permissions deletes a user with
 * `strapi.db.query(...).delete` (`DELETE /api/users/:id`, Strapi 5.54), which no document-service
 * middleware sees, while the document service (the content manager, `strapi.documents()`) deletes through
 * the same query layer, so one subscription sees every path. A delete of many users by a filter is read
 * before it runs, to know whose records to handle after.
 */
export const subscribeToUserDeletion = (strapi: Core.Strapi) => {
  if (!strapi.plugin('users-permissions')) return;
  const forget = (ids: number[]) => getService('acceptances', { strapi }).forgetUsers(ids);
  strapi.db.lifecycles.subscribe({
    models: [USER_UID],
    async afterDelete(event: any) {
      const id = event.result?.id;
      if (typeof id === 'number') await forget([id]);
    },
    async beforeDeleteMany(event: any) {
      const rows = await strapi.db.query(USER_UID).findMany({ where: event.params?.where ?? {}, select: ['id'] });
      event.state.userIds = rows.map((row: { id: number }) => row.id);
    },
    async afterDeleteMany(event: any) {
      await forget(event.state?.userIds ?? []);
    },
  });
};
