// Parses each AsyncAPI document named on the command line with the official parser (@asyncapi/parser, which
// validates against the AsyncAPI 3.0 JSON Schema and runs its Spectral rules), prints every diagnostic and a summary
// line per document, and exits 1 when a document has an error or does not parse.
const fs = require('fs');
const { Parser } = require('@asyncapi/parser');

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

async function main() {
  const parser = new Parser();
  let failed = 0;
  for (const file of process.argv.slice(2)) {
    const { document, diagnostics } = await parser.parse(fs.readFileSync(file, 'utf8'), { source: file });
    for (const d of diagnostics) {
      console.log(`${file}: ${SEVERITIES[d.severity]} ${d.code}: ${d.message} at /${d.path.join('/')}`);
    }
    const errors = diagnostics.filter((d) => d.severity === 0).length;
    const others = diagnostics.length - errors;
    const parsed = document !== undefined;
    console.log(`${file}: ${parsed ? 'parsed' : 'NOT PARSED'}, ${errors} errors, ${others} other diagnostics, `
      + `${parsed ? document.channels().length : 0} channels, ${parsed ? document.messages().length : 0} messages, `
      + `${parsed ? document.operations().length : 0} operations`);
    if (errors > 0 || !parsed) {
      failed++;
    }
  }
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
