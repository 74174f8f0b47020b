// A clock for what moves on its own: the I → A animation now; descent steps,
// field particles and training later. Play, pause, scrub; under reduced motion
// nothing runs by itself: a finite animation jumps to its end, an open-ended
// one stays paused (its Step button still works).

export type PlaybackOptions = {
  /** A finite animation's length in ms: progress runs from 0 to 1 and the clock stops. Omit for a clock that ticks until paused. */
  readonly duration?: number;
  /** Called on each frame: `progress` in [0, 1] for a finite animation (eased), and the ms since the last frame. */
  readonly frame: (progress: number, dtMs: number) => void;
  readonly reducedMotion: () => boolean;
  readonly ease?: (u: number) => number;
  /** Told when playing starts and stops, e.g. to make one history entry for the whole animation. */
  readonly onplay?: () => void;
  readonly onstop?: () => void;
};

/** Ease-in-out (quadratic), for transitions of 250 ms to 1.5 s (DESIGN.md, Motion). */
export const easeInOut = (u: number): number => (u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2);

export class Playback {
  playing = $state(false);
  readonly #options: PlaybackOptions;
  #raf = 0;

  constructor(options: PlaybackOptions) {
    this.#options = options;
    // Made with its owner during a component's set-up (or inside $effect.root): it stops with it.
    $effect(() => () => cancelAnimationFrame(this.#raf));
  }

  /** Starts from `from` (progress, for a finite animation). */
  play(from = 0): void {
    this.stop();
    const { duration, frame, reducedMotion, onplay } = this.#options;
    const ease = this.#options.ease ?? easeInOut;
    if (reducedMotion()) {
      if (duration !== undefined) frame(1, 0);
      return;
    }
    this.playing = true;
    onplay?.();
    let last = performance.now();
    const start = last - from * (duration ?? 0);
    if (duration !== undefined) frame(ease(from), 0);
    const tick = (now: number) => {
      // Never negative: the first frame's timestamp can come before play() read the clock.
      const dt = Math.max(0, now - last);
      last = now;
      if (duration === undefined) {
        frame(0, dt);
        this.#raf = requestAnimationFrame(tick);
        return;
      }
      const u = Math.min(1, (now - start) / duration);
      frame(ease(u), dt);
      if (u < 1) this.#raf = requestAnimationFrame(tick);
      else this.stop();
    };
    this.#raf = requestAnimationFrame(tick);
  }

  stop(): void {
    cancelAnimationFrame(this.#raf);
    if (this.playing) {
      this.playing = false;
      this.#options.onstop?.();
    }
  }

  toggle(from = 0): void {
    if (this.playing) this.stop();
    else this.play(from);
  }
}
