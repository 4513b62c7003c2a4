'use strict';
// Each benchmark owns one section of docs/benchmarks.md (between its markers) and rewrites only that.
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = path.resolve(__dirname, '..', 'docs', 'benchmarks.md');
const HEADER = [
  '# Benchmarks',
  '',
  'Each section below is written by one benchmark (`npm run bench` runs them all); the command and the machine are noted in it.',
  '',
];

const machine = () => {
  const cpu = os.cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
};

const writeSection = (name, lines) => {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const existing = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
  const body = [start, ...lines, end].join('\n');
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(existing)
    ? existing.replace(pattern, body)
    : `${existing.startsWith('# Benchmarks') ? existing.trimEnd() : HEADER.join('\n')}\n\n${body}\n`;
  fs.writeFileSync(FILE, next);
  process.stdout.write(`wrote the "${name}" section of docs/benchmarks.md\n`);
};

module.exports = { machine, writeSection };
