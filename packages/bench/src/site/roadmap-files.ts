/** N different realistic roadmaps of ~30 items each, for whole-site benchmarks. */
import {createPlan} from '../synth/plan.js';
import {createRandom} from '../synth/random.js';
import {renderRoadmap} from '../synth/render.js';
import {PROJECTS} from '../synth/vocabulary.js';
import type {SiteFile} from './write-site.js';

export function roadmapFiles(count: number, items: number, seed: number): SiteFile[] {
  return Array.from({length: count}, (_, index) => {
    const random = createRandom(seed + index);
    const project = `${PROJECTS[index % PROJECTS.length]} ${Math.floor(index / PROJECTS.length) + 1}`;
    const plan = createPlan(random, {project, month: 2025 * 12 + (index % 12), target: items});
    return {name: project.toLowerCase().replace(/[^a-z0-9]+/g, '-'), markdown: renderRoadmap(plan)};
  });
}
