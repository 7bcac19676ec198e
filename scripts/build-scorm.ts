/**
 * After `vite build --mode scorm` (npm run build:scorm): the built game in dist-scorm/ as a
 * SCORM 1.2 package, dist-lms/fait-ou-propagande-scorm.zip, with imsmanifest.xml and lms.json at
 * its root. Options (after `--`):
 *   --lesson L1…   the lesson the package plays (a lesson code); without it, a standard round
 *   --name "…"     the lesson's name, shown as the activity's title
 *   --pass 60      the pass mark in % (the LMS records passed/failed); without it, completed
 *   --out file.zip where to write it
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeLessonCode } from '../src/core/lessons';
import { LMS_CONFIG_FILE, lmsConfigText, SCORM_LAUNCH_FILE, scormManifest } from '../src/core/lms';
import { zipFiles } from '../src/services/zip';
import { checkContentFiles, REPO_ROOT } from './lib/read-content';

const { values } = parseArgs({
  options: {
    lesson: { type: 'string' },
    name: { type: 'string' },
    pass: { type: 'string' },
    out: { type: 'string', default: join(REPO_ROOT, 'dist-lms', 'fait-ou-propagande-scorm.zip') },
  },
});
const built = join(REPO_ROOT, 'dist-scorm');
const pass = values.pass ? Number(values.pass) : null;
if (pass !== null && !(Number.isInteger(pass) && pass >= 0 && pass <= 100)) {
  console.error('build:scorm: --pass takes a whole number from 0 to 100');
  process.exit(2);
}
let lesson: { code: string; name: string } | null = null;
if (values.lesson) {
  const { bundle } = checkContentFiles();
  const decoded = bundle ? decodeLessonCode(values.lesson, bundle) : null;
  if (!decoded?.ok) {
    console.error(`build:scorm: the lesson code cannot be read${decoded ? ` (${decoded.reason})` : ''}`);
    process.exit(1);
  }
  lesson = { code: decoded.code, name: values.name ?? 'Leçon' };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(built, path).split('\\').join('/')];
  });
}
const files = new Map<string, Uint8Array>();
for (const path of walk(built)) files.set(path, readFileSync(join(built, path)));
if (!files.has(SCORM_LAUNCH_FILE)) {
  console.error('build:scorm: dist-scorm/index.html is missing: run `vite build --mode scorm` first (npm run build:scorm does)');
  process.exit(1);
}
const title = lesson ? `Fait ou propagande ? — ${lesson.name}` : 'Fait ou propagande ?';
files.set(LMS_CONFIG_FILE, new TextEncoder().encode(lmsConfigText(lesson, pass)));
const manifest = scormManifest({
  identifier: `fait-ou-propagande-${lesson?.code ?? 'round'}`,
  title,
  files: [...files.keys()],
  passPercent: pass || null,
});
files.set('imsmanifest.xml', new TextEncoder().encode(manifest));
const zip = zipFiles(files);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, zip);
console.log(`build:scorm: ${relative(process.cwd(), values.out)} — ${files.size} files, ${(zip.length / 1024).toFixed(0)} KiB`);
