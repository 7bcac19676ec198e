/**
 * The Phaser the stage gets (vite.config.ts aliases `phaser` to this module in the game's build):
 * built from Phaser's own source with only what the scenes use, instead of the whole published
 * bundle (issue #15). The scenes keep `import Phaser from 'phaser'` and its types; what they
 * use must be here, and the stage's browser tests (board.spec.ts, with and without WebGL) fail
 * if it is not. Phaser's source tests build flags (`typeof WEBGL_RENDERER`…) that the build defines.
 *
 * Kept: the Game with both renderers (WebGL, else Canvas for old machines), the scale manager
 * (RESIZE), scenes and their core plugins (events, cameras, display and update lists, add/make,
 * the scene plugin), Graphics, Text, Container and Rectangle, and the tween manager.
 * Left out: the loader, input, the clock, data, lights (stage.ts installs only the tween
 * manager in its scene), sound (howler plays), physics, tilemaps, particles, video, filters' extras.
 * The Game itself still brings its input manager, cache, texture and animation managers.
 */
// First, as in Phaser's own entries: its renderer modules require each other in a cycle that only
// resolves when the renderer's index loads before them (else a batch handler extends undefined).
import 'phaser/src/renderer';
import CONST from 'phaser/src/const';
import CoreEvents from 'phaser/src/core/events';
import Game from 'phaser/src/core/Game';
// Registering a game object's factory makes `scene.add.<name>` exist: only these four.
import 'phaser/src/gameobjects/container/ContainerFactory';
import 'phaser/src/gameobjects/graphics/GraphicsFactory';
import 'phaser/src/gameobjects/shape/rectangle/RectangleFactory';
import 'phaser/src/gameobjects/text/TextFactory';
import Scale from 'phaser/src/scale';
import Scene from 'phaser/src/scene/Scene';
import SceneEvents from 'phaser/src/scene/events';
// The plugins every scene installs (Phaser's DefaultPlugins.CoreScene), registered by their modules,
// and the tween manager, the one other scene plugin the game installs (stage.ts: `plugins.default`).
import 'phaser/src/cameras/2d/CameraManager';
import 'phaser/src/events/EventEmitter';
import 'phaser/src/gameobjects/DisplayList';
import 'phaser/src/gameobjects/GameObjectCreator';
import 'phaser/src/gameobjects/GameObjectFactory';
import 'phaser/src/gameobjects/UpdateList';
import 'phaser/src/scene/ScenePlugin';
import 'phaser/src/tweens/TweenManager';

const Phaser = { ...(CONST as object), Core: { Events: CoreEvents }, Game, Scale, Scene, Scenes: { Events: SceneEvents } };
export default Phaser;
