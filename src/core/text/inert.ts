/** Controls a terminal acts on (C0 but tab, line feed and carriage return; DEL; C1, where CSI U+009B is). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Text made harmless for output that people read, where an escape sequence would act on their terminal:
 * each control character becomes one visible character, so lengths and offsets stay as they were. C0
 * controls show as their Unicode control picture (ESC as "␛"), DEL as "␡", C1 controls as U+FFFD.
 */
export function inertControls(text: string): string {
  return text.replace(CONTROLS, c => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/**
 * JSON that carries every character exactly but no raw control character: JSON.stringify escapes C0
 * controls already; DEL and C1 controls, which some terminals obey too, are escaped as well (`\u009b`).
 */
export function inertJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[\u007f-\u009f]/g, c => `\\u00${c.charCodeAt(0).toString(16)}`);
}
