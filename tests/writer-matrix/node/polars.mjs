// Polars (nodejs-polars, the Rust polars-parquet writer): every codec, and small row groups.
import path from 'node:path';
import pl from 'nodejs-polars';
import { TABLES, bases, mark, versionOf } from './dataset.mjs';

const SETTINGS = [
  { name: 'uncompressed', options: { compression: 'uncompressed' }, expect: { codec: 'UNCOMPRESSED' } },
  { name: 'snappy', options: { compression: 'snappy' }, expect: { codec: 'SNAPPY' } },
  { name: 'gzip', options: { compression: 'gzip' }, expect: { codec: 'GZIP' } },
  { name: 'brotli', options: { compression: 'brotli' }, expect: { codec: 'BROTLI' } },
  { name: 'lz4', options: { compression: 'lz4' }, expect: { codec: 'LZ4_RAW' } },
  { name: 'zstd', options: { compression: 'zstd' }, expect: { codec: 'ZSTD' } },
  { name: 'small-row-groups', options: { compression: 'zstd', rowGroupSize: 1000 }, expect: { codec: 'ZSTD' } },
];

const UNICODE = ['zstd'];

export function writePolars(fixtures) {
  for (const base of bases(fixtures)) {
    for (const setting of SETTINGS.filter(s => base.prefix === '' || UNICODE.includes(s.name))) {
      const folder = path.join(fixtures, `${base.prefix}polars-${setting.name}`);
      mark(folder, {
        writer: 'Polars (nodejs-polars)', version: versionOf('nodejs-polars'), setting: setting.name,
        description: `writeParquet ${JSON.stringify(setting.options)}`, base: base.name, expect: setting.expect,
      });
      for (const table of TABLES) {
        pl.readParquet(path.join(base.folder, `${table}.parquet`)).writeParquet(path.join(folder, `${table}.parquet`), setting.options);
      }
    }
  }
}
