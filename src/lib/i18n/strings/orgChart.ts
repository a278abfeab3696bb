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
  ocLevelInternational: { ar: 'هيئة دولية', en: 'International body' },
  ocLevelCompany: { ar: 'شركة', en: 'Company' },
  // Format v2: a tree per country, unnamed people, confidence (issue 14).
  ocHostCountry: { ar: 'الدولة المضيفة', en: 'Host country' },
  ocOtherCountry: { ar: 'دولة أخرى', en: 'Other country' },
  ocInternational: { ar: 'هيئات دولية', en: 'International bodies' },
  ocCountries: { ar: 'الدول في المخطط', en: 'Countries in the chart' },
  ocMoreGroups: { ar: '{n} أخرى', en: '{n} more' },
  ocUnnamed: { ar: 'مسؤول، {org} (لم يُذكر الاسم)', en: 'An official, {org} (name not reported)' },
  ocUnnamedNoOrg: { ar: 'مسؤول (لم يُذكر الاسم)', en: 'An official (name not reported)' },
  ocLikely: { ar: '(مرجّح)', en: '(likely)' },
  ocUnknown: { ar: '(غير مؤكد)', en: '(unconfirmed)' },
  ocDotted: { ar: 'خط منقّط: معلومة مرجّحة أو غير مؤكدة', en: 'Dotted: likely or unconfirmed' },
  ocLegend: { ar: 'المستوى', en: 'Level' },
  ocUnaffiliated: { ar: 'جهة غير محددة', en: 'Organization not given' },
  // A card counts the person's (or organization's) own meetings, whichever side they are on.
  ocMeetings_zero: { ar: 'لا اجتماعات', en: 'no meetings' },
  ocMeetings_one: { ar: 'اجتماع واحد', en: '{n} meeting' },
  ocMeetings_two: { ar: 'اجتماعان', en: '{n} meetings' },
  ocMeetings_few: { ar: '{n} اجتماعات', en: '{n} meetings' },
  ocMeetings_many: { ar: '{n} اجتماعًا', en: '{n} meetings' },
  ocMeetings_other: { ar: '{n} اجتماع', en: '{n} meetings' },
  ocSearch: { ar: 'ابحث عن اسم', en: 'Find a name' },
  /** {langs}: the file's languages, e.g. "Arabic, English or Korean". */
  ocSearchHint: { ar: 'بإحدى اللغات: {langs}', en: 'in {langs}' },
  ocMatchOf: { ar: '{i} من {n}', en: '{i} of {n}' },
  ocNoMatch: { ar: 'لا نتائج', en: 'No match' },
  ocNextMatch: { ar: 'النتيجة التالية', en: 'Next match' },
  ocPrevMatch: { ar: 'النتيجة السابقة', en: 'Previous match' },
  ocLayout: { ar: 'الاتجاه', en: 'Layout' },
  ocVertical: { ar: 'من الأعلى', en: 'Top-down' },
  ocHorizontal: { ar: 'جانبي', en: 'Side-ways' },
  ocIndented: { ar: 'قائمة متدرّجة', en: 'Outline' },
  /** {langs}: the file's languages besides the reader's, e.g. "Arabic, Korean". */
  ocOriginalNames: { ar: 'لغات أخرى ({langs})', en: 'Other scripts ({langs})' },
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
  ocGuestsMore: { ar: 'عرض {n} آخرين ({m} غير معروضين)', en: 'Show {n} more ({m} not shown)' },
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
