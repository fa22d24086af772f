/**
 * Every page of the explorer, in navigation order: each is a Fastify plugin (its routes, nav entries,
 * search rules and proposal sections). A chain module's pages are one more line here.
 */
import type { FastifyPluginAsync } from "fastify";
import { corePages } from "./core.js";
import { historyPages } from "./history.js";
import { emissionsPages } from "./emissions.js";
import { computePages } from "./compute.js";
import { rwaPages } from "./rwa.js";
import { wgovPages } from "./wgov.js";
import { incentivesPages } from "./incentives.js";

export const PAGES: readonly FastifyPluginAsync[] = [corePages, historyPages, emissionsPages, computePages, rwaPages, wgovPages, incentivesPages];
