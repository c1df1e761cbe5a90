import boilerplate from './boilerplate-terms.json' with { type: 'json' };

/** Terms that say nothing about which finding a problem reports (see `boilerplate-terms.json`). */
export const BOILERPLATE_TERMS: ReadonlySet<string> = new Set(boilerplate.terms);
