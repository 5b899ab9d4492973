import { z } from 'zod';
import { Currency, Localized, PartialDate, SourceRefs, Text } from './primitives.js';
import { Unit } from './units.js';

/**
 * The common part of every claim. One claim is the normal case; several claims with different values
 * for the same field are a conflict, kept side by side with who reported each.
 */
const claimMeta = {
  sources: SourceRefs,
  reportedBy: Text.optional().describe('Who reported this value, when sources disagree'),
  asOf: PartialDate.optional().describe('When the value was true'),
  note: Text.optional().describe('Context for this value'),
};

/** A list of claims about one field: `[{value, sources}]`, several entries when sources disagree. */
export const claims = <T extends z.ZodType>(value: T) =>
  z.array(z.strictObject({ value, ...claimMeta })).min(1, 'give at least one claim');

export const DateClaims = claims(PartialDate);

export const QuantityClaim = z.strictObject({
  value: z.number().finite().describe('Amount in `unit`'),
  unit: Unit,
  ...claimMeta,
});
/** Quantities by metric (capacity, annual-output, length, throughput...), each a list of claims. */
export const QuantityClaims = z.array(QuantityClaim).min(1);

export const MoneyClaim = z.strictObject({
  amount: z.number().finite().nonnegative().describe('Amount in `currency`'),
  currency: Currency,
  year: z.number().int().min(1990).max(2100).optional().describe('Price year or year reported'),
  ...claimMeta,
});
export type MoneyClaim = z.infer<typeof MoneyClaim>;

/** A free-standing sourced statement: a fact, an outcome, a controversy. */
export const Statement = z.strictObject({
  text: Localized,
  sources: SourceRefs,
  asOf: PartialDate.optional(),
});
export type Statement = z.infer<typeof Statement>;
