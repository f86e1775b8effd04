// The base datasets as the npm writers see them, and the fixture.json each fixture carries.
import fs from 'node:fs';
import path from 'node:path';
import * as arrow from 'apache-arrow';
import * as wasm from 'parquet-wasm/node';

export const TABLES = ['associations', 'usage', 'certifications', 'partners'];

/** The installed version of an npm package, as package-lock.json pinned it. */
export function versionOf(name) {
  const manifest = new URL(`./node_modules/${name}/package.json`, import.meta.url);
  return `${name} ${JSON.parse(fs.readFileSync(manifest, 'utf8')).version}`;
}

/** A base table's Parquet bytes. */
export function bytesOf(baseFolder, table) {
  return fs.readFileSync(path.join(baseFolder, `${table}.parquet`));
}

/** A base table read by arrow-rs (parquet-wasm) into an apache-arrow Table. */
export function arrowTable(baseFolder, table) {
  return arrow.tableFromIPC(wasm.readParquet(bytesOf(baseFolder, table)).intoIPCStream());
}

/** What the scorer reads each column as: 'strings', 'integers' or 'dates'. */
export function kindOf(field) {
  if (arrow.DataType.isUtf8(field.type) || arrow.DataType.isLargeUtf8(field.type)) return 'strings';
  if (arrow.DataType.isDate(field.type)) return 'dates';
  if (arrow.DataType.isInt(field.type)) return 'integers';
  throw new Error(`${field.name}: unexpected type ${field.type}`);
}

/** Writes fixture.json (the same shape the .NET writers write), creating the folder. */
export function mark(folder, fields) {
  fs.mkdirSync(folder, { recursive: true });
  const { expect = {}, ...rest } = fields;
  const json = { ...rest, layout: 'files', expect };
  fs.writeFileSync(path.join(folder, 'fixture.json'), JSON.stringify(json, null, 2) + '\n');
}

/** The base datasets and the folder prefix of their fixtures. */
export function bases(fixtures) {
  return [
    { name: 'base', folder: path.join(fixtures, 'base'), prefix: '' },
    { name: 'base-unicode', folder: path.join(fixtures, 'base-unicode'), prefix: 'unicode-' },
  ];
}
