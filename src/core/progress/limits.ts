/**
 * Size limits of what the game keeps and reads, chosen so that the largest record allowed
 * still starts the game in about a second on an old school machine, and so that everything a
 * device can hold also fits in one export file that imports back.
 *
 * - A profile keeps at most MAX_HISTORY_ROUNDS rounds and MAX_HISTORY_ANSWERS answers in its
 *   history (about 3 years of a round a day). Past either, recording a round drops the oldest
 *   rounds; best score, best streak and review cards are kept apart and never drop.
 * - A round record holds at most MAX_ANSWERS_PER_ROUND answers (the whole answer key is far fewer).
 * - A profile has at most MAX_REVIEW_CARDS review cards (one per excerpt ever missed).
 * - Ids and names in records are short strings (MAX_ID_LENGTH).
 * - An import file is at most MAX_IMPORT_BYTES: checked on the file's size before it is read.
 *   A full profile exports to about 2 MB of JSON, so the limit holds 20 full profiles.
 * Reading storage is linear in the record's size: each entry parsed once, the bad ones set aside
 * together (one notice per record). List lengths are checked before parsing (MAX_SCANNED_ENTRIES).
 */
export const MAX_HISTORY_ROUNDS = 1000;
export const MAX_HISTORY_ANSWERS = 10_000;
export const MAX_ANSWERS_PER_ROUND = 500;
export const MAX_REVIEW_CARDS = 1000;
export const MAX_ID_LENGTH = 128;
export const MAX_IMPORT_BYTES = 48 * 1024 * 1024;
/**
 * The most entries of one list or map in a stored record that are parsed at start-up: far more
 * than the game ever writes (MAX_HISTORY_ROUNDS, MAX_REVIEW_CARDS), so only a damaged record gets
 * near it. Past it, the oldest entries are set aside whole without being parsed, which bounds the
 * start-up time whatever the record holds (a million bad entries cost the same as this many).
 */
export const MAX_SCANNED_ENTRIES = 100_000;
