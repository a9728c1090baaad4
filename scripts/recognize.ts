/**
 * `npm run recognize -- <image>...`: which reader screen each picture shows, with the code the
 * app will use. One JSON object a line on stdout per file, in the order given:
 *   {"file": "<path as given>", "screen": "<screen id>" | null, "confidence": 0..1, "ms": n}
 * Nothing else goes to stdout; progress and problems go to stderr. A file that is not an image
 * still gets its line (screen null, confidence 0). Exits 0 unless it was called wrongly.
 * `--model 4.0.0` uses the larger model instead of the default (docs/recognize.md).
 */
import { MODEL_VARIANTS, DEFAULT_MODEL, type ModelVariant } from '../src/recognize/tesseract-engine.ts';
import { createNodeRecognizer } from './recognize-node.ts';

// Only our JSON lines may reach stdout: anything else (a library's warning) goes to stderr.
const writeOut = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);

const usage = 'usage: npm run recognize -- [--model 4.0.0_best_int|4.0.0] <image>...';
const args = process.argv.slice(2);
const files: string[] = [];
let model: ModelVariant = DEFAULT_MODEL;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] ?? '';
  if (arg === '--model') {
    const value = args[i + 1] ?? '';
    if (!(MODEL_VARIANTS as readonly string[]).includes(value)) {
      console.error(`recognize: --model must be one of ${MODEL_VARIANTS.join(', ')}\n${usage}`);
      process.exit(2);
    }
    model = value as ModelVariant;
    i += 1;
  } else if (arg === '--help' || arg === '-h') {
    console.error(usage);
    process.exit(0);
  } else {
    files.push(arg);
  }
}
if (files.length === 0) {
  console.error(usage);
  process.exit(2);
}

const started = performance.now();
console.error(`recognize: loading the Japanese model (${model})…`);
const recognizer = await createNodeRecognizer({ model });
console.error(`recognize: ready in ${Math.round(performance.now() - started)} ms`);
for (const [index, file] of files.entries()) {
  const result = await recognizer.recognizeFile(file);
  if (result.error !== undefined) console.error(`recognize: ${file}: not a readable image (${result.error})`);
  else {
    const seen = result.match?.best ? `${result.match.best.screen} (${result.confidence})` : 'no reader screen';
    console.error(`recognize: [${index + 1}/${files.length}] ${file}: ${seen}, ${result.ms} ms`);
  }
  writeOut(`${JSON.stringify({ file: result.file, screen: result.screen, confidence: result.confidence, ms: result.ms })}\n`);
}
await recognizer.close();
