/**
 * Generates `data/visit.schema.json`, the JSON Schema (draft 2020-12) of a visit file in format
 * version 2, from the valibot `VisitSchema` in `src/lib/model/schema.ts`, for editors and for
 * tools outside this app; and `data/visit.v1.schema.json`, version 1's (`VisitSchemaV1`,
 * `src/lib/model/schemaV1.ts`), which the app still reads.
 *
 * Regenerate after every change to `src/lib/model/schema.ts`:
 *
 *   npx tsx scripts/schema.ts        (also `npm run schema`)
 *
 * `src/lib/model/schema-agreement.test.ts` fails while the committed file is out of date.
 *
 * The JSON Schema checks the shape only. Unique ids, references, sides, cycles, real calendar
 * dates, known time zones and ranges are checked by the app's `parseVisit`, so a file can pass
 * this schema and still be refused by the app.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import * as model from '../src/lib/model/schema';
import * as v1 from '../src/lib/model/schemaV1';
import { DateSpecV1 } from '../src/lib/model/dateSchema';
import { SideV1 } from '../src/lib/model/fieldSchemas';

export const SCHEMA_PATH = fileURLToPath(new URL('../data/visit.schema.json', import.meta.url));
export const SCHEMA_V1_PATH = fileURLToPath(
  new URL('../data/visit.v1.schema.json', import.meta.url),
);

/** Named parts of the format, emitted once under `definitions` and referenced with `$ref`. */
const definitions = {
  Id: model.Id,
  ShortText: model.ShortText,
  LongText: model.LongText,
  Side: model.Side,
  Confidence: model.Confidence,
  Provenance: model.Provenance,
  DateSpec: model.DateSpec,
  Country: model.Country,
  Place: model.Place,
  Source: model.Source,
  Organization: model.Organization,
  Person: model.Person,
  Topic: model.Topic,
  Location: model.Location,
  Meeting: model.Meeting,
  ContextEvent: model.ContextEvent,
  Figure: model.Figure,
  Leg: model.Leg,
};

/** Version 1's named parts (no itinerary legs). */
const { Leg: _leg, ...shared } = definitions;
const definitionsV1 = {
  ...shared,
  Side: SideV1,
  DateSpec: DateSpecV1,
  Organization: v1.OrganizationV1,
  Person: v1.PersonV1,
  Meeting: v1.MeetingV1,
  ContextEvent: v1.ContextEventV1,
};

/**
 * Actions valibot cannot translate on its own. Anything else untranslatable makes the generator
 * throw (`errorMode: 'throw'`), so the schema never silently loses a rule.
 */
const overrideAction: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  // A multilingual text must have at least one language.
  if (
    valibotAction.type === 'check' &&
    'message' in valibotAction &&
    valibotAction.message === 'expected text in at least one language'
  ) {
    return { ...jsonSchema, minProperties: 1 };
  }
  // `finite`: every number already gets finite bounds (below); nothing to add.
  if (valibotAction.type === 'finite') return jsonSchema;
  return null;
};

/**
 * JSON.parse reads `1e999` as Infinity, which valibot refuses and JSON Schema's "number" and
 * "integer" accept; bounding every number by ±Number.MAX_VALUE refuses it here too.
 */
const overrideSchema: ConversionConfig['overrideSchema'] = ({ valibotSchema, jsonSchema }) =>
  valibotSchema.type === 'number' && !('pipe' in valibotSchema)
    ? { ...jsonSchema, minimum: -Number.MAX_VALUE, maximum: Number.MAX_VALUE }
    : null;

const SHAPE_ONLY =
  'This schema checks the shape only; the app also requires unique ids, references that resolve, participants on their own side, organization and place trees without cycles, real calendar dates, known IANA time zones and ranges that do not end before they start.';

/** The JSON Schema of a visit file of format `version` (default 2), as a plain object. */
export function buildVisitJsonSchema(version: 1 | 2 = 2): Record<string, unknown> {
  const generated = toJsonSchema(version === 1 ? v1.VisitSchemaV1 : model.VisitSchema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    definitions: version === 1 ? definitionsV1 : definitions,
    overrideAction,
    overrideSchema,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return version === 1
    ? {
        $schema,
        $id: 'urn:ziyara:visit-schema:1',
        $comment:
          'Generated from src/lib/model/schemaV1.ts by `npx tsx scripts/schema.ts` (npm run schema). Do not edit by hand.',
        title: 'Ziyara visit, format version 1',
        description: `A diplomatic visit for Ziyara in format version 1 (one host country), still read by the app; new files use version 2 (visit.schema.json), and \`npm run migrate\` converts. ${SHAPE_ONLY}`,
        ...rest,
      }
    : {
        $schema,
        $id: 'urn:ziyara:visit-schema:2',
        $comment:
          'Generated from src/lib/model/schema.ts by `npx tsx scripts/schema.ts` (npm run schema). Do not edit by hand.',
        title: 'Ziyara visit',
        description: `A diplomatic visit for Ziyara (format version 2): who met whom, when, where and on what, with sources; a guest, one or more host countries and third countries. ${SHAPE_ONLY} It also requires each organization's and person's country to be on its side, and one wherever a side has several countries.`,
        ...rest,
      };
}

function main(): void {
  writeFileSync(SCHEMA_PATH, `${JSON.stringify(buildVisitJsonSchema(2), null, 2)}\n`);
  console.log(`wrote ${SCHEMA_PATH}`);
  writeFileSync(SCHEMA_V1_PATH, `${JSON.stringify(buildVisitJsonSchema(1), null, 2)}\n`);
  console.log(`wrote ${SCHEMA_V1_PATH}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
