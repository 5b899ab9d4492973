import { z } from 'zod';
import { AgreementFile } from './agreement.js';
import { AreaFile, FrameworkFile, OrganizationFile, PersonFile, RelationshipFile } from './entities.js';
import { EventFile } from './event.js';
import { IndicatorFile } from './indicator.js';
import { PlaceFile } from './place.js';
import { Id, PartialDate } from './primitives.js';
import { ProjectFile } from './project.js';
import { DatasetSource } from './source.js';

/**
 * In the built dataset a record carries its `id` (the file name), its `sources` as global source ids
 * (claims cite the same global ids), and `updated`, the date of the last commit that touched its file.
 */
const built = {
  id: Id,
  sources: z.array(Id).describe('Global ids of every source the record cites'),
  updated: PartialDate.optional().describe(
    'Last change to the record (date of the last commit touching its file)',
  ),
};

export const Project = ProjectFile.extend(built);
export const Event = EventFile.extend(built);
export const Agreement = AgreementFile.extend(built);
export const Person = PersonFile.extend(built);
export const Organization = OrganizationFile.extend(built);
export const Framework = FrameworkFile.extend(built);
export const Place = PlaceFile.extend(built);
export const Area = AreaFile.extend(built);
export const Indicator = IndicatorFile.extend(built);
export const Relationship = RelationshipFile.extend(built);

export type Project = z.infer<typeof Project>;
export type Event = z.infer<typeof Event>;
export type Agreement = z.infer<typeof Agreement>;
export type Person = z.infer<typeof Person>;
export type Organization = z.infer<typeof Organization>;
export type Framework = z.infer<typeof Framework>;
export type Place = z.infer<typeof Place>;
export type Area = z.infer<typeof Area>;
export type Indicator = z.infer<typeof Indicator>;
export type Relationship = z.infer<typeof Relationship>;

/** The whole validated dataset: one object whose collections are arrays of records with `id`. */
export const Dataset = z.strictObject({
  version: z.string(),
  generated: z.string().describe('Date of the build'),
  projects: z.array(Project),
  events: z.array(Event),
  agreements: z.array(Agreement),
  people: z.array(Person),
  organizations: z.array(Organization),
  frameworks: z.array(Framework),
  places: z.array(Place),
  areas: z.array(Area),
  indicators: z.array(Indicator),
  relationships: z.array(Relationship),
  sources: z.array(DatasetSource),
});
export type Dataset = z.infer<typeof Dataset>;
export type AnyRecord = Dataset[Exclude<keyof Dataset, 'version' | 'generated' | 'sources'>][number];
