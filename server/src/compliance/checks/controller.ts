import { countryName } from '../../domain/field-rules';
import type { ComplianceCheck, ComplianceFinding } from '../findings';
import { controllerTarget, finding, perRegime, policyTarget } from '../findings';
import { allSections, CONTACT_ROUTE, isBlank } from './shared';

export const controllerIdentity: ComplianceCheck = {
  id: 'controller-identity',
  source: (regime) => regime.article('Art. 13(1)(a)'),
  title: 'The controller is named, with a way to contact them',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    const controller = snapshot.policy.controller;
    if (!controller) {
      return [
        finding(controllerIdentity, {
          severity: 'error',
          regimes,
          target: policyTarget(snapshot, 'controller'),
          message: `Policy "${snapshot.policy.title}" does not name the data controller.`,
          fix: "Fill in the controller details with the organisation's name and contact details.",
        }),
      ];
    }
    const findings: ComplianceFinding[] = [];
    if (isBlank(controller.name)) {
      findings.push(
        finding(controllerIdentity, {
          severity: 'error',
          regimes,
          target: controllerTarget(snapshot, 'name'),
          message: `The controller details of policy "${snapshot.policy.title}" give no name.`,
          fix: 'Enter the legal name of the organisation responsible for the data.',
        }),
      );
    }
    if (['email', 'postalAddress', 'phone'].every((field) => isBlank(controller[field]))) {
      findings.push(
        finding(controllerIdentity, {
          severity: 'error',
          regimes,
          target: controllerTarget(snapshot),
          message: `Controller "${controller.name || snapshot.policy.title}" has no email address, postal address or phone number.`,
          fix: 'Add at least one way to contact the controller: email, postal address or phone.',
        }),
      );
    }
    return findings;
  },
};

const MENTIONS_DPO = /data protection officer|\bDPO\b|délégué(e)? à la protection des données|\bDPD\b|datenschutzbeauftragte/i;

/** A paragraph of the policy that names the DPO together with a way to reach them. */
const dpoReachableInText = (texts: string[]) =>
  texts.flatMap((text) => text.split(/\n\s*\n/)).some((paragraph) => MENTIONS_DPO.test(paragraph) && CONTACT_ROUTE.test(paragraph));

export const dpoContact: ComplianceCheck = {
  id: 'dpo-contact',
  source: (regime) => regime.article('Art. 13(1)(b)'),
  title: 'A data protection officer, where there is one, can be contacted',
  appliesTo: 'privacy',
  run(snapshot, { regimes }) {
    const controller = snapshot.policy.controller;
    if (!controller || isBlank(controller.dpoName) || !isBlank(controller.dpoEmail)) return [];
    // Any route will do (Art. 13(1)(b) asks for contact details, not a name): an address written in the name field or the text.
    const texts = [controller.dpoName ?? '', snapshot.policy.introduction, ...allSections(snapshot).map((section) => section.body)];
    if (CONTACT_ROUTE.test(controller.dpoName ?? '') || dpoReachableInText(texts)) return [];
    return [
      finding(dpoContact, {
        severity: 'error',
        regimes,
        target: controllerTarget(snapshot, 'dpoEmail'),
        message: `The data protection officer "${controller.dpoName}" is mentioned without any way to contact them.`,
        fix: "Add the data protection officer's email address, or say in the text how to reach them (a name is not required).",
      }),
    ];
  },
};

export const representativeNamed: ComplianceCheck = {
  id: 'representative-named',
  source: (regime) => regime.article('Arts. 27 and 13(1)(a)'),
  title: 'A controller established outside the territory names its representative there',
  appliesTo: 'privacy',
  run(snapshot, context) {
    const controller = snapshot.policy.controller;
    const country = context.establishment;
    if (!controller || !country || !isBlank(controller.representativeName) || !isBlank(controller.representativeAddress)) return [];
    return perRegime(context, (regime) =>
      regime.isInside(country)
        ? []
        : [
            finding(representativeNamed, {
              severity: 'warning',
              regimes: regime,
              target: controllerTarget(snapshot, 'representativeName'),
              message: `Controller "${controller.name || snapshot.policy.title}" is established in ${countryName(country)}, outside ${regime.territoryName.en}, and names no representative there (${regime.article('Art. 27')}).`,
              fix: `Name the representative in ${regime.territoryName.en} and its address, unless the ${regime.article('Art. 27(2)')} exemption applies (occasional processing, no large-scale special-category or criminal-offence data, or a public authority).`,
            }),
          ],
    );
  },
};
