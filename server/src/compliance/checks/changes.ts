import { guidanceRef, guidanceSays } from '../../law/regimes';
import type { ComplianceCheck } from '../findings';
import { finding } from '../findings';
import { policyProse } from './shared';

/** "Check this page regularly for changes", in English, French or German. */
const CHECK_REGULARLY =
  /\b(check|review|visit|consult|revisit|look at|read)\b[^.]{0,80}\b(regularly|periodically|from time to time|frequently|often|occasionally|each time|every time)\b|\b(regularly|periodically|frequently) (check|review|visit|consult)\b|(consulter|vérifier|relire) (régulièrement|périodiquement)|régulièrement (cette page|notre politique)|regelmäßig (zu )?(prüfen|überprüfen|besuchen|nachsehen|nachzulesen|lesen|aufrufen)/i;

/** Saying that changes are announced: by email, a notice, a banner; in English, French or German. */
const ANNOUNCES_CHANGES =
  /\b(notify|inform|tell|email|e-mail|write to|let you know|send you|alert)\b[^.]{0,80}\b(change|changes|update|updates|updated|amend)|\b(change|changes|update|updates|amendments?)\b[^.]{0,80}\b(notify|notified|inform|informed|tell|told|email|emailed|e-mail|announce|announced|banner|notice on)\b|\bsubscribe\b[^.]{0,60}\bchanges\b|(informerons|avertirons|notifierons|préviendrons)|benachrichtigen|informieren (wir )?sie/i;

const hasAnnouncement = (texts: string[]) => texts.some((text) => ANNOUNCES_CHANGES.test(text));

export const changesAnnounced: ComplianceCheck = {
  id: 'changes-announced',
  source: (regime) => `${regime.article('Arts. 5(1)(a) and 12(1)')}; ${guidanceRef('wp260', 'changes')}`,
  title: 'Changes are announced, not left for people to find',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    const texts = policyProse(snapshot);
    if (hasAnnouncement(texts.map(({ text }) => text))) return [];
    return texts
      .filter(({ text }) => CHECK_REGULARLY.test(text))
      .map(({ target, label }) =>
        finding(changesAnnounced, {
          severity: 'warning',
          regimes,
          target,
          message: `${label} asks people to check the policy for changes and the policy says no other way it announces them: ${guidanceSays('wp260', 'changes')}.`,
          fix: 'Say how you announce changes (an email to people you can reach, a notice on the site), and announce fundamental ones well before they take effect; the plugin can email subscribers when a major version is published.',
        }),
      );
  },
};
