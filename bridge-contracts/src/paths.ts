import { fileURLToPath } from "node:url";
import path from "node:path";

/** bridge-contracts/ (this file runs from dist/src/ or dist-test/src/, two levels below it). */
export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
export const contractsDir = path.join(packageRoot, "contracts");
/** The committed compiler output: one JSON file per contract. */
export const artifactsDir = path.join(packageRoot, "artifacts");
