import type { Group } from './types.js';

/*
 * The labels of the model's closed lists, in the five languages of the dataset. Both front ends show these
 * and keep only their own interface strings.
 */

/** Sectors of a project. */
export const sectors = {
  energy: { en: 'Energy', it: 'Energia', ru: 'Энергетика', kk: 'Энергетика', zh: '能源' },
  transport: { en: 'Transport', it: 'Trasporti', ru: 'Транспорт', kk: 'Көлік', zh: '交通运输' },
  logistics: { en: 'Logistics', it: 'Logistica', ru: 'Логистика', kk: 'Логистика', zh: '物流' },
  industry: { en: 'Industry', it: 'Industria', ru: 'Промышленность', kk: 'Өнеркәсіп', zh: '工业' },
  mining: { en: 'Mining', it: 'Attività estrattive', ru: 'Горнодобыча', kk: 'Тау-кен ісі', zh: '矿业' },
  agriculture: {
    en: 'Agriculture',
    it: 'Agricoltura',
    ru: 'Сельское хозяйство',
    kk: 'Ауыл шаруашылығы',
    zh: '农业',
  },
  digital: { en: 'Digital', it: 'Digitale', ru: 'Цифровая сфера', kk: 'Цифрлық сала', zh: '数字经济' },
  finance: { en: 'Finance', it: 'Finanza', ru: 'Финансы', kk: 'Қаржы', zh: '金融' },
  education: { en: 'Education', it: 'Istruzione', ru: 'Образование', kk: 'Білім беру', zh: '教育' },
  culture: { en: 'Culture', it: 'Cultura', ru: 'Культура', kk: 'Мәдениет', zh: '文化' },
  science: { en: 'Science', it: 'Scienza', ru: 'Наука', kk: 'Ғылым', zh: '科技' },
  aerospace: {
    en: 'Aerospace',
    it: 'Aerospazio',
    ru: 'Авиация и космос',
    kk: 'Авиация және ғарыш',
    zh: '航空航天',
  },
  health: { en: 'Health', it: 'Sanità', ru: 'Здравоохранение', kk: 'Денсаулық сақтау', zh: '卫生' },
  tourism: { en: 'Tourism', it: 'Turismo', ru: 'Туризм', kk: 'Туризм', zh: '旅游' },
  other: { en: 'Other', it: 'Altro', ru: 'Другое', kk: 'Басқа', zh: '其他' },
} satisfies Group;

/** Statuses of a project. */
export const statuses = {
  announced: { en: 'Announced', it: 'Annunciato', ru: 'Объявлен', kk: 'Жарияланған', zh: '已宣布' },
  planned: { en: 'Planned', it: 'Pianificato', ru: 'Планируется', kk: 'Жоспарланған', zh: '规划中' },
  'under-construction': {
    en: 'Under construction',
    it: 'In costruzione',
    ru: 'Строится',
    kk: 'Салынып жатыр',
    zh: '在建',
  },
  operational: { en: 'Operational', it: 'In esercizio', ru: 'Действует', kk: 'Жұмыс істейді', zh: '已投运' },
  completed: { en: 'Completed', it: 'Completato', ru: 'Завершён', kk: 'Аяқталған', zh: '已完成' },
  suspended: { en: 'Suspended', it: 'Sospeso', ru: 'Приостановлен', kk: 'Тоқтатылған', zh: '暂停' },
  cancelled: { en: 'Cancelled', it: 'Annullato', ru: 'Отменён', kk: 'Күші жойылған', zh: '已取消' },
  unknown: { en: 'Unknown', it: 'Sconosciuto', ru: 'Неизвестно', kk: 'Белгісіз', zh: '未知' },
} satisfies Group;

/** Roles of a participant in a project. */
export const roles = {
  owner: { en: 'Owner', it: 'Proprietario', ru: 'Владелец', kk: 'Иесі', zh: '业主' },
  'co-owner': { en: 'Co-owner', it: 'Comproprietario', ru: 'Совладелец', kk: 'Тең иесі', zh: '共同业主' },
  investor: { en: 'Investor', it: 'Investitore', ru: 'Инвестор', kk: 'Инвестор', zh: '投资方' },
  developer: { en: 'Developer', it: 'Sviluppatore', ru: 'Девелопер', kk: 'Девелопер', zh: '开发商' },
  operator: { en: 'Operator', it: 'Gestore', ru: 'Оператор', kk: 'Операторы', zh: '运营方' },
  'epc-contractor': {
    en: 'EPC contractor',
    it: 'Contraente EPC',
    ru: 'EPC-подрядчик',
    kk: 'EPC мердігері',
    zh: 'EPC 总承包商',
  },
  contractor: { en: 'Contractor', it: 'Appaltatore', ru: 'Подрядчик', kk: 'Мердігер', zh: '承包商' },
  designer: { en: 'Designer', it: 'Progettista', ru: 'Проектировщик', kk: 'Жобалаушы', zh: '设计方' },
  supplier: { en: 'Supplier', it: 'Fornitore', ru: 'Поставщик', kk: 'Жеткізуші', zh: '供应商' },
  lender: { en: 'Lender', it: 'Finanziatore', ru: 'Кредитор', kk: 'Кредитор', zh: '贷款方' },
  insurer: { en: 'Insurer', it: 'Assicuratore', ru: 'Страховщик', kk: 'Сақтандырушы', zh: '保险方' },
  consultant: { en: 'Consultant', it: 'Consulente', ru: 'Консультант', kk: 'Кеңесші', zh: '咨询方' },
  government: { en: 'Government', it: 'Governo', ru: 'Правительство', kk: 'Үкімет', zh: '政府' },
  partner: { en: 'Partner', it: 'Partner', ru: 'Партнёр', kk: 'Серіктес', zh: '合作方' },
  'parent-company': {
    en: 'Parent company',
    it: 'Società madre',
    ru: 'Материнская компания',
    kk: 'Бас компания',
    zh: '母公司',
  },
  buyer: { en: 'Buyer', it: 'Acquirente', ru: 'Покупатель', kk: 'Сатып алушы', zh: '买方' },
} satisfies Group;

/** Dated milestones of a project. */
export const milestones = {
  announced: { en: 'Announced', it: 'Annuncio', ru: 'Объявление', kk: 'Жариялануы', zh: '宣布' },
  agreed: { en: 'Agreed', it: 'Accordo', ru: 'Договорённость', kk: 'Келісілуі', zh: '达成协议' },
  approved: { en: 'Approved', it: 'Approvazione', ru: 'Одобрение', kk: 'Мақұлдануы', zh: '获批' },
  financialClose: {
    en: 'Financial close',
    it: 'Chiusura finanziaria',
    ru: 'Финансовое закрытие',
    kk: 'Қаржылық жабылуы',
    zh: '融资关闭',
  },
  constructionStart: {
    en: 'Construction start',
    it: 'Inizio dei lavori',
    ru: 'Начало строительства',
    kk: 'Құрылыстың басталуы',
    zh: '开工',
  },
  firstOperation: {
    en: 'First operation',
    it: 'Prima entrata in esercizio',
    ru: 'Первый запуск',
    kk: 'Алғашқы іске қосылуы',
    zh: '首次投运',
  },
  fullOperation: {
    en: 'Full operation',
    it: 'Piena operatività',
    ru: 'Выход на полную мощность',
    kk: 'Толық қуатқа шығуы',
    zh: '全面投运',
  },
  completion: { en: 'Completion', it: 'Completamento', ru: 'Завершение', kk: 'Аяқталуы', zh: '竣工' },
  suspended: { en: 'Suspended', it: 'Sospensione', ru: 'Приостановка', kk: 'Тоқтатылуы', zh: '暂停' },
  cancelled: { en: 'Cancelled', it: 'Annullamento', ru: 'Отмена', kk: 'Күшінің жойылуы', zh: '取消' },
} satisfies Group;

/** Record kinds, singular (keyed by kind: project, event…). */
export const kinds = {
  project: { en: 'Project', it: 'Progetto', ru: 'Проект', kk: 'Жоба', zh: '项目' },
  event: { en: 'Event', it: 'Evento', ru: 'Событие', kk: 'Оқиға', zh: '事件' },
  agreement: { en: 'Agreement', it: 'Accordo', ru: 'Соглашение', kk: 'Келісім', zh: '协议' },
  person: { en: 'Person', it: 'Persona', ru: 'Человек', kk: 'Тұлға', zh: '人物' },
  organization: { en: 'Organization', it: 'Organizzazione', ru: 'Организация', kk: 'Ұйым', zh: '机构' },
  framework: { en: 'Framework', it: 'Iniziativa', ru: 'Инициатива', kk: 'Бастама', zh: '合作框架' },
  place: { en: 'Place', it: 'Luogo', ru: 'Место', kk: 'Орын', zh: '地点' },
  area: {
    en: 'Cooperation area',
    it: 'Area di cooperazione',
    ru: 'Направление сотрудничества',
    kk: 'Ынтымақтастық бағыты',
    zh: '合作领域',
  },
  indicator: { en: 'Indicator', it: 'Indicatore', ru: 'Показатель', kk: 'Көрсеткіш', zh: '指标' },
  relationship: { en: 'Relationship', it: 'Relazione', ru: 'Отношения', kk: 'Қатынастар', zh: '双边关系' },
} satisfies Group;

/** Collections, plural (keyed by collection: projects, events…). */
export const collections = {
  projects: { en: 'Projects', it: 'Progetti', ru: 'Проекты', kk: 'Жобалар', zh: '项目' },
  events: { en: 'Events', it: 'Eventi', ru: 'События', kk: 'Оқиғалар', zh: '事件' },
  agreements: { en: 'Agreements', it: 'Accordi', ru: 'Соглашения', kk: 'Келісімдер', zh: '协议' },
  people: { en: 'People', it: 'Persone', ru: 'Люди', kk: 'Тұлғалар', zh: '人物' },
  organizations: { en: 'Organizations', it: 'Organizzazioni', ru: 'Организации', kk: 'Ұйымдар', zh: '机构' },
  frameworks: { en: 'Frameworks', it: 'Iniziative', ru: 'Инициативы', kk: 'Бастамалар', zh: '合作框架' },
  places: { en: 'Places', it: 'Luoghi', ru: 'Места', kk: 'Орындар', zh: '地点' },
  areas: {
    en: 'Cooperation areas',
    it: 'Aree di cooperazione',
    ru: 'Направления сотрудничества',
    kk: 'Ынтымақтастық бағыттары',
    zh: '合作领域',
  },
  indicators: { en: 'Indicators', it: 'Indicatori', ru: 'Показатели', kk: 'Көрсеткіштер', zh: '指标' },
  relationships: { en: 'Relationship', it: 'Relazione', ru: 'Отношения', kk: 'Қатынастар', zh: '双边关系' },
} satisfies Group;

/** Units of measure. */
export const units = {
  MW: { en: 'MW', it: 'MW', ru: 'МВт', kk: 'МВт', zh: '兆瓦' },
  MWp: { en: 'MWp', it: 'MWp', ru: 'МВт (пик.)', kk: 'МВт (шың)', zh: '兆瓦（峰值）' },
  GW: { en: 'GW', it: 'GW', ru: 'ГВт', kk: 'ГВт', zh: '吉瓦' },
  kW: { en: 'kW', it: 'kW', ru: 'кВт', kk: 'кВт', zh: '千瓦' },
  MWh: { en: 'MWh', it: 'MWh', ru: 'МВт·ч', kk: 'МВт·сағ', zh: '兆瓦时' },
  GWh: { en: 'GWh', it: 'GWh', ru: 'ГВт·ч', kk: 'ГВт·сағ', zh: '吉瓦时' },
  'GWh/year': { en: 'GWh/year', it: 'GWh/anno', ru: 'ГВт·ч/год', kk: 'ГВт·сағ/жыл', zh: '吉瓦时/年' },
  'TWh/year': { en: 'TWh/year', it: 'TWh/anno', ru: 'ТВт·ч/год', kk: 'ТВт·сағ/жыл', zh: '太瓦时/年' },
  km: { en: 'km', it: 'km', ru: 'км', kk: 'км', zh: '公里' },
  m: { en: 'm', it: 'm', ru: 'м', kk: 'м', zh: '米' },
  lanes: { en: 'lanes', it: 'corsie', ru: 'полос', kk: 'жолақ', zh: '车道' },
  'bcm/year': {
    en: 'bcm/year',
    it: 'mld m³/anno',
    ru: 'млрд м³/год',
    kk: 'млрд м³/жыл',
    zh: '十亿立方米/年',
  },
  'mcm/year': {
    en: 'million m³/year',
    it: 'mln m³/anno',
    ru: 'млн м³/год',
    kk: 'млн м³/жыл',
    zh: '百万立方米/年',
  },
  bcm: { en: 'bcm', it: 'mld m³', ru: 'млрд м³', kk: 'млрд м³', zh: '十亿立方米' },
  'Mt/year': { en: 'Mt/year', it: 'Mt/anno', ru: 'млн т/год', kk: 'млн т/жыл', zh: '百万吨/年' },
  'kt/year': { en: 'kt/year', it: 'kt/anno', ru: 'тыс. т/год', kk: 'мың т/жыл', zh: '千吨/年' },
  't/year': { en: 't/year', it: 't/anno', ru: 'т/год', kk: 'т/жыл', zh: '吨/年' },
  't/day': { en: 't/day', it: 't/giorno', ru: 'т/сутки', kk: 'т/тәулік', zh: '吨/日' },
  Mt: { en: 'Mt', it: 'Mt', ru: 'млн т', kk: 'млн т', zh: '百万吨' },
  t: { en: 't', it: 't', ru: 'т', kk: 'т', zh: '吨' },
  'barrels/day': {
    en: 'barrels/day',
    it: 'barili/giorno',
    ru: 'баррелей/сутки',
    kk: 'баррель/тәулік',
    zh: '桶/日',
  },
  'TEU/year': { en: 'TEU/year', it: 'TEU/anno', ru: 'TEU/год', kk: 'TEU/жыл', zh: '标箱/年' },
  TEU: { en: 'TEU', it: 'TEU', ru: 'TEU', kk: 'TEU', zh: '标箱' },
  'trains/year': { en: 'trains/year', it: 'treni/anno', ru: 'поездов/год', kk: 'пойыз/жыл', zh: '列/年' },
  trains: { en: 'trains', it: 'treni', ru: 'поездов', kk: 'пойыз', zh: '列' },
  'vehicles/year': {
    en: 'vehicles/year',
    it: 'veicoli/anno',
    ru: 'автомобилей/год',
    kk: 'көлік/жыл',
    zh: '辆/年',
  },
  'vehicles/day': {
    en: 'vehicles/day',
    it: 'veicoli/giorno',
    ru: 'автомобилей/сутки',
    kk: 'көлік/тәулік',
    zh: '辆/日',
  },
  'units/year': { en: 'units/year', it: 'unità/anno', ru: 'единиц/год', kk: 'дана/жыл', zh: '台/年' },
  units: { en: 'units', it: 'unità', ru: 'единиц', kk: 'дана', zh: '台' },
  'passengers/year': {
    en: 'passengers/year',
    it: 'passeggeri/anno',
    ru: 'пассажиров/год',
    kk: 'жолаушы/жыл',
    zh: '人次/年',
  },
  'flights/week': {
    en: 'flights/week',
    it: 'voli/settimana',
    ru: 'рейсов/неделю',
    kk: 'рейс/апта',
    zh: '班/周',
  },
  ha: { en: 'ha', it: 'ha', ru: 'га', kk: 'га', zh: '公顷' },
  m2: { en: 'm²', it: 'm²', ru: 'м²', kk: 'м²', zh: '平方米' },
  'm3/year': { en: 'm³/year', it: 'm³/anno', ru: 'м³/год', kk: 'м³/жыл', zh: '立方米/年' },
  'm3/day': { en: 'm³/day', it: 'm³/giorno', ru: 'м³/сутки', kk: 'м³/тәулік', zh: '立方米/日' },
  jobs: { en: 'jobs', it: 'posti di lavoro', ru: 'рабочих мест', kk: 'жұмыс орны', zh: '个岗位' },
  students: { en: 'students', it: 'studenti', ru: 'студентов', kk: 'студент', zh: '名学生' },
  people: { en: 'people', it: 'persone', ru: 'человек', kk: 'адам', zh: '人' },
  turbines: { en: 'turbines', it: 'turbine', ru: 'турбин', kk: 'турбина', zh: '台风机' },
  panels: { en: 'panels', it: 'pannelli', ru: 'панелей', kk: 'панель', zh: '块光伏板' },
  percent: { en: '%', it: '%', ru: '%', kk: '%', zh: '%' },
  'km/h': { en: 'km/h', it: 'km/h', ru: 'км/ч', kk: 'км/сағ', zh: '公里/小时' },
  wells: { en: 'wells', it: 'pozzi', ru: 'скважин', kk: 'ұңғыма', zh: '口井' },
  satellites: { en: 'satellites', it: 'satelliti', ru: 'спутников', kk: 'жер серігі', zh: '颗卫星' },
} satisfies Group;

/** How precisely a place is known. */
export const precisions = {
  exact: { en: 'exact site', it: 'sito esatto', ru: 'точный объект', kk: 'нақты нысан', zh: '具体地点' },
  settlement: {
    en: 'town or village',
    it: 'città o villaggio',
    ru: 'населённый пункт',
    kk: 'елді мекен',
    zh: '城镇或村庄',
  },
  district: { en: 'district', it: 'distretto', ru: 'район', kk: 'аудан', zh: '区县' },
  region: { en: 'region', it: 'regione', ru: 'регион', kk: 'өңір', zh: '州省' },
  country: { en: 'country only', it: 'solo il paese', ru: 'только страна', kk: 'тек ел', zh: '仅知国家' },
} satisfies Group;

/** Kinds of event. */
export const eventKinds = {
  'state-visit': {
    en: 'State visit',
    it: 'Visita di Stato',
    ru: 'Государственный визит',
    kk: 'Мемлекеттік сапар',
    zh: '国事访问',
  },
  'official-visit': {
    en: 'Official visit',
    it: 'Visita ufficiale',
    ru: 'Официальный визит',
    kk: 'Ресми сапар',
    zh: '正式访问',
  },
  'working-visit': {
    en: 'Working visit',
    it: 'Visita di lavoro',
    ru: 'Рабочий визит',
    kk: 'Жұмыс сапары',
    zh: '工作访问',
  },
  visit: { en: 'Visit', it: 'Visita', ru: 'Визит', kk: 'Сапар', zh: '访问' },
  summit: { en: 'Summit', it: 'Vertice', ru: 'Саммит', kk: 'Саммит', zh: '峰会' },
  meeting: { en: 'Meeting', it: 'Incontro', ru: 'Встреча', kk: 'Кездесу', zh: '会谈' },
  'phone-call': {
    en: 'Phone call',
    it: 'Colloquio telefonico',
    ru: 'Телефонный разговор',
    kk: 'Телефон арқылы сөйлесу',
    zh: '通电话',
  },
  speech: { en: 'Speech', it: 'Discorso', ru: 'Выступление', kk: 'Сөз сөйлеу', zh: '讲话' },
  'signed-article': {
    en: 'Signed article',
    it: 'Articolo firmato',
    ru: 'Авторская статья',
    kk: 'Авторлық мақала',
    zh: '署名文章',
  },
  signing: { en: 'Signing', it: 'Firma', ru: 'Подписание', kk: 'Қол қою', zh: '签约' },
  forum: { en: 'Forum', it: 'Forum', ru: 'Форум', kk: 'Форум', zh: '论坛' },
  establishment: { en: 'Establishment', it: 'Istituzione', ru: 'Учреждение', kk: 'Құрылуы', zh: '成立' },
  announcement: { en: 'Announcement', it: 'Annuncio', ru: 'Объявление', kk: 'Хабарландыру', zh: '宣布' },
  protest: { en: 'Protest', it: 'Protesta', ru: 'Протест', kk: 'Наразылық', zh: '抗议' },
  dispute: { en: 'Dispute', it: 'Controversia', ru: 'Спор', kk: 'Дау', zh: '争端' },
  'diplomatic-protest': {
    en: 'Diplomatic protest',
    it: 'Protesta diplomatica',
    ru: 'Дипломатический протест',
    kk: 'Дипломатиялық наразылық',
    zh: '外交抗议',
  },
  other: { en: 'Other', it: 'Altro', ru: 'Другое', kk: 'Басқа', zh: '其他' },
} satisfies Group;

/** Kinds of agreement. */
export const agreementKinds = {
  treaty: { en: 'Treaty', it: 'Trattato', ru: 'Договор', kk: 'Шарт', zh: '条约' },
  agreement: { en: 'Agreement', it: 'Accordo', ru: 'Соглашение', kk: 'Келісім', zh: '协定' },
  protocol: { en: 'Protocol', it: 'Protocollo', ru: 'Протокол', kk: 'Хаттама', zh: '议定书' },
  memorandum: { en: 'Memorandum', it: 'Memorandum', ru: 'Меморандум', kk: 'Меморандум', zh: '备忘录' },
  'joint-statement': {
    en: 'Joint statement',
    it: 'Dichiarazione congiunta',
    ru: 'Совместное заявление',
    kk: 'Бірлескен мәлімдеме',
    zh: '联合声明',
  },
  'joint-declaration': {
    en: 'Joint declaration',
    it: 'Dichiarazione comune',
    ru: 'Совместная декларация',
    kk: 'Бірлескен декларация',
    zh: '联合宣言',
  },
  communique: { en: 'Communiqué', it: 'Comunicato', ru: 'Коммюнике', kk: 'Коммюнике', zh: '公报' },
  plan: { en: 'Plan', it: 'Piano', ru: 'План', kk: 'Жоспар', zh: '计划' },
  programme: { en: 'Programme', it: 'Programma', ru: 'Программа', kk: 'Бағдарлама', zh: '规划' },
  contract: { en: 'Contract', it: 'Contratto', ru: 'Контракт', kk: 'Келісімшарт', zh: '合同' },
  other: { en: 'Other', it: 'Altro', ru: 'Другое', kk: 'Басқа', zh: '其他' },
} satisfies Group;

/** Statuses of an agreement. */
export const agreementStatuses = {
  signed: { en: 'Signed', it: 'Firmato', ru: 'Подписано', kk: 'Қол қойылған', zh: '已签署' },
  'in-force': { en: 'In force', it: 'In vigore', ru: 'Действует', kk: 'Күшінде', zh: '已生效' },
  expired: { en: 'Expired', it: 'Scaduto', ru: 'Истекло', kk: 'Мерзімі өткен', zh: '已到期' },
  superseded: { en: 'Superseded', it: 'Sostituito', ru: 'Заменено', kk: 'Ауыстырылған', zh: '已被取代' },
  terminated: { en: 'Terminated', it: 'Cessato', ru: 'Прекращено', kk: 'Тоқтатылған', zh: '已终止' },
} satisfies Group;

/** Kinds of organization. */
export const organizationKinds = {
  company: { en: 'Company', it: 'Azienda', ru: 'Компания', kk: 'Компания', zh: '企业' },
  'state-company': {
    en: 'State-owned company',
    it: 'Azienda di Stato',
    ru: 'Государственная компания',
    kk: 'Мемлекеттік компания',
    zh: '国有企业',
  },
  bank: { en: 'Bank', it: 'Banca', ru: 'Банк', kk: 'Банк', zh: '银行' },
  'policy-bank': {
    en: 'Policy bank',
    it: 'Banca pubblica di sviluppo',
    ru: 'Государственный банк развития',
    kk: 'Мемлекеттік даму банкі',
    zh: '政策性银行',
  },
  fund: { en: 'Fund', it: 'Fondo', ru: 'Фонд', kk: 'Қор', zh: '基金' },
  exchange: { en: 'Exchange', it: 'Borsa', ru: 'Биржа', kk: 'Биржа', zh: '交易所' },
  university: { en: 'University', it: 'Università', ru: 'Университет', kk: 'Университет', zh: '大学' },
  school: { en: 'School', it: 'Scuola', ru: 'Школа', kk: 'Мектеп', zh: '学校' },
  government: { en: 'Government', it: 'Governo', ru: 'Правительство', kk: 'Үкімет', zh: '政府' },
  ministry: { en: 'Ministry', it: 'Ministero', ru: 'Министерство', kk: 'Министрлік', zh: '部委' },
  agency: { en: 'Agency', it: 'Agenzia', ru: 'Ведомство', kk: 'Агенттік', zh: '机构' },
  multilateral: {
    en: 'Multilateral body',
    it: 'Organismo multilaterale',
    ru: 'Международная организация',
    kk: 'Халықаралық ұйым',
    zh: '多边机构',
  },
  association: { en: 'Association', it: 'Associazione', ru: 'Ассоциация', kk: 'Қауымдастық', zh: '协会' },
  media: { en: 'Media', it: 'Media', ru: 'СМИ', kk: 'БАҚ', zh: '媒体' },
  'think-tank': {
    en: 'Think tank',
    it: 'Centro studi',
    ru: 'Аналитический центр',
    kk: 'Сараптама орталығы',
    zh: '智库',
  },
  other: { en: 'Other', it: 'Altro', ru: 'Другое', kk: 'Басқа', zh: '其他' },
} satisfies Group;

/** Kinds of framework. */
export const frameworkKinds = {
  initiative: { en: 'Initiative', it: 'Iniziativa', ru: 'Инициатива', kk: 'Бастама', zh: '倡议' },
  programme: { en: 'Programme', it: 'Programma', ru: 'Программа', kk: 'Бағдарлама', zh: '规划' },
  organization: { en: 'Organization', it: 'Organizzazione', ru: 'Организация', kk: 'Ұйым', zh: '组织' },
  mechanism: { en: 'Mechanism', it: 'Meccanismo', ru: 'Механизм', kk: 'Тетік', zh: '机制' },
  strategy: { en: 'Strategy', it: 'Strategia', ru: 'Стратегия', kk: 'Стратегия', zh: '战略' },
  heritage: {
    en: 'Heritage',
    it: 'Patrimonio storico',
    ru: 'Историческое наследие',
    kk: 'Тарихи мұра',
    zh: '历史遗产',
  },
  other: { en: 'Other', it: 'Altro', ru: 'Другое', kk: 'Басқа', zh: '其他' },
} satisfies Group;

/** Kinds of place. */
export const placeKinds = {
  city: { en: 'City', it: 'Città', ru: 'Город', kk: 'Қала', zh: '城市' },
  town: { en: 'Town', it: 'Cittadina', ru: 'Посёлок', kk: 'Кент', zh: '城镇' },
  village: { en: 'Village', it: 'Villaggio', ru: 'Село', kk: 'Ауыл', zh: '村庄' },
  region: { en: 'Region', it: 'Regione', ru: 'Регион', kk: 'Өңір', zh: '地区' },
  'border-crossing': {
    en: 'Border crossing',
    it: 'Valico di frontiera',
    ru: 'Пограничный переход',
    kk: 'Шекара өткелі',
    zh: '口岸',
  },
  seaport: { en: 'Seaport', it: 'Porto marittimo', ru: 'Морской порт', kk: 'Теңіз порты', zh: '海港' },
  'dry-port': { en: 'Dry port', it: 'Porto secco', ru: 'Сухой порт', kk: 'Құрғақ порт', zh: '陆港' },
  'economic-zone': {
    en: 'Economic zone',
    it: 'Zona economica',
    ru: 'Экономическая зона',
    kk: 'Экономикалық аймақ',
    zh: '经济区',
  },
  site: { en: 'Site', it: 'Sito', ru: 'Объект', kk: 'Нысан', zh: '场址' },
  river: { en: 'River', it: 'Fiume', ru: 'Река', kk: 'Өзен', zh: '河流' },
  other: { en: 'Other', it: 'Altro', ru: 'Другое', kk: 'Басқа', zh: '其他' },
} satisfies Group;

/** Topics of an indicator. */
export const topics = {
  trade: { en: 'Trade', it: 'Commercio', ru: 'Торговля', kk: 'Сауда', zh: '贸易' },
  investment: { en: 'Investment', it: 'Investimenti', ru: 'Инвестиции', kk: 'Инвестиция', zh: '投资' },
  'rail-freight': {
    en: 'Rail freight',
    it: 'Trasporto merci su ferrovia',
    ru: 'Железнодорожные грузоперевозки',
    kk: 'Темір жол жүк тасымалы',
    zh: '铁路货运',
  },
  'transit-containers': {
    en: 'Transit containers',
    it: 'Container in transito',
    ru: 'Транзитные контейнеры',
    kk: 'Транзиттік контейнерлер',
    zh: '过境集装箱',
  },
  tourism: { en: 'Tourism', it: 'Turismo', ru: 'Туризм', kk: 'Туризм', zh: '旅游' },
  energy: { en: 'Energy', it: 'Energia', ru: 'Энергетика', kk: 'Энергетика', zh: '能源' },
  finance: { en: 'Finance', it: 'Finanza', ru: 'Финансы', kk: 'Қаржы', zh: '金融' },
  education: { en: 'Education', it: 'Istruzione', ru: 'Образование', kk: 'Білім беру', zh: '教育' },
  other: { en: 'Other', it: 'Altro', ru: 'Другое', kk: 'Басқа', zh: '其他' },
} satisfies Group;

/** Kinds of financing. */
export const financingKinds = {
  loan: { en: 'Loan', it: 'Prestito', ru: 'Кредит', kk: 'Несие', zh: '贷款' },
  equity: { en: 'Equity', it: 'Capitale', ru: 'Акционерный капитал', kk: 'Акционерлік капитал', zh: '股权' },
  grant: { en: 'Grant', it: 'Sovvenzione', ru: 'Грант', kk: 'Грант', zh: '赠款' },
  'credit-line': {
    en: 'Credit line',
    it: 'Linea di credito',
    ru: 'Кредитная линия',
    kk: 'Кредит желісі',
    zh: '授信额度',
  },
  bond: { en: 'Bond', it: 'Obbligazione', ru: 'Облигации', kk: 'Облигация', zh: '债券' },
  guarantee: { en: 'Guarantee', it: 'Garanzia', ru: 'Гарантия', kk: 'Кепілдік', zh: '担保' },
  budget: {
    en: 'Public budget',
    it: 'Bilancio pubblico',
    ru: 'Государственный бюджет',
    kk: 'Мемлекеттік бюджет',
    zh: '财政预算',
  },
  other: { en: 'Other', it: 'Altro', ru: 'Другое', kk: 'Басқа', zh: '其他' },
} satisfies Group;

/** Kinds of source: who published it. */
export const sourceKinds = {
  'official-cn': {
    en: 'Chinese official',
    it: 'Fonte ufficiale cinese',
    ru: 'Официальный источник КНР',
    kk: 'ҚХР ресми дереккөзі',
    zh: '中方官方',
  },
  'official-kz': {
    en: 'Kazakh official',
    it: 'Fonte ufficiale kazaka',
    ru: 'Официальный источник РК',
    kk: 'ҚР ресми дереккөзі',
    zh: '哈方官方',
  },
  intergovernmental: {
    en: 'Intergovernmental',
    it: 'Intergovernativa',
    ru: 'Межправительственный',
    kk: 'Үкіметаралық',
    zh: '政府间组织',
  },
  company: { en: 'Company', it: 'Azienda', ru: 'Компания', kk: 'Компания', zh: '企业' },
  bank: { en: 'Bank', it: 'Banca', ru: 'Банк', kk: 'Банк', zh: '银行' },
  press: { en: 'Press', it: 'Stampa', ru: 'Пресса', kk: 'Баспасөз', zh: '新闻媒体' },
  research: { en: 'Research', it: 'Ricerca', ru: 'Исследование', kk: 'Зерттеу', zh: '研究机构' },
  aggregator: { en: 'Aggregator', it: 'Aggregatore', ru: 'Агрегатор', kk: 'Агрегатор', zh: '聚合平台' },
} satisfies Group;

/** Kinds of timeline entry. */
export const timelineTypes = {
  event: { en: 'Event', it: 'Evento', ru: 'Событие', kk: 'Оқиға', zh: '事件' },
  agreement: { en: 'Agreement', it: 'Accordo', ru: 'Соглашение', kk: 'Келісім', zh: '协议' },
  partnership: {
    en: 'Partnership',
    it: 'Partenariato',
    ru: 'Партнёрство',
    kk: 'Серіктестік',
    zh: '伙伴关系',
  },
  milestone: {
    en: 'Project milestone',
    it: 'Tappa di progetto',
    ru: 'Этап проекта',
    kk: 'Жоба кезеңі',
    zh: '项目节点',
  },
} satisfies Group;
