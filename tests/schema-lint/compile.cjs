// Compiles every JSON Schema given on the command line with ajv (draft 2020-12, pinned in package-lock.json) in
// strict mode with every strict option an error, as a tool that loads our schemas would. Any warning ajv would
// only log also counts as a problem. Prints "path: message" per problem; exits 1 when there is any.
const { readFileSync } = require("node:fs");
const Ajv2020 = require("ajv/dist/2020").default;

let problems = 0;
for (const path of process.argv.slice(2)) {
  const report = (message) => { problems++; console.log(`${path}: ${message}`); };
  const logger = { log() {}, warn: (...args) => report(args.join(" ")), error: (...args) => report(args.join(" ")) };
  const ajv = new Ajv2020({ strict: true, logger });
  try {
    ajv.compile(JSON.parse(readFileSync(path, "utf8")));
  } catch (e) {
    report(e.message);
  }
}
console.log(`ajv: ${process.argv.length - 2} schema(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
