import type { PolicySnapshot, ProcessorSnapshot } from '../domain/snapshot';
import { DATA_SUBJECT_RIGHTS } from '../domain/enums';
import { eachSection } from '../domain/processing-activities';
import { inForce, type ApplicableLaw } from '../law/regimes';
import type { Markup } from './labels';
import { isSafeLinkTarget } from './sanitise';
import {
  cite,
  citeIn,
  citeRight,
  countryIn,
  hasAutomatedDecisionSafeguards,
  isOutside,
  legalBasisName,
  listIn,
  mechanismName,
  periodIn,
  PLAIN,
  purposeOf,
  Reader,
  rightArticle,
  rightName,
  safeguardsOf,
  shortSource,
} from './reader';

/**
 * The first layer of the notice (Article 29 Working Party, Guidelines on transparency WP260 rev.01, paras
 * 35–36, endorsed by the EDPB): who we are, what we collect, why, who receives it, transfers, how long,
 * your rights and how to complain, built only from the policy's structured facts. A fact the policy does not
 * state leaves its part empty; nothing is guessed. The full notice follows it in every rendering.
 */

export interface FirstLayerTransfer {
  /** The recipient, or null for the controller's own storage abroad. */
  recipient: string | null;
  countries: string[];
  safeguards: string[];
  /** GDPR / UK GDPR Arts. 13(1)(f) and 14(1)(f): how to obtain a copy of the safeguard. */
  safeguardCopy: string | null;
}

export interface SupervisoryAuthority {
  name: string;
  url: string | null;
  /** The DPV term of the authority, where the vocabulary has one (legal-gb:DPA-GB for the ICO). */
  dpv: string | null;
  /** The right to complain to it: Art. 77 of the regime(s) it serves. */
  citation: string;
}

export interface FirstLayer {
  law: { id: ApplicableLaw; name: string; statement: string };
  controller: { name: string | null; contacts: { field: string; label: string; value: string }[] } | null;
  dataCollected: string[];
  purposes: { purpose: string; dpvPurpose: string | null; legalBases: string[] }[];
  recipients: string[];
  transfers: {
    /** "the United Kingdom", "the European Economic Area (EEA)": outside it, data is transferred. */
    territory: string;
    items: FirstLayerTransfer[];
    /** True only when every recipient states where it stores data and none of it is outside the territory. */
    noneOutside: boolean;
  };
  retention: { slug: string; dataCategory: string; period: string | null; periodText: string }[];
  rights: { right: string; name: string; citation: string; anchor: string }[];
  complaints: {
    /** DPA 2018 s.164A (UK, from 19 June 2026): the controller handles complaints first. */
    toController: { citation: string } | null;
    authorities: SupervisoryAuthority[];
    /** No authority is named and an EU regime applies: any EEA authority (GDPR Art. 77(1)). */
    anyEeaAuthority: boolean;
    citation: string;
    sentences: string[];
  };
}

export interface RightExplained {
  right: string;
  name: string;
  citation: string;
  anchor: string;
  meaning: string;
  limits: string | null;
}

export interface RightsExplained {
  howToAsk: string;
  identity: string;
  timeLimit: string;
  free: string;
  rights: RightExplained[];
}

/** Where the default authority of a regime takes complaints. */
const AUTHORITY_URLS: Record<string, string> = { 'legal-gb:DPA-GB': 'https://ico.org.uk/make-a-complaint/' };
/** How a controller's own naming of an authority is recognised as a DPV one. */
const AUTHORITY_NAMES: Record<string, RegExp> = { 'legal-gb:DPA-GB': /information commissioner|\bICO\b/i };

export const rightAnchor = (right: string) => `notice-right-${right}`;
export const FIRST_LAYER_ANCHOR = 'notice-at-a-glance';
export const RIGHTS_ANCHOR = 'notice-rights-explained';

const uniqueWords = (items: string[]) => {
  const seen = new Set<string>();
  return items
    .map((item) => item.trim())
    .filter((item) => {
      const key = item.toLowerCase();
      if (!item || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

const recipientsOf = (snapshot: PolicySnapshot) => snapshot.processors.filter((processor) => processor.role !== 'source');

const CONTACT_FIELDS = ['email', 'phone', 'postalAddress', 'website', 'dpoName', 'dpoEmail'];

const oneLine = (value: string) => value.replace(/\s*\n\s*/g, ', ');

/** The ways to reach the controller, as "by email to …", "by telephone on …", joined with "or". */
export const contactRoutes = (reader: Reader, controller: PolicySnapshot['policy']['controller'], { text, link }: Markup) => {
  const { contact } = reader.words;
  const routes = [
    controller?.email ? contact.email(link(`mailto:${controller.email}`, controller.email)) : '',
    controller?.phone ? contact.phone(text(controller.phone)) : '',
    controller?.postalAddress ? contact.post(text(oneLine(controller.postalAddress))) : '',
    controller?.dpoEmail ? contact.dpo(link(`mailto:${controller.dpoEmail}`, controller.dpoEmail)) : '',
  ].filter(Boolean);
  return routes.length ? listIn(reader, routes, 'disjunction') : null;
};

const purposes = (reader: Reader, snapshot: PolicySnapshot): FirstLayer['purposes'] => {
  const found = new Map<string, FirstLayer['purposes'][number]>();
  for (const { section } of eachSection(snapshot)) {
    if (section.category === 'summary') continue;
    for (const claim of section.legalBases) {
      // A claim with no purpose of its own serves its section: the title says what that is.
      const purpose = (purposeOf(reader, claim) ?? section.title).trim();
      const key = purpose.toLowerCase();
      const entry = found.get(key) ?? { purpose, dpvPurpose: null, legalBases: [] };
      entry.dpvPurpose ??= claim.dpvPurpose ?? null;
      const basis = legalBasisName(reader, claim);
      if (basis && !entry.legalBases.includes(basis)) entry.legalBases.push(basis);
      found.set(key, entry);
    }
  }
  return [...found.values()];
};

/** The safeguards stated for a recipient, or the adequacy its countries enjoy in every regime they are outside of. */
const safeguardNames = (reader: Reader, processor: ProcessorSnapshot, outside: string[]) => {
  const stated = safeguardsOf(processor);
  if (stated.length) return stated.map((mechanism) => mechanismName(reader, mechanism));
  const adequate =
    outside.length > 0 &&
    outside.every((code) =>
      reader.regimes.every((regime) => {
        if (regime.isInside(code)) return true;
        const adequacy = regime.adequacyFor(code);
        // An adequacy that covers only certified recipients (the Data Privacy Framework) must be stated to count.
        return Boolean(adequacy && !adequacy.mechanism);
      }),
    );
  return adequate ? [mechanismName(reader, 'adequacy-decision')] : [];
};

const transfers = (reader: Reader, snapshot: PolicySnapshot): FirstLayer['transfers'] => {
  const recipients = recipientsOf(snapshot);
  const items: FirstLayerTransfer[] = [];
  for (const processor of recipients) {
    const outside = processor.storageCountries.filter((country) => isOutside(reader, country.code));
    if (!outside.length) continue;
    items.push({
      recipient: processor.name,
      countries: outside.map((country) => countryIn(reader, country)),
      safeguards: safeguardNames(
        reader,
        processor,
        outside.map((country) => country.code),
      ),
      safeguardCopy: processor.safeguardCopy ?? null,
    });
  }
  const ownStorage = new Map<string, string>();
  for (const { section } of eachSection(snapshot))
    for (const country of section.storageCountries)
      if (isOutside(reader, country.code)) ownStorage.set(country.code, countryIn(reader, country));
  if (ownStorage.size) items.push({ recipient: null, countries: [...ownStorage.values()], safeguards: [], safeguardCopy: null });
  const everyStorageStated = recipients.every((processor) => processor.storageCountries.length > 0);
  const anyStorageStated = recipients.length > 0 || eachSection(snapshot).some(({ section }) => section.storageCountries.length > 0);
  return { territory: reader.territory, items, noneOutside: !items.length && everyStorageStated && anyStorageStated };
};

const statedRights = (snapshot: PolicySnapshot) => {
  const stated = new Set(eachSection(snapshot).flatMap(({ section }) => section.rights));
  return [
    ...DATA_SUBJECT_RIGHTS.filter((right) => stated.has(right)),
    ...[...stated].filter((right) => !DATA_SUBJECT_RIGHTS.includes(right as any)),
  ];
};

const authoritiesOf = (reader: Reader, controller: PolicySnapshot['policy']['controller']): SupervisoryAuthority[] => {
  const named = controller?.supervisoryAuthority;
  if (named) {
    const term = reader.regimes
      .map((regime) => regime.dpv.authority)
      .find((authority) => authority && AUTHORITY_NAMES[authority]?.test(named));
    // A link a reader may follow: a scripting address the editor typed is dropped.
    const url =
      controller?.supervisoryAuthorityUrl && isSafeLinkTarget(controller.supervisoryAuthorityUrl)
        ? controller.supervisoryAuthorityUrl
        : null;
    return [{ name: named, url, dpv: term ?? null, citation: cite(reader, '77') }];
  }
  return reader.regimes.flatMap((regime) => {
    const term = regime.dpv.authority;
    return term
      ? [
          {
            name: reader.words.authorities[term] ?? term,
            url: AUTHORITY_URLS[term] ?? null,
            dpv: term,
            citation: citeIn(reader, regime, '77'),
          },
        ]
      : [];
  });
};

/** How to complain, as sentences: to the controller first where the law gives that route, then to the authority. */
export const complaintSentences = (
  reader: Reader,
  snapshot: PolicySnapshot,
  complaints: Omit<FirstLayer['complaints'], 'sentences'>,
  markup: Markup,
) => {
  const { complaints: words } = reader.words;
  const controllerFirst = complaints.toController
    ? words.toController(contactRoutes(reader, snapshot.policy.controller, markup), markup.text(complaints.toController.citation))
    : '';
  const also = Boolean(controllerFirst);
  return [
    controllerFirst,
    ...complaints.authorities.map((authority) =>
      words.toAuthority(
        authority.url ? markup.link(authority.url, authority.name) : markup.text(authority.name),
        markup.text(authority.citation),
        also,
      ),
    ),
    complaints.anyEeaAuthority
      ? words.toAnyEeaAuthority(
          markup.text(
            reader.regimes
              .filter((regime) => !regime.dpv.authority)
              .map((regime) => citeIn(reader, regime, '77'))
              .join('; '),
          ),
          also || complaints.authorities.length > 0,
        )
      : '',
  ].filter(Boolean);
};

export const firstLayer = (reader: Reader, snapshot: PolicySnapshot): FirstLayer => {
  const { controller } = snapshot.policy;
  const controllerPart = controller
    ? {
        name: controller.name ?? null,
        contacts: CONTACT_FIELDS.filter((field) => controller[field]).map((field) => ({
          field,
          label: reader.names.controller[field] ?? field,
          value: oneLine(controller[field] as string),
        })),
      }
    : null;

  const controllerRoute = reader.regimes.filter(
    (regime) => regime.complaintsToController && inForce(regime.complaintsToController, reader.lawDate),
  );
  const complaints = {
    toController: controllerRoute.length
      ? { citation: controllerRoute.map((regime) => shortSource(regime.complaintsToController!.source)).join('; ') }
      : null,
    authorities: authoritiesOf(reader, controller),
    anyEeaAuthority: !controller?.supervisoryAuthority && reader.regimes.some((regime) => !regime.dpv.authority),
    citation: cite(reader, '77'),
  };

  return {
    law: { id: reader.law, name: reader.lawName, statement: reader.words.lawStatement(reader.lawName) },
    controller: controllerPart,
    dataCollected: uniqueWords(eachSection(snapshot).flatMap(({ section }) => section.dataCollected)),
    purposes: purposes(reader, snapshot),
    recipients: uniqueWords(recipientsOf(snapshot).map((processor) => processor.name)),
    transfers: transfers(reader, snapshot),
    retention: snapshot.retentionRules.map((rule) => ({
      slug: rule.slug,
      dataCategory: rule.dataCategory,
      period: rule.period,
      periodText:
        periodIn(reader, rule) ?? rule.triggerDescription ?? (rule.criteria.length ? rule.criteria.join('; ') : reader.names.noFixedPeriod),
    })),
    rights: statedRights(snapshot).map((right) => ({
      right,
      name: rightName(reader, right),
      citation: citeRight(reader, right),
      anchor: rightAnchor(right),
    })),
    complaints: { ...complaints, sentences: complaintSentences(reader, snapshot, complaints, PLAIN) },
  };
};

/** What a right means and its limits; for automated decisions, per regime where the regimes differ. */
const rightWords = (reader: Reader, right: string) => {
  const { rights, automatedDecisionSafeguards } = reader.words.rightsExplained;
  if (right !== 'automated-decision') return rights[right] ?? null;
  const variants = reader.regimes.map((regime) => ({
    regime,
    words: hasAutomatedDecisionSafeguards(reader, regime) ? automatedDecisionSafeguards : rights[right],
  }));
  if (variants.every((variant) => variant.words === variants[0].words)) return variants[0].words;
  const per = (pick: (words: (typeof variants)[number]['words']) => string | null) =>
    variants
      .map(({ regime, words }) =>
        pick(words) ? `${citeIn(reader, regime, rightArticle(reader, regime, right)!)}${reader.words.colon}${pick(words)}` : '',
      )
      .filter(Boolean)
      .join(' ');
  return { meaning: per((words) => words.meaning), limits: per((words) => words.limits) || null };
};

/**
 * Each right the policy states, in plain words: what it means, its main limits, and (once for all) how to
 * ask, that it is free and that the answer comes within one month (GDPR / UK GDPR Art. 12).
 */
export const rightsExplained = (reader: Reader, snapshot: PolicySnapshot, markup: Markup = PLAIN): RightsExplained => {
  const words = reader.words.rightsExplained;
  return {
    howToAsk: words.howToAsk(contactRoutes(reader, snapshot.policy.controller, markup)),
    identity: words.identity(markup.text(cite(reader, '12(6)'))),
    timeLimit: words.timeLimit(markup.text(cite(reader, '12(3)'))),
    free: words.free(markup.text(cite(reader, '12(5)'))),
    rights: statedRights(snapshot).flatMap((right) => {
      const explained = rightWords(reader, right);
      return explained
        ? [{ right, name: rightName(reader, right), citation: citeRight(reader, right), anchor: rightAnchor(right), ...explained }]
        : [];
    }),
  };
};
