// The floor for a Phaser page: one text on the canvas, one DOM button made once the game has booted.
import Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create() {
    this.add.text(20, 20, 'Bare Phaser', { color: '#ffffff' });
    const button = document.createElement('button');
    button.id = 'play';
    button.type = 'button';
    button.textContent = 'Play';
    document.getElementById('ui')?.append(button);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: 360, height: 120 },
  scene: [Bare],
});
