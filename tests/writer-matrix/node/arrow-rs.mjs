// arrow-rs (parquet-wasm): writer versions V1/V2, dictionary on/off and its fallback, encodings per column kind, codecs.
import fs from 'node:fs';
import path from 'node:path';
import * as wasm from 'parquet-wasm/node';
import { TABLES, arrowTable, bases, bytesOf, kindOf, mark, versionOf } from './dataset.mjs';

const { Compression, Encoding, WriterVersion } = wasm;

// Each setting: a description, the builder calls, per-kind encodings, and what the footers must show.
const SETTINGS = [
  { name: 'v1', description: 'WriterVersion V1, dictionary (defaults)', version: WriterVersion.V1, expect: { pages: 'v1', strings: 'RLE_DICTIONARY' } },
  { name: 'v2', description: 'WriterVersion V2, dictionary', version: WriterVersion.V2, expect: { pages: 'v2', strings: 'RLE_DICTIONARY' } },
  { name: 'v1-plain', description: 'WriterVersion V1, dictionary off', version: WriterVersion.V1, dictionary: false,
    expect: { pages: 'v1', strings: 'PLAIN', integers: 'PLAIN', dates: 'PLAIN' } },
  { name: 'v2-no-dictionary', description: 'WriterVersion V2, dictionary off: DELTA_BYTE_ARRAY strings, DELTA_BINARY_PACKED integers and dates',
    version: WriterVersion.V2, dictionary: false, expect: { pages: 'v2', strings: 'DELTA_BYTE_ARRAY', integers: 'DELTA_BINARY_PACKED', dates: 'DELTA_BINARY_PACKED' } },
  { name: 'v1-dictionary-fallback', description: 'WriterVersion V1, 256-byte dictionary pages checked every 64 rows: fallback to PLAIN',
    version: WriterVersion.V1, fallback: true, expect: { pages: 'v1', fallback: 'PLAIN' } },
  { name: 'v2-dictionary-fallback', description: 'WriterVersion V2, 256-byte dictionary pages checked every 64 rows: fallback to DELTA_BYTE_ARRAY / DELTA_BINARY_PACKED',
    version: WriterVersion.V2, fallback: true, expect: { pages: 'v2', fallback: 'DELTA_BYTE_ARRAY' } },
  { name: 'delta-binary-packed', description: 'DELTA_BINARY_PACKED on integer and date columns, dictionary off', version: WriterVersion.V1, dictionary: false,
    encodings: { integers: Encoding.DELTA_BINARY_PACKED, dates: Encoding.DELTA_BINARY_PACKED }, expect: { integers: 'DELTA_BINARY_PACKED', dates: 'DELTA_BINARY_PACKED' } },
  { name: 'byte-stream-split', description: 'WriterVersion V2, dictionary off: BYTE_STREAM_SPLIT on integer and date columns (strings DELTA_BYTE_ARRAY)', version: WriterVersion.V2, dictionary: false,
    encodings: { integers: Encoding.BYTE_STREAM_SPLIT, dates: Encoding.BYTE_STREAM_SPLIT }, expect: { pages: 'v2', integers: 'BYTE_STREAM_SPLIT', dates: 'BYTE_STREAM_SPLIT' } },
  { name: 'delta-length-byte-array', description: 'DELTA_LENGTH_BYTE_ARRAY on strings, dictionary off', version: WriterVersion.V1, dictionary: false,
    encodings: { strings: Encoding.DELTA_LENGTH_BYTE_ARRAY }, expect: { strings: 'DELTA_LENGTH_BYTE_ARRAY' } },
  { name: 'delta-byte-array', description: 'DELTA_BYTE_ARRAY on strings, dictionary off', version: WriterVersion.V1, dictionary: false,
    encodings: { strings: Encoding.DELTA_BYTE_ARRAY }, expect: { strings: 'DELTA_BYTE_ARRAY' } },
  { name: 'zstd', description: 'zstd', compression: Compression.ZSTD, expect: { codec: 'ZSTD' } },
  { name: 'gzip', description: 'gzip', compression: Compression.GZIP, expect: { codec: 'GZIP' } },
  { name: 'brotli', description: 'brotli', compression: Compression.BROTLI, expect: { codec: 'BROTLI' } },
  { name: 'lz4-raw', description: 'LZ4_RAW', compression: Compression.LZ4_RAW, expect: { codec: 'LZ4_RAW' } },
  { name: 'small-row-groups', description: 'row groups of 1,000 rows, 1 KiB data pages', rowGroup: 1000, pageBytes: 1024, expect: {} },
];

const UNICODE = ['v2-no-dictionary', 'v2-dictionary-fallback', 'delta-byte-array'];

function properties(setting, table, fields) {
  let builder = new wasm.WriterPropertiesBuilder().setCompression(setting.compression ?? Compression.SNAPPY);
  if (setting.version !== undefined) builder = builder.setWriterVersion(setting.version);
  if (setting.dictionary === false) builder = builder.setDictionaryEnabled(false);
  if (setting.fallback) builder = builder.setDictionaryPageSizeLimit(256).setWriteBatchSize(64);
  if (setting.rowGroup) builder = builder.setMaxRowGroupSize(setting.rowGroup).setDataPageSizeLimit(setting.pageBytes);
  for (const field of fields) {
    const encoding = setting.encodings?.[kindOf(field)];
    if (encoding !== undefined) builder = builder.setColumnEncoding(field.name, encoding);
  }
  return builder.build();
}

export function writeArrowRs(fixtures) {
  for (const base of bases(fixtures)) {
    for (const setting of SETTINGS.filter(s => base.prefix === '' || UNICODE.includes(s.name))) {
      const folder = path.join(fixtures, `${base.prefix}rs-${setting.name}`);
      mark(folder, {
        writer: 'arrow-rs (parquet-wasm)', version: versionOf('parquet-wasm'), setting: setting.name,
        description: setting.description, base: base.name, expect: setting.expect,
      });
      for (const table of TABLES) {
        const fields = arrowTable(base.folder, table).schema.fields;
        const data = wasm.readParquet(bytesOf(base.folder, table));
        fs.writeFileSync(path.join(folder, `${table}.parquet`), wasm.writeParquet(data, properties(setting, table, fields)));
      }
    }
  }
}
