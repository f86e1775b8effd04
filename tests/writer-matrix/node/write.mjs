// The npm half of tests/writer-matrix/regenerate: node write.mjs FIXTURES (the base datasets must be there).
import { writeArrowRs } from './arrow-rs.mjs';
import { writeParquetjs } from './parquetjs.mjs';
import { writePolars } from './polars.mjs';

const fixtures = process.argv[2];
if (!fixtures) {
  console.error('usage: node write.mjs FIXTURES');
  process.exit(2);
}

writePolars(fixtures);
writeArrowRs(fixtures);
await writeParquetjs(fixtures);
