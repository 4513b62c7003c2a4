import slugify from 'slugify';

export const slugFromText = (text: string) =>
  slugify(text, { lower: true, strict: true, trim: true }).replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 100) || 'untitled';

/** The first of base, base-2, base-3… that `isTaken` rejects not. */
export const firstFreeSlug = async (base: string, isTaken: (slug: string) => Promise<boolean>) => {
  let candidate = base;
  for (let suffix = 2; await isTaken(candidate); suffix += 1) candidate = `${base}-${suffix}`;
  return candidate;
};
