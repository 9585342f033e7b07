import { readFileSync, statSync } from "node:fs";
import { MAX_TEXT_LENGTH, unlintableReason } from "../engine/lint";
import { LineIndex } from "../engine/text";
import { oneBased } from "./positions";

export type ReadResult = { text: string } | { error: string };

/** Reads a policy as UTF-8 text, refusing what the engine could not lint before it gets there. */
export function readPolicyFile(absolute: string): ReadResult {
  let bytes: Buffer;
  try {
    // A UTF-16 unit takes at most three UTF-8 bytes: a bigger file is refused before reading it; the engine checks the rest.
    const size = statSync(absolute).size;
    if (size > MAX_TEXT_LENGTH * 3) {
      return { error: `the file is too large to lint (${megabytes(size)} MB; the limit is ${megabytes(MAX_TEXT_LENGTH)} MB of text)` };
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    return { error: `the file could not be read: ${describeFsError(error)}` };
  }
  return decodePolicyBytes(bytes);
}

/** UTF-8 only, with any byte-order mark dropped; other encodings get a message that says how to fix them. */
function decodePolicyBytes(bytes: Uint8Array): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: "the file is UTF-16 text; re-save it as UTF-8" };
  }
  try {
    // fatal: a single bad byte must not become a silent U+FFFD; the default ignoreBOM=false strips a BOM.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const binary = unlintableReason(lossy);
    if (binary) return { error: binary };
    const { line } = oneBased(new LineIndex(lossy).positionAt(lossy.indexOf("\uFFFD")));
    const hint = looksLikeWindows1251(bytes)
      ? "it looks like Windows-1251 (Cyrillic); re-save it as UTF-8"
      : "re-save it as UTF-8";
    return { error: `the file is not valid UTF-8 (first bad byte on line ${line}); ${hint}` };
  }
}

/** Read as Windows-1251, the letters are mostly Cyrillic: the usual shape of a Russian draft saved by an old Word. */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  const text = new TextDecoder("windows-1251").decode(bytes);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  return cyrillic > 0 && cyrillic >= letters / 2;
}

export function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
}
