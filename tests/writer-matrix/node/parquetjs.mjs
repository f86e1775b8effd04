// parquetjs (@dsnp/parquetjs, pure JavaScript): its codecs and data page versions, row by row as it writes.
import path from 'node:path';
import parquet from '@dsnp/parquetjs';
import { TABLES, arrowTable, bases, kindOf, mark, versionOf } from './dataset.mjs';

const SETTINGS = [
  { name: 'snappy', compression: 'SNAPPY', options: {}, expect: { pages: 'v2', codec: 'SNAPPY' } },
  { name: 'gzip', compression: 'GZIP', options: {}, expect: { pages: 'v2', codec: 'GZIP' } },
  { name: 'brotli', compression: 'BROTLI', options: {}, expect: { pages: 'v2', codec: 'BROTLI' } },
  { name: 'v1-snappy', compression: 'SNAPPY', options: { useDataPageV2: false }, expect: { pages: 'v1', codec: 'SNAPPY' } },
  { name: 'small-row-groups', compression: 'SNAPPY', options: { rowGroupSize: 1000, pageSize: 200 }, expect: { codec: 'SNAPPY' } },
];

const UNICODE = ['snappy'];

const TYPES = { strings: 'UTF8', integers: 'INT64', dates: 'DATE' };

/** A cell as parquetjs takes it: dates as Date, absent values left out of the row. */
function cell(kind, value) {
  return kind === 'dates' ? new Date(value) : value;
}

async function writeTable(table, file, setting) {
  const fields = table.schema.fields;
  const schema = new parquet.ParquetSchema(Object.fromEntries(fields.map(f =>
    [f.name, { type: TYPES[kindOf(f)], optional: true, compression: setting.compression }])));
  const writer = await parquet.ParquetWriter.openFile(schema, file, setting.options);
  for (let i = 0; i < table.numRows; i++) {
    const row = {};
    for (const f of fields) {
      const value = table.getChild(f.name).get(i);
      if (value !== null) row[f.name] = cell(kindOf(f), value);
    }
    await writer.appendRow(row);
  }
  await writer.close();
}

export async function writeParquetjs(fixtures) {
  for (const base of bases(fixtures)) {
    for (const setting of SETTINGS.filter(s => base.prefix === '' || UNICODE.includes(s.name))) {
      const folder = path.join(fixtures, `${base.prefix}parquetjs-${setting.name}`);
      mark(folder, {
        writer: 'parquetjs (@dsnp/parquetjs)', version: versionOf('@dsnp/parquetjs'), setting: setting.name,
        description: `${setting.compression}, ${JSON.stringify(setting.options)}`, base: base.name, expect: setting.expect,
      });
      for (const name of TABLES) {
        await writeTable(arrowTable(base.folder, name), path.join(folder, `${name}.parquet`), setting);
      }
    }
  }
}
