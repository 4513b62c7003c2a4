// The example app is JavaScript; tsconfig.json names this empty declaration so that Strapi's build has a
// (declaration-only) project of its own to compile instead of the repository's solution.
export {};
