/**
 * The sheets of the workbook and their columns, in order (see spec.ts for what a column is).
 * One line per column: header in English and Arabic, the record's field it fills, its type.
 */
import { ORG_KINDS } from '../model/schema';
import { EVENT_KINDS, ORG_LEVELS, PERSON_ROLES } from '../model/records';
import {
  CONFIDENCES,
  MEETING_KINDS,
  PROVENANCE_OWNERS,
  SIDES,
  type ColumnSpec,
  type SheetKey,
  type SheetSpec,
  type Target,
} from './spec';

type Extra = { required?: boolean; long?: boolean };
const c = (key: string, en: string, ar: string, field: string, extra: Extra = {}) => ({
  key,
  en,
  ar,
  field,
  ...extra,
});
const text = (key: string, en: string, ar: string, x: Extra = {}): ColumnSpec => ({
  ...c(key, en, ar, key, x),
  type: 'text',
});
const vocab = (key: string, en: string, ar: string, values: readonly string[], x: Extra = {}) =>
  ({ ...c(key, en, ar, key, x), type: 'vocab', values }) as ColumnSpec;
const ref = (
  key: string,
  en: string,
  ar: string,
  field: string,
  target: Target | 'subject',
  x: Extra = {},
) => ({ ...c(key, en, ar, field, x), type: 'ref', target }) as ColumnSpec;
const refs = (key: string, en: string, ar: string, field: string, target: Target, x: Extra = {}) =>
  ({ ...c(key, en, ar, field, x), type: 'refs', target }) as ColumnSpec;
const plain = (
  key: string,
  en: string,
  ar: string,
  type: 'id' | 'string' | 'code' | 'number' | 'languages' | 'day' | 'date',
  field = key,
  x: Extra = {},
) => ({ ...c(key, en, ar, field, x), type }) as ColumnSpec;

const required = { required: true };
const id = plain('id', 'Id', 'المعرّف', 'id');
const sources = (x: Extra = {}) => refs('sources', 'Sources', 'المصادر', 'sources', 'sources', x);
const side = vocab('side', 'Side', 'الجانب', SIDES, required);
const country = plain('country', 'Country', 'الدولة', 'code', 'country');
const date = (field: string) => plain(field, 'Date', 'التاريخ', 'date', field);
const name = text('name', 'Name', 'الاسم');
const title = text('title', 'Title', 'العنوان');
const summary = text('summary', 'Summary', 'الملخص', { long: true });
const where = [
  ref('place', 'Place', 'المكان', 'location.place', 'places'),
  { ...text('venue', 'Venue', 'الموقع'), field: 'location.venue' },
  refs('topics', 'Topics', 'الموضوعات', 'topics', 'topics'),
  sources(required),
];
const orgs = refs('organizations', 'Organizations', 'الجهات', 'organizations', 'organizations');
const orgKinds = [
  ...new Set([...ORG_KINDS.filter((k) => k !== 'other'), 'international-body', 'other']),
];

const sheet = (
  key: SheetKey,
  en: string,
  ar: string,
  collection: string,
  noun: readonly [string, string],
  columns: ColumnSpec[],
): SheetSpec => ({ key, en, ar, collection, noun, columns });

export const SHEETS: SheetSpec[] = [
  sheet(
    'visit',
    'Visit',
    'الزيارة',
    '',
    ['visit', 'زيارة'],
    [
      id,
      title,
      summary,
      plain('languages', 'Languages', 'اللغات', 'languages'),
      date('dates'),
      plain('schema', 'JSON Schema', 'مخطط JSON', 'string', '$schema'),
    ],
  ),
  sheet(
    'countries',
    'Countries',
    'الدول',
    'countries',
    ['country', 'دولة'],
    [side, plain('code', 'Code', 'الرمز', 'code', 'code', required), name],
  ),
  sheet(
    'legs',
    'Legs',
    'المحطات',
    'itinerary',
    ['leg', 'محطة'],
    [
      id,
      ref('country', 'Country', 'الدولة', 'country', 'countries', required),
      ref('place', 'Place', 'المكان', 'place', 'places'),
      date('dates'),
      sources(),
      text('note', 'Note', 'ملاحظة', { long: true }),
    ],
  ),
  sheet(
    'places',
    'Places',
    'الأماكن',
    'places',
    ['place', 'مكان'],
    [
      id,
      name,
      vocab('kind', 'Kind', 'النوع', ['country', 'city', 'venue'], required),
      country,
      ref('parent', 'Within', 'يقع في', 'parent', 'places'),
    ],
  ),
  sheet(
    'sources',
    'Sources',
    'المصادر',
    'sources',
    ['source', 'مصدر'],
    [
      id,
      text('publisher', 'Publisher', 'الناشر'),
      title,
      plain('url', 'URL', 'الرابط', 'string'),
      plain('published', 'Published', 'تاريخ النشر', 'day'),
      plain('language', 'Language', 'اللغة', 'string'),
      vocab('role', 'Role', 'الدور', ['primary', 'corroborating'], required),
    ],
  ),
  sheet(
    'topics',
    'Topics',
    'الموضوعات',
    'topics',
    ['topic', 'موضوع'],
    [id, text('label', 'Label', 'التسمية')],
  ),
  sheet(
    'organizations',
    'Organizations',
    'الجهات',
    'organizations',
    ['organization', 'جهة'],
    [
      id,
      name,
      text('shortName', 'Short name', 'الاسم المختصر'),
      side,
      country,
      ref('parent', 'Part of', 'تتبع', 'parent', 'organizations'),
      vocab('level', 'Level', 'المستوى', ORG_LEVELS, required),
      vocab('kind', 'Kind', 'النوع', orgKinds, required),
      sources(),
    ],
  ),
  sheet(
    'people',
    'People',
    'الأشخاص',
    'people',
    ['person', 'شخص'],
    [
      id,
      name,
      text('title', 'Position', 'المنصب'),
      ref('organization', 'Organization', 'الجهة', 'organization', 'organizations'),
      side,
      country,
      vocab('role', 'Role', 'الدور', PERSON_ROLES, required),
      sources(),
    ],
  ),
  sheet(
    'engagements',
    'Engagements',
    'اللقاءات',
    'meetings',
    ['engagement', 'لقاء'],
    [
      id,
      vocab('kind', 'Kind', 'النوع', MEETING_KINDS),
      title,
      summary,
      date('date'),
      refs('guests', 'Guest side', 'الجانب الضيف', 'participants.guest', 'people', required),
      refs('hosts', 'Host side', 'الجانب المضيف', 'participants.host', 'people', required),
      refs('others', 'Other side', 'أطراف أخرى', 'participants.other', 'people'),
      orgs,
      ...where,
    ],
  ),
  sheet(
    'events',
    'Events',
    'الأحداث',
    'events',
    ['event', 'حدث'],
    [
      id,
      vocab('kind', 'Kind', 'النوع', EVENT_KINDS, required),
      title,
      summary,
      date('date'),
      refs('people', 'People', 'الأشخاص', 'people', 'people'),
      orgs,
      ...where,
    ],
  ),
  sheet(
    'figures',
    'Figures',
    'الأرقام',
    'figures',
    ['figure', 'رقم'],
    [
      id,
      plain('value', 'Value', 'القيمة', 'number', 'value', required),
      text('label', 'Label', 'التسمية'),
      {
        ...vocab('subjectType', 'About a', 'يخص', ['organization', 'meeting', 'event'], required),
        field: 'subject.type',
      },
      ref('subject', 'About', 'موضوعه', 'subject.id', 'subject', required),
      sources(required),
    ],
  ),
  sheet(
    'confidence',
    'Confidence',
    'درجة التأكد',
    'provenance',
    ['confidence note', 'درجة تأكد'],
    [
      vocab('owner', 'Sheet', 'الورقة', PROVENANCE_OWNERS, required),
      plain('record', 'Record', 'السجل', 'string', 'record', required),
      plain('field', 'Field', 'الحقل', 'string'),
      vocab('confidence', 'Confidence', 'درجة التأكد', CONFIDENCES),
      sources(),
      text('note', 'Note', 'ملاحظة', { long: true }),
    ],
  ),
];

export const sheetSpec = (key: SheetKey): SheetSpec => SHEETS.find((s) => s.key === key)!;
