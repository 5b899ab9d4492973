/**
 * ISO 3166-2 subdivision codes used by the dataset. Kazakhstan uses the numeric codes that cover the
 * 2022 oblasts (Abai, Jetisu, Ulytau); the older alphabetic codes are accepted as aliases in queries.
 */
export const KZ_REGIONS = {
  'KZ-10': { en: 'Abai Region', ru: 'Абайская область', kk: 'Абай облысы', zh: '阿拜州' },
  'KZ-11': { en: 'Akmola Region', ru: 'Акмолинская область', kk: 'Ақмола облысы', zh: '阿克莫拉州' },
  'KZ-15': { en: 'Aktobe Region', ru: 'Актюбинская область', kk: 'Ақтөбе облысы', zh: '阿克托别州' },
  'KZ-19': { en: 'Almaty Region', ru: 'Алматинская область', kk: 'Алматы облысы', zh: '阿拉木图州' },
  'KZ-23': { en: 'Atyrau Region', ru: 'Атырауская область', kk: 'Атырау облысы', zh: '阿特劳州' },
  'KZ-27': {
    en: 'West Kazakhstan Region',
    ru: 'Западно-Казахстанская область',
    kk: 'Батыс Қазақстан облысы',
    zh: '西哈萨克斯坦州',
  },
  'KZ-31': { en: 'Zhambyl Region', ru: 'Жамбылская область', kk: 'Жамбыл облысы', zh: '江布尔州' },
  'KZ-33': { en: 'Jetisu Region', ru: 'Жетысуская область', kk: 'Жетісу облысы', zh: '杰特苏州' },
  'KZ-35': { en: 'Karaganda Region', ru: 'Карагандинская область', kk: 'Қарағанды облысы', zh: '卡拉干达州' },
  'KZ-39': { en: 'Kostanay Region', ru: 'Костанайская область', kk: 'Қостанай облысы', zh: '科斯塔奈州' },
  'KZ-43': {
    en: 'Kyzylorda Region',
    ru: 'Кызылординская область',
    kk: 'Қызылорда облысы',
    zh: '克孜勒奥尔达州',
  },
  'KZ-47': { en: 'Mangystau Region', ru: 'Мангистауская область', kk: 'Маңғыстау облысы', zh: '曼格斯套州' },
  'KZ-55': { en: 'Pavlodar Region', ru: 'Павлодарская область', kk: 'Павлодар облысы', zh: '巴甫洛达尔州' },
  'KZ-59': {
    en: 'North Kazakhstan Region',
    ru: 'Северо-Казахстанская область',
    kk: 'Солтүстік Қазақстан облысы',
    zh: '北哈萨克斯坦州',
  },
  'KZ-61': { en: 'Turkistan Region', ru: 'Туркестанская область', kk: 'Түркістан облысы', zh: '突厥斯坦州' },
  'KZ-62': { en: 'Ulytau Region', ru: 'Улытауская область', kk: 'Ұлытау облысы', zh: '乌勒套州' },
  'KZ-63': {
    en: 'East Kazakhstan Region',
    ru: 'Восточно-Казахстанская область',
    kk: 'Шығыс Қазақстан облысы',
    zh: '东哈萨克斯坦州',
  },
  'KZ-71': { en: 'Astana', ru: 'Астана', kk: 'Астана', zh: '阿斯塔纳' },
  'KZ-75': { en: 'Almaty', ru: 'Алматы', kk: 'Алматы', zh: '阿拉木图' },
  'KZ-79': { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент', zh: '奇姆肯特' },
} as const;

/** Alphabetic codes used before ISO switched Kazakhstan to numeric codes, mapped to today's codes. */
export const KZ_REGION_ALIASES: Record<string, keyof typeof KZ_REGIONS> = {
  'KZ-AKM': 'KZ-11',
  'KZ-AKT': 'KZ-15',
  'KZ-ALM': 'KZ-19',
  'KZ-ATY': 'KZ-23',
  'KZ-ZAP': 'KZ-27',
  'KZ-ZHA': 'KZ-31',
  'KZ-KAR': 'KZ-35',
  'KZ-KUS': 'KZ-39',
  'KZ-KZY': 'KZ-43',
  'KZ-MAN': 'KZ-47',
  'KZ-PAV': 'KZ-55',
  'KZ-SEV': 'KZ-59',
  'KZ-YUZ': 'KZ-61',
  'KZ-VOS': 'KZ-63',
  'KZ-AST': 'KZ-71',
  'KZ-ALA': 'KZ-75',
  'KZ-SHY': 'KZ-79',
};

/** Chinese provincial-level divisions (ISO 3166-2:CN, two-letter codes since 2017). */
export const CN_REGIONS = {
  'CN-AH': { en: 'Anhui', zh: '安徽' },
  'CN-BJ': { en: 'Beijing', zh: '北京' },
  'CN-CQ': { en: 'Chongqing', zh: '重庆' },
  'CN-FJ': { en: 'Fujian', zh: '福建' },
  'CN-GD': { en: 'Guangdong', zh: '广东' },
  'CN-GS': { en: 'Gansu', zh: '甘肃' },
  'CN-GX': { en: 'Guangxi', zh: '广西' },
  'CN-GZ': { en: 'Guizhou', zh: '贵州' },
  'CN-HA': { en: 'Henan', zh: '河南' },
  'CN-HB': { en: 'Hubei', zh: '湖北' },
  'CN-HE': { en: 'Hebei', zh: '河北' },
  'CN-HI': { en: 'Hainan', zh: '海南' },
  'CN-HL': { en: 'Heilongjiang', zh: '黑龙江' },
  'CN-HN': { en: 'Hunan', zh: '湖南' },
  'CN-JL': { en: 'Jilin', zh: '吉林' },
  'CN-JS': { en: 'Jiangsu', zh: '江苏' },
  'CN-JX': { en: 'Jiangxi', zh: '江西' },
  'CN-LN': { en: 'Liaoning', zh: '辽宁' },
  'CN-NM': { en: 'Inner Mongolia', zh: '内蒙古' },
  'CN-NX': { en: 'Ningxia', zh: '宁夏' },
  'CN-QH': { en: 'Qinghai', zh: '青海' },
  'CN-SC': { en: 'Sichuan', zh: '四川' },
  'CN-SD': { en: 'Shandong', zh: '山东' },
  'CN-SH': { en: 'Shanghai', zh: '上海' },
  'CN-SN': { en: 'Shaanxi', zh: '陕西' },
  'CN-SX': { en: 'Shanxi', zh: '山西' },
  'CN-TJ': { en: 'Tianjin', zh: '天津' },
  'CN-XJ': { en: 'Xinjiang', zh: '新疆' },
  'CN-XZ': { en: 'Tibet', zh: '西藏' },
  'CN-YN': { en: 'Yunnan', zh: '云南' },
  'CN-ZJ': { en: 'Zhejiang', zh: '浙江' },
} as const;

export const REGIONS: Record<string, { en: string; ru?: string; kk?: string; zh?: string }> = {
  ...KZ_REGIONS,
  ...CN_REGIONS,
};

/** Today's code for a region code or one of its aliases, or undefined when unknown. */
export function canonicalRegion(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (Object.hasOwn(REGIONS, upper)) return upper;
  return Object.hasOwn(KZ_REGION_ALIASES, upper) ? KZ_REGION_ALIASES[upper] : undefined;
}
