import { useEffect } from 'preact/hooks';
import { useGameState, useUi } from '../shared/context';

/**
 * A QR code drawn as SVG from the matrix the effects module made (the QR library sits behind
 * its adapter in services). Asks for it on first show; one path for all the dark modules.
 */
export function QrImage(props: { text: string; label: string; class?: string }) {
  const state = useGameState();
  const { store } = useUi();
  const qr = state.lessons.qr[props.text];
  useEffect(() => {
    if (!qr) store.dispatch({ type: 'make-qr', text: props.text });
  }, [props.text, qr]);
  if (!qr) return <div class={`qr-image pending ${props.class ?? ''}`} aria-busy="true" />;
  const quiet = 4;
  const size = qr.size + quiet * 2;
  let path = '';
  qr.rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  });
  return (
    <svg
      class={`qr-image ${props.class ?? ''}`}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={props.label}
      data-qr-version={qr.version}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
