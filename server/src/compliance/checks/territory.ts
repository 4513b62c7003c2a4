import type { CountrySnapshot } from '../../domain/snapshot';
import { EEA_COUNTRIES } from '../../domain/regions';
import { BREXIT, legalDate } from '../../law/regimes';
import type { CheckContext, ComplianceCheck, FindingTarget } from '../findings';
import { finding, policyTarget, processorTarget, sectionTarget } from '../findings';
import { allSections, sentencesOf } from './shared';

/**
 * uk-described-in-eea: the United Kingdom left the European Union on 31 January 2020 and has been outside the
 * European Economic Area since the transition period ended on 31 December 2020 (data/brexit.json). A notice that
 * places UK storage "within the EEA" misstates where the data is and which law protects it (Art. 5(1)(a)); under
 * the EU GDPR it also hides a transfer to a third country that Art. 13(1)(f) requires the notice to state.
 */

/** Word edges that know accented letters ("à", "Écosse"), which `\b` does not. */
const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** The EEA or the EU, as an English, French or German notice names it. */
const EEA = String.raw`(?:(?:the\s+)?(?:European\s+Economic\s+Area|EEA|European\s+Union|EU)(?:\s*\((?:EEA|EU)\))?|(?:l['’]\s*)?(?:Espace\s+économique\s+européen|EEE|Union\s+européenne|UE)(?:\s*\((?:EEE|UE)\))?|(?:d(?:e[mnrs]|er|as)\s+)?(?:Europäischen\s+Wirtschaftsraums?|EWR|Europäischen\s+Union|EU)(?:\s*\((?:EWR|EU)\))?)${E}`;
/** The United Kingdom or one of its nations; not the ".uk" of a web address. */
const UK = String.raw`${W}(?:(?:the|le|au|du|das|de[mnrs]|im)\s+)?(?:United\s+Kingdom|(?<![./@-])U\.?K\.?(?![\p{L}\p{N}/-])|Great\s+Britain|Britain|England|Scotland|Wales|Northern\s+Ireland|Royaume-Uni|Grande-Bretagne|Angleterre|Écosse|Vereinigte[nms]?\s+Königreichs?|Großbritannien|Schottland)`;
/** "Within the EEA" and its French and German forms. */
const INSIDE = String.raw`${W}(?:within|inside|in|au\s+sein\s+de|dans|à\s+l['’]intérieur\s+de|innerhalb|im)\s+${EEA}`;
/** Words that join two places or turn a phrase away from the UK: "in the EEA and the UK", "outside". */
const JOINS = String.raw`${W}(?:and|or|as\s+well\s+as|plus|but|outside|beyond|et|ou|mais|ainsi\s+que|hors|und|oder|sowie|aber|außerhalb)${E}`;
const GAP = (length: number) => String.raw`(?:(?!${JOINS})[^.;!?]){0,${length}}?`;
const pattern = (source: string) => new RegExp(source, 'iu');

const DESCRIPTIONS: RegExp[] = [
  // "stored within the EEA, on servers in the United Kingdom" (not a list of places: "in the EEA, in the UK", "in the EU, the UK and the US").
  pattern(String.raw`${INSIDE}(?!\s*,\s*(?:(?:in|within|inside|dans|au|im)\s|${UK}))${GAP(80)}${UK}`),
  // "servers in the United Kingdom, within the EEA" / "in the UK (inside the EU)".
  pattern(String.raw`${UK}\s*[,(–-]?\s*${W}(?:within|inside|au\s+sein\s+de|à\s+l['’]intérieur\s+de|innerhalb)\s+${EEA}`),
  // "the UK is part of / a member of / in the EU"; "le Royaume-Uni fait partie de l'UE"; "das Vereinigte Königreich ist Teil der EU".
  pattern(
    String.raw`${UK}\s*,?\s*(?:(?:which|that|qui)\s+)?(?:is|are|being|as|remains|est|fait|ist|gehört)\s+(?:(?:still|also|toujours|aussi|noch|auch)\s+)?(?:(?:a\s+|an\s+)?(?:part|member(?:\s+state)?|member\s+country)\s+of|in|within|inside|partie\s+de|membre\s+de|dans|au\s+sein\s+de|(?:ein\s+)?(?:Teil|Mitglied(?:staat)?)|zu[mr]?|innerhalb)\s+${EEA}`,
  ),
  // "the UK or another EEA country", "the UK and other EU member states", "le Royaume-Uni et les autres pays de l'EEE".
  pattern(
    String.raw`${UK}[\s,]+(?:and|or|et|ou|und|oder)\s+(?:(?:in|dans)\s+)?(?:(?:any|the|an?|les|un|une|tout|einem)\s+)?(?:other|another|autres?|anderen?)\s+(?:(?:pays|États?(?:\s+membres?)?)\s+(?:de\s+)?)?${EEA}`,
  ),
  pattern(String.raw`${UK}[\s,]+(?:and|or)\s+elsewhere\s+(?:in|within)\s+${EEA}`),
  // "EEA countries such as the UK", "the EEA (including the United Kingdom)".
  pattern(
    String.raw`${W}${EEA}\s*(?:countries|states|member\s+states|pays|États(?:\s+membres)?|Staaten|Länder)?\s*[,(]?\s*(?:such\s+as|including|like|e\.g\.|for\s+example|notamment|y\s+compris|comme|wie|einschließlich|etwa)\s+${UK}`,
  ),
];

/** A place inside the EEA or EU, said with no place after it: "Within the European Economic Area". */
const INSIDE_ALONE = pattern(INSIDE);
const NAMES_UK = pattern(UK);
/** An EEA phrase turned away: "outside the EEA", "non-EEA", "hors de l'UE", "außerhalb des EWR". */
const OUTSIDE = pattern(String.raw`${W}(?:outside|beyond|non[\s-]|third|hors|en\s+dehors|extérieur|außerhalb|Drittland)`);
/** A sentence in the past or the negative: the UK's membership as history, or denied. */
const HISTORY_OR_DENIAL = pattern(
  String.raw`${W}(?:was|were|had\s+been|used\s+to|formerly|previously|until|before|prior\s+to|no\s+longer|not|never|left|leaving|withdr[ae]w\p{L}*|brexit|ceased|former|since\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d|n['’]est\s+(?:plus|pas)|ne\s+fait\s+(?:plus|pas)|a\s+quitté|avant|ancien\p{L}*|était|faisait|nicht|kein\p{L}*|war|waren|bis\s+(?:zum|Ende)|ehemal\p{L}*|früher|ausgetreten|Austritt)${E}|${W}jusqu['’]`,
);

/** The first sentence of a text that describes the UK as inside the EEA or EU. */
const describesUkInEea = (text: string | null | undefined, storesOnlyInUk: boolean): string | null =>
  sentencesOf(text).find((sentence) => {
    if (HISTORY_OR_DENIAL.test(sentence)) return false;
    const described = DESCRIPTIONS.map((pattern) => pattern.exec(sentence)).find(Boolean);
    if (described) {
      const before = sentence.slice(Math.max(0, described.index - 25), described.index + 1);
      return !OUTSIDE.test(before);
    }
    // A storage text of an item stored in the UK only: "Within the EEA" can only be about the UK.
    if (!storesOnlyInUk || NAMES_UK.test(sentence)) return false;
    const inside = INSIDE_ALONE.exec(sentence);
    return Boolean(inside && !OUTSIDE.test(sentence.slice(Math.max(0, inside.index - 25), inside.index + 1)));
  }) ?? null;

const storesInUk = (countries: CountrySnapshot[]) => countries.some((country) => country.code === 'GB');
const storesOnlyInUk = (countries: CountrySnapshot[]) =>
  storesInUk(countries) && !countries.some((country) => EEA_COUNTRIES.has(country.code));

interface Item {
  label: string;
  countries: CountrySnapshot[];
  /** Texts in order; `storage` marks the ones that say where the item stores data. */
  texts: { field: string; text: string | null | undefined; storage: boolean }[];
  target: (field: string) => FindingTarget;
}

const itemsOf = (snapshot: Parameters<ComplianceCheck['run']>[0]): Item[] => [
  {
    label: `The introduction of policy "${snapshot.policy.title}"`,
    countries: [],
    texts: [{ field: 'introduction', text: snapshot.policy.introduction, storage: false }],
    target: (field) => policyTarget(snapshot, field),
  },
  ...snapshot.processors.map((processor) => ({
    label: `Processor "${processor.name}"`,
    countries: processor.storageCountries,
    texts: [
      { field: 'storageDescription', text: processor.storageDescription, storage: true },
      { field: 'transferNotes', text: processor.transferNotes, storage: false },
      { field: 'purpose', text: processor.purpose, storage: false },
    ],
    target: (field: string) => processorTarget(processor, field),
  })),
  ...allSections(snapshot).map((section) => ({
    label: `Section "${section.title}"`,
    countries: section.storageCountries,
    texts: [
      { field: 'storageLocation', text: section.storageLocation, storage: true },
      { field: 'body', text: section.body, storage: false },
    ],
    target: (field: string) => sectionTarget(section, field),
  })),
];

/** Under a regime whose territory the UK is outside, for a controller not established there, UK storage is a transfer. */
const transferUnderSomeRegime = ({ regimes, establishment }: CheckContext) =>
  regimes.some((regime) => !regime.isInside('GB') && establishment !== 'GB');

const HISTORY = `the United Kingdom left the European Union on ${legalDate(BREXIT.leftEu.date)} and has been outside the European Economic Area since the transition period ended on ${legalDate(BREXIT.leftEea.date)}`;

export const ukDescribedInEea: ComplianceCheck = {
  id: 'uk-described-in-eea',
  source: (regime) => `${regime.article('Arts. 5(1)(a) and 13(1)(f)')}; Withdrawal Agreement Arts. 126 and 129`,
  title: 'The United Kingdom is not described as inside the EEA or the EU',
  appliesTo: 'any',
  run(snapshot, context) {
    return itemsOf(snapshot).flatMap((item) => {
      const only = storesOnlyInUk(item.countries);
      const found = item.texts
        .map(({ field, text, storage }) => ({ field, sentence: describesUkInEea(text, storage && only) }))
        .find(({ sentence }) => sentence);
      if (!found) return [];
      const hidesTransfer = storesInUk(item.countries) && transferUnderSomeRegime(context);
      return [
        finding(ukDescribedInEea, {
          severity: hidesTransfer ? 'error' : 'warning',
          regimes: context.regimes,
          target: item.target(found.field),
          message:
            `${item.label} describes the United Kingdom as inside the European Economic Area or the European Union ("${found.sentence}"), but ${HISTORY}.` +
            (hidesTransfer
              ? ' Under the GDPR storing data there is a transfer to a third country, which the notice must state with its adequacy decision (Art. 13(1)(f)).'
              : ''),
          fix: hidesTransfer
            ? 'Say the data is stored in the United Kingdom, outside the EEA, and name the adequacy decision the transfer relies on.'
            : 'Say the data is stored in the United Kingdom, without placing it in the EEA or the EU.',
        }),
      ];
    });
  },
};
