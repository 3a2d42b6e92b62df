/**
 * A short, soft two-tone chime made with Web Audio: no sound file, nothing from the network.
 * Browsers only allow sound after a user action, so `bereidVoor` is called on the start button
 * and the end signal reuses that context.
 */
let context: AudioContext | undefined;

export function prepareSound(): void {
  const Ctor = typeof window !== 'undefined' ? window.AudioContext : undefined;
  if (!Ctor) return;
  context ??= new Ctor();
  if (context.state === 'suspended') void context.resume();
}

export function playEndSignal(): void {
  if (!context) prepareSound();
  const ctx = context;
  if (!ctx) return;
  const start = ctx.currentTime + 0.05;
  [659.25, 523.25].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const t = start + i * 0.45;
    // Fade in and out: a hard start or stop clicks, which is not "gentle".
    gain.gain.setValueAtTime(0, t);
    gain.gain.linearRampToValueAtTime(0.18, t + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.9);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.95);
  });
}
