// The committed compiler output (artifacts/<Name>.json, written by `npm run build`) and typed deploy helpers.
import fs from "node:fs";
import path from "node:path";
import { ContractFactory, type Contract } from "@ethersproject/contracts";
import type { Signer } from "@ethersproject/abstract-signer";
import { artifactsDir } from "./paths.js";
import type { Artifact, ContractName } from "./compile.js";
import type { Valset } from "./digest.js";

export function loadArtifact(name: ContractName): Artifact {
  return JSON.parse(fs.readFileSync(path.join(artifactsDir, `${name}.json`), "utf8")) as Artifact;
}

export function factory(name: ContractName, signer: Signer): ContractFactory {
  const a = loadArtifact(name);
  return new ContractFactory(a.abi as never, a.bytecode, signer);
}

/** Deploys BttBridge (which deploys its WrappedBtt) with the genesis valset; resolves once mined. */
export async function deployBridge(signer: Signer, bridgeId: string, genesis: Valset): Promise<{ bridge: Contract; wrappedBtt: Contract }> {
  const bridge = await factory("BttBridge", signer).deploy(bridgeId, {
    validators: genesis.validators,
    powers: genesis.powers.map((p) => p.toString()),
    valsetNonce: genesis.valsetNonce.toString(),
  });
  await bridge.deployed();
  const wrappedAddress = (await bridge.wrappedBtt()) as string;
  const wrappedBtt = factory("WrappedBtt", signer).attach(wrappedAddress);
  return { bridge, wrappedBtt };
}
