/**
 * A second click of a double click is not a second decision. After "Next" the new excerpt
 * scrolls into view and an answer button can land under the pointer; its second click
 * (event.detail 2) must not answer. Keyboard and assistive-technology clicks have detail 0.
 */
export function singleClick<E extends MouseEvent>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.detail > 1) return;
    handler(event);
  };
}
