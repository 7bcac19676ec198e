/** The game in a school's own platform: the key as a Moodle quiz (XML, GIFT), and what a round reports to an LMS (SCORM 1.2). */
export * from './gift';
export * from './manifest';
export * from './moodle-xml';
export * from './quiz';
export * from './report';
export * from './suspend';
