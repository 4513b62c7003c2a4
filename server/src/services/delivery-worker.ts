import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import type { PrivacyPolicyConfig } from '../config';
import { getService } from '../utils/get-service';

/**
 * The outbox worker's scheduling: one pass fans out a notification, claims a batch of due deliveries and
 * sends it; passes repeat while there is work, then every `delivery.pollIntervalMs`, and at once when kicked
 * (after a publish, a withdrawal or a subscription). Each instance has its own lease owner name.
 */
const deliveryWorker = ({ strapi }: { strapi: Core.Strapi }) => {
  const owner = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const config = () => strapi.plugin('privacy-policy').config<PrivacyPolicyConfig['delivery']>('delivery');
  const state = { timer: null as NodeJS.Timeout | null, running: null as Promise<void> | null, stopped: true, again: false };

  /** One pass: fan out, claim one batch and send it. True when there was work (so run again at once). */
  const runOnce = async () => {
    const store = getService('delivery-store', { strapi });
    const fannedOut = await getService('notification-fanout', { strapi }).fanOut(owner);
    const ids = await store.claim(owner);
    if (ids.length) {
      await getService('delivery-sender', { strapi }).send(await store.claimedRows(ids), {
        beforeChunk: store.refresh,
        afterChunk: store.record,
      });
    }
    await store.completeNotifications();
    return fannedOut || ids.length > 0;
  };

  const loop = async () => {
    try {
      while (!state.stopped && (await runOnce()));
    } catch (error: any) {
      strapi.log.error(`[privacy-policy] delivery worker: ${error?.message ?? error}`);
    }
  };

  const schedule = (delay: number) => {
    if (state.stopped) return;
    if (state.running) {
      state.again = true;
      return;
    }
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      state.running = loop().finally(() => {
        state.running = null;
        const again = state.again;
        state.again = false;
        schedule(again ? 0 : config().pollIntervalMs);
      });
    }, delay);
  };

  return {
    owner,
    start() {
      if (!config().enabled) return;
      state.stopped = false;
      schedule(0);
    },
    async stop() {
      state.stopped = true;
      if (state.timer) clearTimeout(state.timer);
      state.timer = null;
      await state.running;
    },
    /** Wakes the worker now instead of at the next poll. */
    kick() {
      schedule(0);
    },
    runOnce,
  };
};

export default deliveryWorker;
