import type { ComplianceCheck, ComplianceFinding } from '../findings';
import { controllerTarget, finding, policyTarget } from '../findings';
import { isBlank } from './shared';

export const controllerIdentity: ComplianceCheck = {
  id: 'controller-identity',
  source: 'GDPR Art. 13(1)(a)',
  title: 'The controller is named, with a way to contact them',
  appliesTo: 'privacy',
  run(snapshot) {
    const controller = snapshot.policy.controller;
    if (!controller) {
      return [
        finding(controllerIdentity, {
          severity: 'error',
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
          target: controllerTarget(snapshot),
          message: `Controller "${controller.name || snapshot.policy.title}" has no email address, postal address or phone number.`,
          fix: 'Add at least one way to contact the controller: email, postal address or phone.',
        }),
      );
    }
    return findings;
  },
};

export const dpoContact: ComplianceCheck = {
  id: 'dpo-contact',
  source: 'GDPR Art. 13(1)(b)',
  title: 'A named data protection officer can be contacted',
  appliesTo: 'privacy',
  run(snapshot) {
    const controller = snapshot.policy.controller;
    if (!controller || isBlank(controller.dpoName) || !isBlank(controller.dpoEmail)) return [];
    return [
      finding(dpoContact, {
        severity: 'error',
        target: controllerTarget(snapshot, 'dpoEmail'),
        message: `The data protection officer "${controller.dpoName}" is named without an email address.`,
        fix: "Add the data protection officer's email address.",
      }),
    ];
  },
};
