import { countLabel } from '../labels/index.js';
import type { ProjectCounts } from './counting.js';
import { plural } from './format.js';

// Apart from counting.ts: the query API counts projects without loading the label catalogue these words need.

type Forms = Partial<Record<Intl.LDMLPluralRule, string>>;
interface Phrases {
  listedExcluded: Forms;
  counted: Forms;
  countedExcluded: Forms;
}

/**
 * What a count includes, in five languages (the count of a list itself is the label catalogue's "35 projects",
 * "35 проектов"). Phrases that put the number after a colon avoid agreeing a
 * noun with it where the grammar would need more forms than the sentence can carry.
 */
const PHRASES: Record<string, Phrases> = {
  en: {
    listedExcluded: {
      one: 'including # umbrella programme or pledge that counts and totals leave out',
      other: 'including # umbrella programmes or pledges that counts and totals leave out',
    },
    counted: { one: '# project counted', other: '# projects counted' },
    countedExcluded: {
      one: '# umbrella programme or pledge listed but not counted',
      other: '# umbrella programmes or pledges listed but not counted',
    },
  },
  it: {
    listedExcluded: {
      one: 'di cui # programma quadro o impegno escluso da conteggi e totali',
      other: 'di cui # programmi quadro o impegni esclusi da conteggi e totali',
    },
    counted: { one: '# progetto conteggiato', other: '# progetti conteggiati' },
    countedExcluded: {
      one: '# programma quadro o impegno elencato ma non conteggiato',
      other: '# programmi quadro o impegni elencati ma non conteggiati',
    },
  },
  ru: {
    listedExcluded: { other: 'из них рамочных программ и обещаний, не входящих в подсчёты и итоги: #' },
    counted: { other: 'учтено проектов: #' },
    countedExcluded: { other: 'рамочных программ и обещаний в списке, но не в подсчёте: #' },
  },
  kk: {
    listedExcluded: {
      other: 'оның ішінде есептер мен қорытындыға кірмейтін # шеңберлік бағдарлама немесе уәде',
    },
    counted: { other: 'есепке алынған # жоба' },
    countedExcluded: { other: 'тізімде бар, бірақ есепке алынбаған # шеңберлік бағдарлама немесе уәде' },
  },
  zh: {
    listedExcluded: { other: '其中 # 个总体规划或承诺不计入统计和合计' },
    counted: { other: '计入 # 个项目' },
    countedExcluded: { other: '# 个总体规划或承诺列出但不计入' },
  },
};

/**
 * A label that says what a count includes, wherever two counts of projects could differ:
 * `listed` for a list (the projects page, `dostyk projects`): "35 projects, including 2 umbrella programmes
 * or pledges that counts and totals leave out"; `counted` for counts by sector or status (the overview,
 * `dostyk stats`): "33 projects counted; 2 umbrella programmes or pledges listed but not counted".
 */
export function countIncludes(counts: ProjectCounts, locale: string, kind: 'listed' | 'counted'): string {
  const p = PHRASES[locale] ?? (PHRASES.en as Phrases);
  const excluded = counts.listed - counts.counted;
  const sep = locale === 'zh' ? '，' : kind === 'listed' ? ', ' : '; ';
  const head =
    kind === 'listed'
      ? countLabel('projects', counts.listed, locale)
      : plural(locale, counts.counted, p.counted);
  if (excluded === 0) return head;
  const tail = plural(locale, excluded, kind === 'listed' ? p.listedExcluded : p.countedExcluded);
  return `${head}${sep}${tail}`;
}
