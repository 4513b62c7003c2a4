import catalogue from './catalogue';
import clock from './clock';
import legalBases from './legal-bases';
import policyImport from './policy-import';
import sectionTree from './section-tree';
import slugs from './slugs';
import snapshot from './snapshot';
import validation from './validation';
import versions from './versions';

export default {
  catalogue,
  clock,
  'legal-bases': legalBases,
  'policy-import': policyImport,
  'section-tree': sectionTree,
  slugs,
  snapshot,
  validation,
  versions,
};
