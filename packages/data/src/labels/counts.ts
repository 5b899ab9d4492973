import type { CountPhrase } from './types.js';

/**
 * Counting phrases ("122 projects", "122 проекта", "122 жоба", "122 个项目"), one set of plural forms per
 * language, chosen with the CLDR plural rules of `Intl.PluralRules`. Italian's `many` is CLDR's form for
 * round millions ("1.000.000 di progetti"); Kazakh nouns stay singular after a numeral.
 */
export const counts = {
  projects: {
    en: { one: '# project', other: '# projects' },
    it: { one: '# progetto', many: '# di progetti', other: '# progetti' },
    ru: { one: '# проект', few: '# проекта', many: '# проектов', other: '# проекта' },
    kk: { one: '# жоба', other: '# жоба' },
    zh: { other: '# 个项目' },
  },
  events: {
    en: { one: '# event', other: '# events' },
    it: { one: '# evento', many: '# di eventi', other: '# eventi' },
    ru: { one: '# событие', few: '# события', many: '# событий', other: '# события' },
    kk: { one: '# оқиға', other: '# оқиға' },
    zh: { other: '# 个事件' },
  },
  agreements: {
    en: { one: '# agreement', other: '# agreements' },
    it: { one: '# accordo', many: '# di accordi', other: '# accordi' },
    ru: { one: '# соглашение', few: '# соглашения', many: '# соглашений', other: '# соглашения' },
    kk: { one: '# келісім', other: '# келісім' },
    zh: { other: '# 项协议' },
  },
  people: {
    en: { one: '# person', other: '# people' },
    it: { one: '# persona', many: '# di persone', other: '# persone' },
    ru: { one: '# человек', few: '# человека', many: '# человек', other: '# человека' },
    kk: { one: '# тұлға', other: '# тұлға' },
    zh: { other: '# 位人物' },
  },
  organizations: {
    en: { one: '# organization', other: '# organizations' },
    it: { one: '# organizzazione', many: '# di organizzazioni', other: '# organizzazioni' },
    ru: { one: '# организация', few: '# организации', many: '# организаций', other: '# организации' },
    kk: { one: '# ұйым', other: '# ұйым' },
    zh: { other: '# 家机构' },
  },
  frameworks: {
    en: { one: '# framework', other: '# frameworks' },
    it: { one: '# iniziativa', many: '# di iniziative', other: '# iniziative' },
    ru: { one: '# инициатива', few: '# инициативы', many: '# инициатив', other: '# инициативы' },
    kk: { one: '# бастама', other: '# бастама' },
    zh: { other: '# 个合作框架' },
  },
  places: {
    en: { one: '# place', other: '# places' },
    it: { one: '# luogo', many: '# di luoghi', other: '# luoghi' },
    ru: { one: '# место', few: '# места', many: '# мест', other: '# места' },
    kk: { one: '# орын', other: '# орын' },
    zh: { other: '# 个地点' },
  },
  areas: {
    en: { one: '# cooperation area', other: '# cooperation areas' },
    it: { one: '# area di cooperazione', many: '# di aree di cooperazione', other: '# aree di cooperazione' },
    ru: {
      one: '# направление сотрудничества',
      few: '# направления сотрудничества',
      many: '# направлений сотрудничества',
      other: '# направления сотрудничества',
    },
    kk: { one: '# ынтымақтастық бағыты', other: '# ынтымақтастық бағыты' },
    zh: { other: '# 个合作领域' },
  },
  indicators: {
    en: { one: '# indicator', other: '# indicators' },
    it: { one: '# indicatore', many: '# di indicatori', other: '# indicatori' },
    ru: { one: '# показатель', few: '# показателя', many: '# показателей', other: '# показателя' },
    kk: { one: '# көрсеткіш', other: '# көрсеткіш' },
    zh: { other: '# 个指标' },
  },
  relationships: {
    en: { one: '# relationship', other: '# relationships' },
    it: { one: '# relazione', many: '# di relazioni', other: '# relazioni' },
    ru: { one: '# отношение', few: '# отношения', many: '# отношений', other: '# отношения' },
    kk: { one: '# қатынас', other: '# қатынас' },
    zh: { other: '# 项双边关系' },
  },
  records: {
    en: { one: '# record', other: '# records' },
    it: { one: '# scheda', many: '# di schede', other: '# schede' },
    ru: { one: '# запись', few: '# записи', many: '# записей', other: '# записи' },
    kk: { one: '# жазба', other: '# жазба' },
    zh: { other: '# 条记录' },
  },
  sources: {
    en: { one: '# source', other: '# sources' },
    it: { one: '# fonte', many: '# di fonti', other: '# fonti' },
    ru: { one: '# источник', few: '# источника', many: '# источников', other: '# источника' },
    kk: { one: '# дереккөз', other: '# дереккөз' },
    zh: { other: '# 个来源' },
  },
  results: {
    en: { one: '# result', other: '# results' },
    it: { one: '# risultato', many: '# di risultati', other: '# risultati' },
    ru: { one: '# результат', few: '# результата', many: '# результатов', other: '# результата' },
    kk: { one: '# нәтиже', other: '# нәтиже' },
    zh: { other: '# 条结果' },
  },
  points: {
    en: { one: '# point', other: '# points' },
    it: { one: '# valore', many: '# di valori', other: '# valori' },
    ru: { one: '# значение', few: '# значения', many: '# значений', other: '# значения' },
    kk: { one: '# мән', other: '# мән' },
    zh: { other: '# 个数据点' },
  },
  series: {
    en: { one: '# series', other: '# series' },
    it: { one: '# serie', many: '# di serie', other: '# serie' },
    ru: { one: '# ряд', few: '# ряда', many: '# рядов', other: '# ряда' },
    kk: { one: '# қатар', other: '# қатар' },
    zh: { other: '# 个序列' },
  },
} satisfies Record<string, CountPhrase>;
