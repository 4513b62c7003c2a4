import type { ProcessorSnapshot, SectionSnapshot } from '../../domain/snapshot';
import {
  provisionMeaning,
  provisionsFor,
  REGIMES,
  type Regime,
  type RegimeId,
  TRANSFER_TOOL_KINDS,
  type TransferToolKind,
} from '../../law/regimes';
import type { ComplianceCheck, ComplianceFinding, FindingTarget } from '../findings';
import { finding, processorTarget, sectionTarget } from '../findings';
import { allSections, sentencesOf } from './shared';

/**
 * transfer-safeguard-article: the article a notice cites for a transfer safeguard is the one that provides for
 * that safeguard (data/transfer-provisions.json): the Commission's standard contractual clauses are Art. 46(2)(c),
 * binding corporate rules Arts. 46(2)(b) and 47, codes of conduct Arts. 46(2)(e) and 40, certification Arts. 46(2)(f)
 * and 42, adequacy Art. 45, derogations Art. 49; for UK exports the IDTA and the UK Addendum, issued by the ICO
 * under DPA 2018 s.119A, are UK GDPR Art. 46(2)(d). Art. 13(1)(f) and 14(1)(f) ask for a reference to the
 * safeguard; a reference to the wrong one misinforms the reader (Art. 5(1)(a)).
 */

/** How a notice names each kind of tool, in English, French and German. */
const TOOL_NAMES: Record<TransferToolKind, RegExp> = {
  scc: /\bstandard (?:data protection |contractual |contract )?clauses\b|\bmodel (?:contract(?:ual)? )?clauses\b|\bSCCs?\b|clauses contractuelles types|clauses types|Standard(?:vertrags|datenschutz)?klauseln/i,
  'authority-clauses':
    /(?:standard (?:data protection )?clauses|clauses types(?: de protection des données)?) adopt\w* par une autorité de contrôle|standard (?:data protection )?clauses adopted by (?:a|the) supervisory authority|von einer Aufsichtsbehörde angenommene\w* Standarddatenschutzklauseln/i,
  idta: /international data transfer (?:agreement|addendum)|\bIDTA\b|\bUK[\s-]Addendum\b|addendum (?:du Royaume-Uni|britannique)/i,
  bcr: /binding corporate rules|\bBCRs?\b|règles d.entreprise contraignantes|verbindliche\w* interne\w* Datenschutzvorschriften/i,
  'code-of-conduct': /codes? of conduct|codes? de conduite|Verhaltensregeln/i,
  certification: /\bcertification\b|Zertifizierung/i,
  'ad-hoc-clauses':
    /ad[\s-]hoc (?:contractual )?clauses|contractual clauses authori[sz]ed|clauses contractuelles (?:ad hoc|autorisées)|genehmigte\w* Vertragsklauseln/i,
  adequacy:
    /adequa(?:cy|te)|data privacy framework|\bDPF\b|data bridge|privacy shield|adéquation|bouclier de protection|Angemessenheit|Datenschutzrahmen|Datenschutzschild/i,
  derogation:
    /explicit(?:ly)? consent|consentement explicite|ausdrückliche\w* Einwilligung|\bderogations?\b|dérogations?|Ausnahmen? für bestimmte Fälle/i,
};

const kindsNamedIn = (text: string): TransferToolKind[] =>
  (Object.keys(TOOL_NAMES) as TransferToolKind[]).filter((kind) => TOOL_NAMES[kind].test(text));

/** The kinds of the tools selected on a processor. */
const kindsSelected = (processors: ProcessorSnapshot[]): TransferToolKind[] => {
  const mechanisms = processors.flatMap((processor) => [processor.transferMechanism, ...processor.additionalTransferMechanisms]);
  return (Object.keys(TRANSFER_TOOL_KINDS) as TransferToolKind[]).filter((kind) =>
    TRANSFER_TOOL_KINDS[kind].mechanisms.some((mechanism) => mechanisms.includes(mechanism)),
  );
};

export interface Citation {
  /** Normalised: "46(2)(b)", "47", "49(1)(a)". */
  provision: string;
  /** The text as written, e.g. "Art. 46(2)(b) GDPR". */
  text: string;
  /** The regime whose text it cites, when the notice says ("UK GDPR", "GDPR", "RGPD", "DSGVO"). */
  law: RegimeId | null;
}

const ARTICLE =
  /\b(?:art(?:icles?|ikel|s)?\.?|article)\s*(\d{1,3})((?:\s*\(\s*\d+\s*\)|\s*\(\s*[a-z]\s*\)|,?\s*(?:abs\.?|para(?:graph|graphe)?\.?|§)\s*\d+|,?\s*(?:lit\.?|buchst\.?|point|sous|letter)\s*\(?[a-z]\)(?!\w)|,?\s*(?:lit\.?|buchst\.?|point|sous|letter)\s*[a-z]\b|\.\d+(?=[.\s(]|$)|\.[a-g]\b)*)/gi;
/** A further article in a list: "Arts. 46(2)(b) and 47". */
const FURTHER = /^\s*(?:,|and|or|et|ou|und|oder)\s*(\d{1,3})((?:\s*\(\s*\d+\s*\)|\s*\(\s*[a-z]\s*\))*)/i;
const PART =
  /\(\s*(\d+)\s*\)|\(\s*([a-z])\s*\)|(?:abs\.?|para(?:graph|graphe)?\.?|§)\s*(\d+)|(?:lit\.?|buchst\.?|point|sous|letter)\s*\(?([a-z])\b|\.(\d+)|\.([a-g])\b/gi;

const normalise = (article: string, tail: string) => {
  let paragraph: string | null = null;
  let point: string | null = null;
  for (const part of tail.matchAll(PART)) {
    const number = part[1] ?? part[3] ?? part[5];
    const letter = part[2] ?? part[4] ?? part[6];
    if (number && paragraph === null && point === null) paragraph = number;
    else if (letter && point === null) point = letter.toLowerCase();
  }
  return `${article}${paragraph ? `(${paragraph})` : ''}${paragraph && point ? `(${point})` : ''}`;
};

const UK_LAW =
  /\bU\.?K\.?[\s-](?:GDPR|DSGVO|RGPD|General Data Protection Regulation)|United Kingdom General Data Protection Regulation|RGPD (?:britannique|du Royaume-Uni)/i;
const EU_LAW =
  /\bGDPR\b|General Data Protection Regulation|\bRGPD\b|\bDSGVO\b|2016\/679|Datenschutz-Grundverordnung|règlement général sur la protection des données/i;

const lawAround = (text: string, start: number, end: number): RegimeId | null => {
  const after = text.slice(end, end + 50).split(/\bart(?:icle|ikel)?s?\b\.?/i)[0];
  const window = `${text.slice(Math.max(0, start - 12), start)} ${after}`;
  if (UK_LAW.test(window)) return 'uk-gdpr';
  if (EU_LAW.test(window)) return 'eu-gdpr';
  return null;
};

/** The articles a text cites, normalised ("Art. 46 Abs. 2 lit. b DSGVO" → "46(2)(b)"). */
export const citationsIn = (text: string): Citation[] =>
  [...text.matchAll(ARTICLE)].flatMap((match) => {
    const start = match.index!;
    let end = start + match[0].length;
    const cited = [{ article: match[1], tail: match[2], text: match[0].trim() }];
    for (let further = FURTHER.exec(text.slice(end)); further; further = FURTHER.exec(text.slice(end))) {
      cited.push({ article: further[1], tail: further[2], text: further[0].replace(/^\s*(?:,|and|or|et|ou|und|oder)\s*/i, '') });
      end += further[0].length;
    }
    const law = lawAround(text, start, end);
    return cited.map(({ article, tail, text: written }) => ({ provision: normalise(article, tail), text: written, law }));
  });

/** Citations of the transfer chapter specific enough to name one tool: Arts. 40, 42, 45, 46(2)(x), 46(3)(x), 47 and 49. */
const JUDGED = /^(?:40|42|45|47|49)(?:\(|$)|^46\((?:2\)\([a-f]|3\)\([ab])\)$/;

const fitsKey = (provision: string, key: string) => provision === key || provision.startsWith(`${key}(`);

/** The regimes whose text the citation may be read in: the one it names, or either. */
const lawsOf = (citation: Citation): RegimeId[] => (citation.law ? [citation.law] : ['eu-gdpr', 'uk-gdpr']);

const fits = (citation: Citation, kinds: TransferToolKind[]) =>
  lawsOf(citation).some((law) => kinds.some((kind) => provisionsFor(law, kind).some((key) => fitsKey(citation.provision, key))));

export interface Miscitation {
  citation: Citation;
  /** The tools the sentence (or else the item) names, which the citation does not provide for. */
  kinds: TransferToolKind[];
  sentence: string;
  /** Which of the texts it is in. */
  index: number;
}

/**
 * The citations in an item's texts that provide for none of the tools the item names: in the same sentence, or,
 * when the sentence names none, anywhere in the item; together with the tools selected on it (which may come
 * from its processors). A sentence citing an article next to no tool at all, in an item naming none, is not judged.
 */
export const miscitations = (texts: string[], selected: TransferToolKind[]): Miscitation[] => {
  const inItem = [...new Set([...kindsNamedIn(texts.join('\n')), ...selected])];
  return texts.flatMap((text, index) =>
    sentencesOf(text).flatMap((sentence) => {
      const named = kindsNamedIn(sentence);
      const candidates = named.length ? [...new Set([...named, ...selected])] : inItem;
      if (candidates.length === 0) return [];
      return citationsIn(sentence)
        .filter((citation) => JUDGED.test(citation.provision) && !fits(citation, candidates))
        .map((citation) => ({ citation, kinds: named.length ? named : inItem, sentence, index }));
    }),
  );
};

const articleIn = (law: RegimeId, provision: string) => REGIMES[law].article(`Art. ${provision}`);

/** What the cited article provides for, and which articles provide for the tools named instead. */
const explain = ({ citation, kinds }: Miscitation, regimes: Regime[]) => {
  const law = citation.law ?? regimes[0].id;
  const cited = articleIn(law, citation.provision);
  const meaning = provisionMeaning(law, citation.provision) ?? provisionMeaning(law, citation.provision.replace(/\(.*$/, ''));
  const provided = kinds.filter((kind) => provisionsFor(law, kind).length > 0);
  const named = kinds.map((kind) => TRANSFER_TOOL_KINDS[kind].label).join(' and ');
  const right = provided
    .map((kind) => `the article for ${TRANSFER_TOOL_KINDS[kind].label} is ${articleIn(law, provisionsFor(law, kind)[0])}`)
    .join('; ');
  return { cited, named, meaning, right };
};

/** The sentence, or the part of a long one around the citation. */
const quote = (sentence: string, citation: Citation) => {
  const text = sentence.replace(/[;.]$/, '');
  if (text.length <= 160) return text;
  const at = Math.max(0, text.indexOf(citation.text));
  const start = at > 100 ? text.indexOf(' ', at - 100) + 1 : 0;
  const end = Math.min(text.length, at + citation.text.length + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
};

interface Item {
  label: string;
  texts: { field: string; text: string }[];
  target: (field: string) => FindingTarget;
  selected: TransferToolKind[];
}

const itemsOf = (snapshot: Parameters<ComplianceCheck['run']>[0]): Item[] => [
  ...snapshot.processors.map((processor) => ({
    label: `Processor "${processor.name}"`,
    texts: [
      { field: 'transferNotes', text: processor.transferNotes ?? '' },
      { field: 'safeguardCopy', text: processor.safeguardCopy ?? '' },
    ],
    target: (field: string) => processorTarget(processor, field),
    selected: kindsSelected([processor]),
  })),
  ...allSections(snapshot).map((section: SectionSnapshot) => ({
    label: `Section "${section.title}"`,
    texts: [{ field: 'body', text: section.body }, ...section.lawReferences.map((text) => ({ field: 'lawReferences', text }))],
    target: (field: string) => sectionTarget(section, field),
    selected: kindsSelected(section.processors),
  })),
];

export const transferSafeguardArticle: ComplianceCheck = {
  id: 'transfer-safeguard-article',
  source: (regime) => regime.article('Arts. 13(1)(f), 14(1)(f) and 5(1)(a)'),
  title: 'The article cited for a transfer safeguard is the one that provides for it',
  appliesTo: 'any',
  run(snapshot, { regimes }) {
    return itemsOf(snapshot).flatMap((item): ComplianceFinding[] =>
      miscitations(
        item.texts.map(({ text }) => text),
        item.selected,
      ).map((miscitation) => {
        const { cited, named, meaning, right } = explain(miscitation, regimes);
        return finding(transferSafeguardArticle, {
          severity: 'warning',
          regimes,
          target: item.target(item.texts[miscitation.index].field),
          message:
            `${item.label} cites ${cited} for ${named} ("${quote(miscitation.sentence, miscitation.citation)}"), but ${cited} provides for ` +
            `${meaning ?? 'another safeguard'}${right ? `; ${right}` : ''}. The notice misstates its safeguard.`,
          fix: `Cite the article of the safeguard the transfer relies on${right ? ` (${right})` : ''}, or name the safeguard the cited article provides for.`,
        });
      }),
    );
  },
};
