import type { FieldChange, PolicyDiff } from '../versioning/diff';
import { outsideUkEea, periodDays } from '../versioning/diff';
import { classify, type Classification } from '../versioning/classifier';
import {
  countryInWords,
  DiffNames,
  durationInWords,
  Entity,
  fieldLabel,
  labelInSentence,
  languageOf,
  Language,
  mechanismInWords,
  nameOf,
  namesInDiff,
  processorCategoryInWords,
  rightInWords,
  valueText,
  vocabulary,
} from '../rendering/vocabulary';

/** The sentences of an email's "What changes" list, in each language. Arguments are already in words. */
interface ChangeSentences {
  newProcessingActivity: (title: string) => string;
  collectsMoreData: (name: string, data: string) => string;
  nowStoredOutside: (name: string, countries: string) => string;
  newRecipient: (name: string, category: string) => string;
  recipientStoresOutside: (name: string, countries: string) => string;
  weakerSafeguard: (name: string, from: string, to: string) => string;
  newLegalBasis: (section: string, basis: string) => string;
  legalBasisDropped: (section: string, basis: string) => string;
  keptLonger: (name: string, from: string, to: string) => string;
  rightNoLongerStated: (right: string) => string;
  rightNowStated: (right: string) => string;
  sectionAdded: (title: string) => string;
  sectionRemoved: (title: string) => string;
  sectionReworded: (title: string) => string;
  recipientRemoved: (name: string) => string;
  ruleAdded: (name: string, period: string | null) => string;
  ruleRemoved: (name: string) => string;
  changesTo: (name: string, what: string) => string;
  policyDetailsChanged: (what: string) => string;
  more: (count: number) => string;
}

const SENTENCES: Record<Language, ChangeSentences> = {
  en: {
    newProcessingActivity: (title) => `New processing activity ${title}`,
    collectsMoreData: (name, data) => `${name} collects more data: ${data}`,
    nowStoredOutside: (name, countries) => `${name} now stores data in ${countries}, outside the UK/EEA`,
    newRecipient: (name, category) => `New recipient of your information: ${name} (${category})`,
    recipientStoresOutside: (name, countries) => `${name} stores data outside the UK/EEA (${countries})`,
    weakerSafeguard: (name, from, to) => `${name} moves to a weaker transfer safeguard: ${from} → ${to}`,
    newLegalBasis: (section, basis) => `${section} now relies on ${basis}`,
    legalBasisDropped: (section, basis) => `${section} no longer relies on ${basis}`,
    keptLonger: (name, from, to) => `${name} is kept longer: ${from} → ${to}`,
    rightNoLongerStated: (right) => `No longer stated among your rights: ${right}`,
    rightNowStated: (right) => `Now stated among your rights: ${right}`,
    sectionAdded: (title) => `New section ${title}`,
    sectionRemoved: (title) => `Section ${title} removed`,
    sectionReworded: (title) => `Section ${title} reworded`,
    recipientRemoved: (name) => `${name} no longer receives your information`,
    ruleAdded: (name, period) => `New retention rule ${name}${period ? `: kept for ${period}` : ''}`,
    ruleRemoved: (name) => `Retention rule ${name} removed`,
    changesTo: (name, what) => `Changes to ${name}: ${what}`,
    policyDetailsChanged: (what) => `Changes to the policy details: ${what}`,
    more: (count) => `…and ${count} more ${count === 1 ? 'change' : 'changes'}`,
  },
  fr: {
    newProcessingActivity: (title) => `Nouveau traitement : ${title}`,
    collectsMoreData: (name, data) => `Données supplémentaires collectées dans ${name} : ${data}`,
    nowStoredOutside: (name, countries) => `${name} : données désormais stockées hors du Royaume-Uni et de l’EEE (${countries})`,
    newRecipient: (name, category) => `Nouveau destinataire de vos informations : ${name} (${category})`,
    recipientStoresOutside: (name, countries) => `${name} stocke des données hors du Royaume-Uni et de l’EEE (${countries})`,
    weakerSafeguard: (name, from, to) => `Garantie de transfert moins protectrice pour ${name} : ${from} → ${to}`,
    newLegalBasis: (section, basis) => `Nouvelle base juridique pour ${section} : ${basis}`,
    legalBasisDropped: (section, basis) => `Base juridique retirée pour ${section} : ${basis}`,
    keptLonger: (name, from, to) => `Durée de conservation allongée pour ${name} : ${from} → ${to}`,
    rightNoLongerStated: (right) => `Ne figure plus parmi vos droits : ${right}`,
    rightNowStated: (right) => `Figure désormais parmi vos droits : ${right}`,
    sectionAdded: (title) => `Nouvelle section ${title}`,
    sectionRemoved: (title) => `Section ${title} supprimée`,
    sectionReworded: (title) => `Section ${title} reformulée`,
    recipientRemoved: (name) => `${name} ne reçoit plus vos informations`,
    ruleAdded: (name, period) => `Nouvelle règle de conservation ${name}${period ? ` : ${period}` : ''}`,
    ruleRemoved: (name) => `Règle de conservation ${name} supprimée`,
    changesTo: (name, what) => `Modifications de ${name} : ${what}`,
    policyDetailsChanged: (what) => `Modifications des informations générales : ${what}`,
    more: (count) => `…et ${count} ${count === 1 ? 'autre modification' : 'autres modifications'}`,
  },
  de: {
    newProcessingActivity: (title) => `Neue Verarbeitung: ${title}`,
    collectsMoreData: (name, data) => `Zusätzlich erhobene Daten in ${name}: ${data}`,
    nowStoredOutside: (name, countries) =>
      `${name}: Speicherung jetzt auch außerhalb des Vereinigten Königreichs und des EWR (${countries})`,
    newRecipient: (name, category) => `Neuer Empfänger Ihrer Daten: ${name} (${category})`,
    recipientStoresOutside: (name, countries) => `${name} speichert Daten außerhalb des Vereinigten Königreichs und des EWR (${countries})`,
    weakerSafeguard: (name, from, to) => `Schwächere Garantie für die Übermittlung an ${name}: ${from} → ${to}`,
    newLegalBasis: (section, basis) => `Neue Rechtsgrundlage für ${section}: ${basis}`,
    legalBasisDropped: (section, basis) => `Rechtsgrundlage entfällt für ${section}: ${basis}`,
    keptLonger: (name, from, to) => `Längere Aufbewahrung für ${name}: ${from} → ${to}`,
    rightNoLongerStated: (right) => `Nicht mehr unter Ihren Rechten genannt: ${right}`,
    rightNowStated: (right) => `Jetzt unter Ihren Rechten genannt: ${right}`,
    sectionAdded: (title) => `Neuer Abschnitt ${title}`,
    sectionRemoved: (title) => `Abschnitt ${title} entfernt`,
    sectionReworded: (title) => `Abschnitt ${title} umformuliert`,
    recipientRemoved: (name) => `${name} erhält Ihre Daten nicht mehr`,
    ruleAdded: (name, period) => `Neue Aufbewahrungsregel ${name}${period ? `: ${period}` : ''}`,
    ruleRemoved: (name) => `Aufbewahrungsregel ${name} entfernt`,
    changesTo: (name, what) => `Änderungen an ${name}: ${what}`,
    policyDetailsChanged: (what) => `Änderungen an den allgemeinen Angaben: ${what}`,
    more: (count) => `…und ${count} ${count === 1 ? 'weitere Änderung' : 'weitere Änderungen'}`,
  },
};

const changeOf = (changes: FieldChange[], field: string) => changes.find((change) => change.field === field);

/** Fields whose old and new values are short enough to show in a line: "retention period (6 years → 7 years)". */
const SHOWN_VALUES = new Set([
  'period',
  'trigger',
  'category',
  'role',
  'kind',
  'ageThreshold',
  'transferMechanism',
  'disclosedByName',
  'transfersOutsideUkEea',
]);

interface Line {
  text: string;
  /** The classifier reason this line states ("rule|path"), to put the reasons for a major change first. */
  reason?: string;
}

/**
 * What changed, as short sentences for an email in `locale` (the version's language), built from the
 * diff's structured data: labels instead of field names, durations and slugs in words, no markup. The
 * changes the classifier gave as reasons for a major version come first.
 */
export const changeList = (
  diff: PolicyDiff | null,
  classification: Classification | null,
  locale = 'en',
  limit = 12,
  knownNames?: DiffNames,
): string[] => {
  if (!diff) return [];
  const say = SENTENCES[languageOf(locale)];
  const words = vocabulary(locale);
  const q = words.quote;
  const names = knownNames ?? namesInDiff(diff);
  const list = (items: string[]) => items.join(', ');
  const countries = (codes: unknown[]) => list(codes.map((code) => countryInWords(String(code), locale)));
  const section = (slug: string) => q(nameOf(names, 'sections', slug));
  const basis = (claim: { name: string | null; code: string | null; article: string | null }) =>
    [claim.name ?? claim.code ?? '', claim.article ? `(${claim.article})` : ''].filter(Boolean).join(' ');
  const fieldsInWords = (entity: Entity, changes: FieldChange[]) =>
    list(
      changes.map((change) => {
        const label = labelInSentence(fieldLabel(entity, change.field, locale), locale);
        if (!SHOWN_VALUES.has(change.field) || change.words || change.added) return label;
        return `${label} (${valueText(entity, change.field, change.from, locale, names)} → ${valueText(entity, change.field, change.to, locale, names)})`;
      }),
    );
  const lines: Line[] = [];
  const add = (text: string, reason?: string) => lines.push({ text, reason });

  // What the law or the policy's change clause treats as major (the classifier's rules), then the rest.
  for (const added of diff.sections.added) {
    if (added.processingActivity) add(say.newProcessingActivity(q(added.title)), `new-processing-activity|sections.${added.slug}`);
    else add(say.sectionAdded(q(added.title)));
  }
  for (const { slug, name, changes } of diff.sections.changed) {
    const covered = new Set<string>();
    const data = changeOf(changes, 'dataCollected');
    if (data?.added?.length) {
      add(say.collectsMoreData(q(name), list(data.added.map(String))), `new-data-collected|sections.${slug}.dataCollected`);
      if (!data.removed?.length) covered.add('dataCollected');
    }
    const newlyOutside = outsideUkEea(changeOf(changes, 'storageCountries')?.added ?? []);
    if (newlyOutside.length) {
      add(say.nowStoredOutside(q(name), countries(newlyOutside)), `new-transfer-outside-uk-eea|sections.${slug}.storageCountries`);
      covered.add('storageCountries');
    }
    const rest = changes.filter((change) => !covered.has(change.field));
    if (rest.length) add(say.changesTo(q(name), fieldsInWords('section', rest)));
  }
  for (const processor of diff.processors.added) {
    add(
      say.newRecipient(q(processor.name), labelInSentence(processorCategoryInWords(processor.category, locale), locale)),
      `new-recipient|processors.${processor.slug}`,
    );
    if (processor.transfersOutsideUkEea) {
      const codes = outsideUkEea(processor.storageCountries.map((country) => country.code));
      add(
        say.recipientStoresOutside(q(processor.name), countries(codes)),
        `new-transfer-outside-uk-eea|processors.${processor.slug}.storageCountries`,
      );
    }
  }
  for (const { slug, name, changes } of diff.processors.changed) {
    // "safeguards" joins transferMechanism and additionalTransferMechanisms, which are listed themselves.
    const covered = new Set<string>(['safeguards']);
    const newlyOutside = outsideUkEea(changeOf(changes, 'storageCountries')?.added ?? []);
    if (newlyOutside.length) {
      add(say.nowStoredOutside(q(name), countries(newlyOutside)), `new-transfer-outside-uk-eea|processors.${slug}.storageCountries`);
      covered.add('storageCountries');
    }
    const weaker = (classification ?? classify(diff)).reasons.some(
      (reason) => reason.rule === 'weaker-safeguard' && reason.path === `processors.${slug}.transferMechanism`,
    );
    const safeguards = changeOf(changes, 'safeguards');
    if (weaker && safeguards) {
      const named = (mechanisms: unknown) =>
        ((mechanisms as string[]) ?? []).map((mechanism) => mechanismInWords(mechanism, locale)).join(' + ');
      add(
        say.weakerSafeguard(q(name), named(safeguards.from), named(safeguards.to)),
        `weaker-safeguard|processors.${slug}.transferMechanism`,
      );
      ['safeguards', 'transferMechanism', 'additionalTransferMechanisms'].forEach((field) => covered.add(field));
    }
    const rest = changes.filter((change) => !covered.has(change.field));
    if (rest.length) add(say.changesTo(q(name), fieldsInWords('processor', rest)));
  }
  for (const claim of diff.legalBases.added)
    add(say.newLegalBasis(section(claim.section), basis(claim)), `new-legal-basis|sections.${claim.section}.legalBases.${claim.code}`);
  for (const { slug, name, changes } of diff.retentionRules.changed) {
    const period = changeOf(changes, 'period');
    const longer = period && periodDays(period.to as string | null) > periodDays(period.from as string | null);
    if (period && longer) {
      add(
        say.keptLonger(q(name), durationInWords(period.from as string | null, locale), durationInWords(period.to as string | null, locale)),
        `longer-retention|retentionRules.${slug}.period`,
      );
    }
    const rest = changes.filter((change) => !(longer && change.field === 'period'));
    if (rest.length) add(say.changesTo(q(name), fieldsInWords('retentionRule', rest)));
  }
  for (const right of diff.rights.removed) add(say.rightNoLongerStated(rightInWords(right, locale)), 'removed-right|rights');

  for (const removed of diff.sections.removed) add(say.sectionRemoved(q(removed.title)));
  for (const reworded of diff.sections.reworded) add(say.sectionReworded(q(reworded.name)));
  for (const processor of diff.processors.removed) add(say.recipientRemoved(q(processor.name)));
  for (const claim of diff.legalBases.removed) add(say.legalBasisDropped(section(claim.section), basis(claim)));
  for (const claim of diff.legalBases.changed)
    add(say.changesTo(`${basis(claim)} (${section(claim.section)})`, fieldsInWords('legalBasis', claim.changes)));
  for (const rule of diff.retentionRules.added) add(say.ruleAdded(q(rule.name), rule.period ? durationInWords(rule.period, locale) : null));
  for (const rule of diff.retentionRules.removed) add(say.ruleRemoved(q(rule.name)));
  for (const right of diff.rights.added) add(say.rightNowStated(rightInWords(right, locale)));
  if (diff.policy.length) add(say.policyDetailsChanged(fieldsInWords('policy', diff.policy)));

  const reasons = (classification ?? classify(diff)).reasons.map((reason) => `${reason.rule}|${reason.path}`);
  const rank = (line: Line) => (line.reason && reasons.includes(line.reason) ? reasons.indexOf(line.reason) : reasons.length);
  const ordered = lines.map((line, index) => ({ line, index })).sort((a, b) => rank(a.line) - rank(b.line) || a.index - b.index);
  const unique = [...new Set(ordered.map(({ line }) => line.text))];
  return unique.length > limit ? [...unique.slice(0, limit), say.more(unique.length - limit)] : unique;
};
