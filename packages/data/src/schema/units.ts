import { z } from 'zod';
import { UNITS } from '../constants.js';

export { UNITS } from '../constants.js';

export const Unit = z.enum(UNITS).describe('Unit of measure');
export type Unit = z.infer<typeof Unit>;
