// The floor for a DOM menu: Preact renders one button.
import { h, render } from 'preact';

const root = document.getElementById('ui');
if (root) render(h('button', { id: 'play', type: 'button' }, 'Play'), root);
