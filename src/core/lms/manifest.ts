/**
 * The SCORM 1.2 package's imsmanifest.xml: one organization with one item, launching one SCO
 * (the game's index.html) whose resource lists every file of the package. A pass mark, when the
 * teacher set one, is also given to the LMS as adlcp:masteryscore, so that an LMS which works
 * the status out itself agrees with the game.
 */
import { escapeXml } from './moodle-xml';

export const SCORM_LAUNCH_FILE = 'index.html';
/** The package's settings file, read by the game at launch (see report.ts, LmsConfig). */
export const LMS_CONFIG_FILE = 'lms.json';
/** The published game's list of its own files (written by the build), from which a package is made in the browser. */
export const BUILD_FILES = 'build-files.json';

export interface ManifestInput {
  /** A stable identifier for this package (letters, digits, - _ .). */
  identifier: string;
  title: string;
  /** Every file of the package, relative, with "/" separators (the manifest itself left out). */
  files: readonly string[];
  passPercent: number | null;
}

export function manifestIdentifier(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_.-]+/g, '-')
      .replace(/^[^A-Za-z_]+/, '')
      .slice(0, 60) || 'fait-ou-propagande'
  );
}

export function scormManifest(input: ManifestInput): string {
  const id = manifestIdentifier(input.identifier);
  const files = [...input.files]
    .filter((f) => f !== 'imsmanifest.xml')
    .sort()
    .map((f) => `        <file href="${escapeXml(f)}"/>`)
    .join('\n');
  const mastery = input.passPercent === null ? '' : `\n        <adlcp:masteryscore>${input.passPercent}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-${id}">
    <organization identifier="ORG-${id}">
      <title>${escapeXml(input.title)}</title>
      <item identifier="ITEM-${id}" identifierref="RES-${id}" isvisible="true">
        <title>${escapeXml(input.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-${id}" type="webcontent" adlcp:scormtype="sco" href="${SCORM_LAUNCH_FILE}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** The package's settings file (lms.json). */
export function lmsConfigText(lesson: { code: string; name: string } | null, passPercent: number | null): string {
  return `${JSON.stringify({ format: 'fait-ou-propagande/lms', version: 1, lesson, passPercent: passPercent && passPercent > 0 ? Math.min(100, Math.round(passPercent)) : null }, null, 2)}\n`;
}

/** The built game's index.html without the service worker's registration: in an LMS the package is served by the LMS, never cached by us. */
export function withoutServiceWorker(html: string): string {
  return html.replace(/<script[^>]*registerSW\.js[^>]*><\/script>\s*/g, '');
}
