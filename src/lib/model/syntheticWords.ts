/** Word lists for the synthetic visit generator: [Arabic, English] pairs. */
import type { ContextEvent, Organization } from './schema';

type Pair = readonly [string, string];

export const TOPICS: readonly Pair[] = [
  ['الطاقة النووية السلمية', 'Peaceful nuclear energy'],
  ['الهيدروجين النظيف', 'Clean hydrogen'],
  ['الذكاء الاصطناعي', 'Artificial intelligence'],
  ['الرموز غير القابلة للاستبدال NFT', 'NFTs'],
  ['استكشاف الفضاء', 'Space exploration'],
  ['الاستثمار المتبادل', 'Mutual investment'],
  ['المدن الذكية', 'Smart cities'],
  ['الرعاية الصحية', 'Healthcare'],
  ['الصناعات الثقافية', 'Cultural industries'],
  ['الأمن الغذائي', 'Food security'],
  ['الحكومة الرقمية', 'Digital government'],
  ['استراتيجية 2027 للتعاون', 'The 2027 cooperation strategy'],
];

export const CITIES: readonly Pair[] = [
  ['سيئول', 'Seoul'],
  ['بوسان', 'Busan'],
  ['سيجونغ', 'Sejong'],
  ['إنتشون', 'Incheon'],
  ['دايجون', 'Daejeon'],
  ['سوون', 'Suwon'],
];

export const MINISTRIES: readonly (readonly [string, string, Organization['kind']])[] = [
  ['وزارة التجارة والصناعة والطاقة', 'Ministry of Trade, Industry and Energy', 'ministry'],
  ['وزارة العلوم وتقنية المعلومات والاتصالات', 'Ministry of Science and ICT', 'ministry'],
  ['وزارة الخارجية', 'Ministry of Foreign Affairs', 'ministry'],
  ['وزارة الثقافة والرياضة والسياحة', 'Ministry of Culture, Sports and Tourism', 'ministry'],
  [
    'وزارة الأراضي والبنية التحتية والنقل',
    'Ministry of Land, Infrastructure and Transport',
    'ministry',
  ],
  ['وزارة الصحة والرعاية', 'Ministry of Health and Welfare', 'ministry'],
  ['وزارة المشروعات الصغيرة والناشئة', 'Ministry of SMEs and Startups', 'ministry'],
  ['اللجنة الرئاسية للحكومة الرقمية', 'Presidential Committee on Digital Government', 'committee'],
  ['حكومة مدينة سيئول', 'Seoul Metropolitan Government', 'city'],
  ['مدينة بوسان', 'Busan Metropolitan City', 'city'],
  ['الشركة الكورية للطاقة الكهربائية KEPCO', 'Korea Electric Power Corporation (KEPCO)', 'company'],
  ['مؤسسة كوريا', 'Korea Foundation', 'foundation'],
];

export const DEPARTMENTS: readonly Pair[] = [
  ['إدارة التعاون الدولي', 'International Cooperation Bureau'],
  ['إدارة الطاقة المتجددة', 'Renewable Energy Division'],
  ['مكتب الشرق الأوسط', 'Middle East Office'],
  ['إدارة الاستثمار الأجنبي', 'Foreign Investment Division'],
  ['معهد الأبحاث', 'Research Institute'],
  ['مركز الابتكار', 'Innovation Centre'],
];

export const KOREAN_FAMILY: readonly Pair[] = [
  ['كيم', 'Kim'],
  ['لي', 'Lee'],
  ['بارك', 'Park'],
  ['تشوي', 'Choi'],
  ['جونغ', 'Jung'],
  ['كانغ', 'Kang'],
  ['كوه', 'Koh'],
  ['يون', 'Yoon'],
];
export const KOREAN_GIVEN: readonly Pair[] = [
  ['مين-جون', 'Min-jun'],
  ['سو-يون', 'Seo-yeon'],
  ['جي-هو', 'Ji-ho'],
  ['جيان', 'Jian'],
  ['سونغ-مين', 'Sung-min'],
  ['يو-نا', 'Yu-na'],
  ['دونغ-هيون', 'Dong-hyun'],
  ['جاي-وون', 'Jae-won'],
];
export const EMIRATI_GIVEN: readonly Pair[] = [
  ['محمد', 'Mohammed'],
  ['سهيل', 'Suhail'],
  ['سارة', 'Sarah'],
  ['ريم', 'Reem'],
  ['خلدون', 'Khaldoon'],
  ['عبدالله', 'Abdulla'],
  ['مريم', 'Mariam'],
  ['نورة', 'Noura'],
];
export const EMIRATI_FAMILY: readonly Pair[] = [
  ['المزروعي', 'Al Mazrouei'],
  ['الهاشمي', 'Al Hashimy'],
  ['المبارك', 'Al Mubarak'],
  ['الجابر', 'Al Jaber'],
  ['الفلاسي', 'Al Falasi'],
  ['الكعبي', 'Al Kaabi'],
];

export const HEAD_TITLES: readonly Pair[] = [
  ['الرئيس', 'President'],
  ['الوزير', 'Minister'],
];
export const TITLES: readonly Pair[] = [
  ['نائب الوزير', 'Vice Minister'],
  ['المدير العام', 'Director General'],
  ['رئيس القسم', 'Head of Division'],
  ['المستشار', 'Adviser'],
];
export const GUEST_TITLES: readonly Pair[] = [
  ['رئيس الوفد', 'Head of delegation'],
  ['وزير دولة', 'Minister of State'],
  ['سفير الدولة لدى كوريا', 'Ambassador to Korea'],
  ['مستشار', 'Adviser'],
];

/** Meeting titles; {person}, {org} and {topic} are filled in. */
export const MEETING_TITLES: readonly Pair[] = [
  ['لقاء مع {person}', 'Meeting with {person}'],
  ['بحث التعاون في {topic}', 'Talks on {topic}'],
  ['زيارة {org}', 'Visit to the {org}'],
  ['توقيع مذكرة تفاهم في {topic}', 'MoU signed on {topic}'],
  ['جلسة عمل حول {topic} مع {org}', 'Working session on {topic} with the {org}'],
];

export const EVENT_TITLES: readonly (readonly [string, string, ContextEvent['kind']])[] = [
  ['إطلاق استراتيجية {topic}', 'Launch of the {topic} strategy', 'strategy'],
  ['تأسيس لجنة مشتركة لـ{topic}', 'Joint committee on {topic} founded', 'founding'],
  ['متابعة نتائج الزيارة في {topic}', 'Follow-up on {topic}', 'follow-up'],
  ['تقرير عن {topic}', 'Report on {topic}', 'publication'],
  ['محطة بارزة في {topic}', 'Milestone in {topic}', 'milestone'],
];

export const FIGURE_LABELS: readonly Pair[] = [
  ['مليون دولار من الاستثمارات', 'million dollars of investment'],
  ['ميغاواط من القدرة', 'megawatts of capacity'],
  ['طالباً في برامج التبادل', 'students in exchange programmes'],
];
