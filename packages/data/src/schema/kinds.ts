import type { z } from 'zod';
import { COLLECTIONS, type Collection, collectionOfKind, KIND_OF, type RecordKind } from '../constants.js';
import { AgreementFile } from './agreement.js';
import { AreaFile, FrameworkFile, OrganizationFile, PersonFile, RelationshipFile } from './entities.js';
import { EventFile } from './event.js';
import { IndicatorFile } from './indicator.js';
import { PlaceFile } from './place.js';
import { ProjectFile } from './project.js';

export { COLLECTIONS, type Collection, collectionOfKind, KIND_OF, type RecordKind };

/**
 * Every kind of record: its folder under `records/`, its collection in the dataset, and its file schema.
 * The folder name is the collection name.
 */
export const KINDS = {
  projects: { kind: 'project', schema: ProjectFile },
  events: { kind: 'event', schema: EventFile },
  agreements: { kind: 'agreement', schema: AgreementFile },
  people: { kind: 'person', schema: PersonFile },
  organizations: { kind: 'organization', schema: OrganizationFile },
  frameworks: { kind: 'framework', schema: FrameworkFile },
  places: { kind: 'place', schema: PlaceFile },
  areas: { kind: 'area', schema: AreaFile },
  indicators: { kind: 'indicator', schema: IndicatorFile },
  relationships: { kind: 'relationship', schema: RelationshipFile },
} as const satisfies Record<Collection, { kind: RecordKind; schema: z.ZodType }>;

/** A record as written in its YAML file. */
export type RecordFile<C extends Collection> = z.infer<(typeof KINDS)[C]['schema']>;
