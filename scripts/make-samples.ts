/** Writes the sample workbooks in samples/ from the seed data: `npm run samples`. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { sampleWorkbooks } from "./sampleWorkbooks";

async function main(): Promise<void> {
  const dir = join(__dirname, "..", "samples");
  mkdirSync(dir, { recursive: true });
  for (const [name, build] of Object.entries(sampleWorkbooks)) {
    await build().xlsx.writeFile(join(dir, name));
    process.stdout.write(`samples/${name}\n`);
  }
}

void main();
