/** The org chart's words. */
import type { Lang } from '../locale';

export const orgChart = {
  // Org chart (issue 4).
  ocTreeLabel: {
    ar: 'الجهات المضيفة ونظراء الوفد',
    en: 'Host organizations and counterparts',
  },
  ocLevelHead: { ar: 'رئاسة الدولة', en: 'Head of state' },
  ocLevelNational: { ar: 'وطني', en: 'National' },
  ocLevelLocal: { ar: 'محلي', en: 'Local' },
  ocLevelAffiliate: { ar: 'جهة تابعة', en: 'Affiliate' },
  ocLevelInternational: { ar: 'دولي', en: 'International' },
  ocLegend: { ar: 'المستوى', en: 'Level' },
  ocUnaffiliated: { ar: 'جهة غير محددة', en: 'Organization not given' },
  ocMeetings_zero: { ar: 'لا اجتماعات مع الوفد', en: 'no meetings with the delegation' },
  ocMeetings_one: { ar: 'اجتماع واحد مع الوفد', en: '{n} meeting with the delegation' },
  ocMeetings_two: { ar: 'اجتماعان مع الوفد', en: '{n} meetings with the delegation' },
  ocMeetings_few: { ar: '{n} اجتماعات مع الوفد', en: '{n} meetings with the delegation' },
  ocMeetings_many: { ar: '{n} اجتماعًا مع الوفد', en: '{n} meetings with the delegation' },
  ocMeetings_other: { ar: '{n} اجتماع مع الوفد', en: '{n} meetings with the delegation' },
  ocSearch: { ar: 'ابحث عن اسم', en: 'Find a name' },
  ocSearchHint: {
    ar: 'بالعربية أو الإنجليزية أو الكورية',
    en: 'in Arabic, English or Korean',
  },
  ocMatchOf: { ar: '{i} من {n}', en: '{i} of {n}' },
  ocNoMatch: { ar: 'لا نتائج', en: 'No match' },
  ocNextMatch: { ar: 'النتيجة التالية', en: 'Next match' },
  ocPrevMatch: { ar: 'النتيجة السابقة', en: 'Previous match' },
  ocLayout: { ar: 'الاتجاه', en: 'Layout' },
  ocVertical: { ar: 'من الأعلى', en: 'Top-down' },
  ocHorizontal: { ar: 'جانبي', en: 'Side-ways' },
  ocOriginalNames: { ar: 'الأسماء بالإنجليزية والكورية', en: 'Names in Arabic too' },
  ocZoomIn: { ar: 'تكبير', en: 'Zoom in' },
  ocZoomOut: { ar: 'تصغير', en: 'Zoom out' },
  ocFit: { ar: 'ملاءمة العرض', en: 'Fit to view' },
  ocExpandAll: { ar: 'فتح الكل', en: 'Expand all' },
  ocCollapseAll: { ar: 'طيّ الكل', en: 'Collapse all' },
  ocWheelHint: {
    ar: 'للتكبير اضغط Ctrl مع عجلة الفأرة',
    en: 'Use Ctrl + scroll to zoom',
  },
  ocWheelHintMac: {
    ar: 'للتكبير اضغط ⌘ مع عجلة الفأرة',
    en: 'Use ⌘ + scroll to zoom',
  },
  ocHidden: { ar: '{n} مخفيّة', en: '{n} hidden' },
  ocKeys: {
    ar: 'الأسهم للتنقل، Enter للاختيار، + و − للتكبير',
    en: 'Arrows to move, Enter to select, + and − to zoom',
  },
  ocDelegation: { ar: 'أعضاء الوفد', en: 'Delegation members' },
  ocRoleHead: { ar: 'رئاسة الوفد', en: 'Head of delegation' },
  ocRoleMember: { ar: 'عضو الوفد', en: 'Delegation member' },
  ocRoleAmbassador: { ar: 'سفير', en: 'Ambassador' },
  ocRoleCounterpart: { ar: 'نظير', en: 'Counterpart' },
  ocRoleOfficial: { ar: 'مسؤول', en: 'Official' },
  ocChartHint: {
    ar: 'اسحب للتحريك، واستخدم العجلة أو الأزرار للتكبير',
    en: 'Drag to pan; zoom with the wheel or the buttons',
  },
} as const satisfies Record<string, Record<Lang, string>>;
