import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/categories';
import { readReport } from '../../core/game/lessons';
import { classReport, displayCode, REPORT_CSV_COLUMNS, type ReportCsvRow, reportCsvRows } from '../../core/lessons';
import { ConfusionGrid } from '../progress/progress-charts';
import { CategoryIcon } from '../shared/CategoryIcon';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useContent, useGameState, useUi } from '../shared/context';
import { useFocusOnMount } from '../shared/focus';
import { formatDate, formatDecimal, formatPercent } from '../shared/format';
import { type Translate, useT } from '../shared/i18n';

/**
 * A class report: collect the pupils' result codes (pasted, from files or photos, from the
 * camera), then the report per pupil, per excerpt, per category and for the class. Kept on this
 * device and reopened from the lessons screen; nothing leaves it but the CSV the teacher saves.
 */
export function Report() {
  const state = useGameState();
  const { store } = useUi();
  const { content, excerptById } = useContent();
  const t = useT();
  const language = state.settings.language;
  const headingRef = useFocusOnMount<HTMLHeadingElement>(state.lessons.openReportId);
  const record = state.lessons.reports.find((r) => r.id === state.lessons.openReportId);
  const [text, setText] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const read = useMemo(() => (record ? readReport(record, content) : null), [record, content]);
  const report = useMemo(
    () => (read?.ok ? classReport(read.lesson.spec, read.results, content, record?.createdAt ?? '') : null),
    [read, content, record],
  );
  const collect = state.lessons.collect;
  const exported = state.outcome?.scope === 'class-results' ? state.outcome : null;

  // After a paste, the box keeps only the refused lines, to correct them; accepted ones are in the report.
  useEffect(() => {
    if (collect?.source === 'paste') setText(collect.rejected.map((r) => r.line).join('\n'));
  }, [collect]);

  if (!record) return null;
  const percent = (rate: number) => formatPercent(rate, language);
  const cat = (c: Category) => t(`common:category.${c}`);

  async function filesChosen(input: HTMLInputElement): Promise<void> {
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) {
      if (file.type.startsWith('image/')) store.dispatch({ type: 'collect-qr-image', image: file });
      else store.dispatch({ type: 'collect-results', text: await file.text(), source: 'file' });
    }
  }

  function exportCsv(): void {
    if (!read?.ok) return;
    const rows = reportCsvRows(displayCode(read.lesson.code), read.lesson.spec, read.results, content);
    store.dispatch({
      type: 'export-class-csv',
      fileName: `rapport-${record?.createdAt.slice(0, 10)}-${record?.id}.csv`,
      header: REPORT_CSV_COLUMNS.map((c) => t(`lessons:report.csv.${c}`)),
      rows: rows.map((row) => REPORT_CSV_COLUMNS.map((column) => csvCell(row, column, t))),
      delimiter: language === 'fr' ? ';' : ',',
    });
  }

  return (
    <section class="screen report" aria-labelledby="report-title">
      <h1 id="report-title" tabIndex={-1} ref={headingRef}>
        {t('lessons:report.title', { name: record.lessonName })}
      </h1>
      <p class="hint">
        {t('lessons:report.started', { date: formatDate(record.createdAt, language, 'long'), code: displayCode(record.lessonCode) })}
      </p>
      {read && !read.ok && (
        <p class="message error" role="alert">
          {t('lessons:report.unreadable')}
        </p>
      )}

      {read?.ok && (
        <section class="card collect no-print" aria-labelledby="collect-title">
          <h2 id="collect-title">{t('lessons:report.collectTitle')}</h2>
          <form
            class="form"
            onSubmit={(event) => {
              event.preventDefault();
              store.dispatch({ type: 'collect-results', text, source: 'paste' });
            }}
          >
            <label for="collect-codes">{t('lessons:report.pasteLabel')}</label>
            <textarea
              id="collect-codes"
              rows={4}
              value={text}
              spellcheck={false}
              aria-describedby="collect-hint"
              onInput={(e) => setText(e.currentTarget.value)}
            />
            <p id="collect-hint" class="hint">
              {t('lessons:report.pasteHint')}
            </p>
            <div class="actions">
              <button type="submit" class="primary">
                {t('lessons:report.add')}
              </button>
              <button type="button" onClick={() => fileRef.current?.click()}>
                {t('lessons:report.files')}
              </button>
              <Camera t={t} />
            </div>
          </form>
          <input
            ref={fileRef}
            type="file"
            multiple
            accept=".txt,text/plain,image/*"
            class="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="result-files"
            onChange={(e) => void filesChosen(e.currentTarget)}
          />
          <div role="status" data-testid="collect-status">
            {collect && (
              <>
                <p class="message ok">{t('lessons:report.added', { count: collect.added })}</p>
                {collect.rejected.length > 0 && (
                  <>
                    <h3>{t('lessons:report.rejectedTitle')}</h3>
                    <ul class="rejected" data-testid="rejected">
                      {collect.rejected.map((r, i) => {
                        const reason = t(`lessons:report.reason.${r.reason}`, { nickname: r.nickname ?? '' });
                        return (
                          <li key={i} class="message error">
                            {r.line ? t('lessons:report.rejectedLine', { line: shorten(r.line), reason }) : t('lessons:report.qrLine', { reason })}
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
              </>
            )}
          </div>
        </section>
      )}

      {report && read?.ok && read.results.length === 0 && <p>{t('lessons:report.empty')}</p>}
      {report && read?.ok && read.results.length > 0 && (
        <>
          <section class="card report-class" aria-labelledby="class-title">
            <h2 id="class-title">{t('lessons:report.classTitle')}</h2>
            {report.discrimination.balancedAccuracy !== null && report.chance !== null && (
              <p data-testid="class-discernment">
                {t('lessons:report.discernment', { rate: percent(report.discrimination.balancedAccuracy), chance: percent(report.chance) })}
              </p>
            )}
            <p class="hint">{t('lessons:report.discernmentExplain')}</p>
            {report.discrimination.kappa !== null && (
              <p class="hint">{t('lessons:report.kappa', { kappa: formatDecimal(report.discrimination.kappa, language) })}</p>
            )}
            <h3>{t('lessons:report.biasTitle')}</h3>
            <p data-testid="class-bias">
              {report.bias.status === 'too-few'
                ? t('lessons:report.biasTooFew', { needed: report.bias.needed })
                : report.bias.status === 'balanced'
                  ? t('lessons:report.biasBalanced')
                  : report.bias.findings
                      .map((f) =>
                        t(f.tendency === 'over' ? 'lessons:report.biasOver' : 'lessons:report.biasUnder', {
                          category: cat(f.category),
                          yours: percent(f.answeredShare),
                          key: percent(f.keyShare),
                        }),
                      )
                      .join(' ')}
            </p>
            {report.hardest.length > 0 && (
              <>
                <h3>{t('lessons:report.hardestTitle')}</h3>
                <ul class="plain-list" data-testid="hardest">
                  {report.hardest.map((row) => (
                    <li key={row.excerptId}>
                      {row.topWrong
                        ? t('lessons:report.hardestLine', {
                            number: row.number,
                            category: cat(row.expected),
                            rate: percent(row.rate ?? 0),
                            wrong: cat(row.topWrong),
                          })
                        : t('lessons:report.hardestLineNoWrong', { number: row.number, category: cat(row.expected), rate: percent(row.rate ?? 0) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section class="card" aria-labelledby="pupils-title">
            <h2 id="pupils-title">{t('lessons:report.pupilsTitle')}</h2>
            <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="pupils-title">
              <table class="tally report-table" data-testid="pupil-table">
                <thead>
                  <tr>
                    {read.lesson.spec.ranking && <th scope="col">{t('lessons:report.colRank')}</th>}
                    <th scope="col">{t('lessons:report.colPupil')}</th>
                    <th scope="col">{t('lessons:report.colRight')}</th>
                    <th scope="col">{t('lessons:report.colDiscernment')}</th>
                    {report.confidence && <th scope="col">{t('lessons:report.colSureWrong')}</th>}
                    {report.clues && <th scope="col">{t('lessons:report.colClues')}</th>}
                    <th scope="col" class="no-print">
                      <span class="visually-hidden">{t('lessons:report.remove', { nickname: '' })}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.pupils.map((row) => (
                    <tr key={row.code}>
                      {read.lesson.spec.ranking && <td>{row.rank}</td>}
                      <th scope="row">{row.nickname}</th>
                      <td>{t('lessons:report.rightOf', { right: row.right, total: row.total })}</td>
                      <td>{row.discernment === null ? '—' : percent(row.discernment)}</td>
                      {report.confidence && <td>{row.sureButWrong}</td>}
                      {report.clues && <td>{t('lessons:report.rightOf', { right: row.cluesFound, total: row.total })}</td>}
                      <td class="no-print">
                        <button type="button" class="small" onClick={() => store.dispatch({ type: 'remove-result', code: row.code })}>
                          {t('lessons:report.remove', { nickname: row.nickname })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section class="card" aria-labelledby="excerpts-title">
            <h2 id="excerpts-title">{t('lessons:report.excerptsTitle')}</h2>
            <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="excerpts-title">
              <table class="tally report-table per-excerpt" data-testid="excerpt-table">
                <thead>
                  <tr>
                    <th scope="col" class="num">
                      {t('lessons:report.colNumber')}
                    </th>
                    <th scope="col">{t('lessons:report.colExcerpt')}</th>
                    <th scope="col">{t('lessons:report.colAnswer')}</th>
                    <th scope="col">{t('lessons:report.colAnswers')}</th>
                    {report.clues && <th scope="col">{t('lessons:report.colMarked')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {report.excerpts.map((row) => (
                    <tr key={row.excerptId}>
                      <th scope="row" class="num">
                        {row.number}
                      </th>
                      <td class="question-text">
                        <span lang="fr">{excerptById.get(row.excerptId)?.text}</span>
                      </td>
                      <td>
                        <span class={`tag cat-${row.expected}`}>{t(`common:categoryShort.${row.expected}`)}</span>
                      </td>
                      <td>
                        <ul class="answer-counts">
                          {CATEGORIES.filter((c) => row.counts[c] > 0).map((c) => (
                            <li key={c} class={c === row.expected ? 'is-right' : 'is-wrong'}>
                              <CategoryIcon category={c} /> {t(`common:categoryShort.${c}`)} {row.counts[c]}
                            </li>
                          ))}
                          {row.unanswered > 0 && (
                            <li>
                              {t('lessons:report.noAnswer')} {row.unanswered}
                            </li>
                          )}
                        </ul>
                      </td>
                      {report.clues && (
                        <td lang="fr">
                          {row.markedWords.map((w, i) => (
                            <span key={i} class={w.clue ? 'marked-word clue' : 'marked-word'}>
                              {i > 0 && ', '}
                              {w.clue ? <mark>{w.word}</mark> : w.word} ({w.count})
                            </span>
                          ))}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <div class="report-pair">
            <section class="card" aria-labelledby="category-title">
              <h2 id="category-title">{t('lessons:report.categoryTitle')}</h2>
              <table class="tally">
                <thead>
                  <tr>
                    <th scope="col">{t('lessons:report.colCategory')}</th>
                    <th scope="col">{t('lessons:report.colRate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {CATEGORIES.map((c) => (
                    <tr key={c}>
                      <th scope="row">
                        <span class={`dot cat-${c}`} aria-hidden="true" /> {t(`common:categoryShort.${c}`)}
                      </th>
                      <td>
                        {report.byCategory[c].rate === null
                          ? '—'
                          : `${t('lessons:report.rightOf', { right: report.byCategory[c].right, total: report.byCategory[c].answered })} (${percent(report.byCategory[c].rate ?? 0)})`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section class="card" aria-labelledby="confusion-title">
              <h2 id="confusion-title">{t('lessons:report.confusionTitle')}</h2>
              <ConfusionGrid matrix={report.matrix} t={t} captionId="confusion-how" />
              <p class="hint" id="confusion-how">
                {t('progress:confusion.how')}
              </p>
            </section>
          </div>
        </>
      )}

      <div class="actions no-print">
        {report && read?.ok && read.results.length > 0 && (
          <>
            <button type="button" class="primary" onClick={exportCsv}>
              {t('lessons:report.exportCsv')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t('lessons:report.print')}
            </button>
          </>
        )}
        <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
          {t('lessons:report.delete')}
        </button>
        <button type="button" onClick={() => store.dispatch({ type: 'navigate', screen: 'lessons' })}>
          {t('lessons:report.back')}
        </button>
      </div>
      <p class="export-status" role="status">
        {exported?.kind === 'exported' ? t('classroom:exported', { file: exported.file }) : exported ? t('classroom:exportFailed') : ''}
      </p>
      {confirmDelete && (
        <ConfirmDialog
          title={t('lessons:report.delete')}
          confirmLabel={t('lessons:report.delete')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => {
            setConfirmDelete(false);
            store.dispatch({ type: 'delete-report', id: record.id });
          }}
          onCancel={() => setConfirmDelete(false)}
        >
          <p>{t('lessons:report.deleteConfirm')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** A long code in a message: its start and end, enough to find it in the paste. */
function shorten(line: string): string {
  return line.length > 32 ? `${line.slice(0, 14)}…${line.slice(-10)}` : line;
}

function csvCell(row: ReportCsvRow, column: (typeof REPORT_CSV_COLUMNS)[number], t: Translate): string | number {
  switch (column) {
    case 'rightAnswer':
      return t(`common:category.${row.rightAnswer}`);
    case 'answer':
      return row.answer ? t(`common:category.${row.answer}`) : t('lessons:report.noAnswer');
    case 'confidence':
      return row.confidence ? t(`play:confidence.${row.confidence}`) : '';
    default:
      return row[column];
  }
}

/**
 * The device camera, where the browser has one and allows it: a frame every 400 ms goes to the
 * game's QR reader (the browser's BarcodeDetector or jsQR, behind the QR adapter).
 */
function Camera(props: { t: Translate }) {
  const { t } = props;
  const { store } = useUi();
  const [status, setStatus] = useState<'off' | 'on' | 'failed'>('off');
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const stop = () => {
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
  };
  useEffect(() => stop, []);
  useEffect(() => {
    if (status !== 'on') return;
    const canvas = document.createElement('canvas');
    const timer = window.setInterval(() => {
      const video = videoRef.current;
      if (!video || video.videoWidth === 0) return;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return;
      context.drawImage(video, 0, 0);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      store.dispatch({ type: 'collect-qr-frame', pixels: { data: frame.data, width: frame.width, height: frame.height } });
    }, 400);
    return () => window.clearInterval(timer);
  }, [status]);
  if (!navigator.mediaDevices?.getUserMedia) return null;
  return (
    <>
      <button
        type="button"
        aria-pressed={status === 'on'}
        onClick={async () => {
          if (status === 'on') {
            stop();
            setStatus('off');
            return;
          }
          try {
            streamRef.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
            setStatus('on');
            window.setTimeout(() => {
              if (videoRef.current && streamRef.current) {
                videoRef.current.srcObject = streamRef.current;
                void videoRef.current.play();
              }
            }, 0);
          } catch {
            setStatus('failed');
          }
        }}
      >
        {status === 'on' ? t('lessons:report.cameraStop') : t('lessons:report.camera')}
      </button>
      {status === 'on' && (
        <div class="camera">
          <video ref={videoRef} muted playsInline aria-label={t('lessons:report.cameraOn')} />
          <p class="hint">{t('lessons:report.cameraOn')}</p>
        </div>
      )}
      {status === 'failed' && <p class="message error">{t('lessons:report.cameraFailed')}</p>}
    </>
  );
}
